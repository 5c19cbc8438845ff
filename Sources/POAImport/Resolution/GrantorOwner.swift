import POACore
import POAReading

/// The reporting owner whose own ownership filing carries the POA they signed, when the POA
/// writes their name otherwise ("Patrica Saul Lotuff" filed with the Form 4 of LOTUFF PATRICIA
/// SAUL, signed by the attorney the POA appoints; "Geoff Beattie" with that of BEATTIE WILLIAM G).
///
/// Three facts of one submission tie the two names together, and all three must hold:
///
/// - the POA is a grant, signed by a person;
/// - a signature of the submission's ownership filing is made, for the owner, by someone the
///   grant appoints;
/// - the names differ by slips only (``PersonMatch/differsBySlips(written:owner:)``: same
///   surname and first given name but for one slip each, no disagreeing middle initial or
///   suffix), or one writes the given name the person goes by
///   (``PersonMatch/goesByAnotherGivenName(written:owner:)``: "Geoff Beattie" for BEATTIE
///   WILLIAM G).
///
/// Exactly one owner may qualify (``PersonMatch/pairing(written:owner:)``). A POA of another
/// person filed by mistake (another surname), or a name that fits the owner's as written, is left
/// to the usual matching.
enum GrantorOwner {
    /// The owner `instrument`'s grantor, written `grantor`, is: nil unless the facts above hold.
    static func owner(of instrument: ExtractedInstrument, writtenAs grantor: String, signatures: [ExtractedSignature])
        -> ExtractedOwner?
    {
        guard instrument.kind == .grant, !instrument.grantorIsEntity else { return nil }
        let attorneys = instrument.attorneys.filter { !$0.isOffice }.map(\.name)
        var found: [ExtractedOwner] = []
        for signature in signatures {
            guard let signer = signature.signer.name, attorneys.contains(where: { PersonMatch.compatible(signer, $0) })
            else { continue }
            for owner in signature.owners {
                switch PersonMatch.pairing(written: grantor, owner: owner.name) {
                case .fits:
                    // An owner whose name fits as written: the usual matching decides.
                    return nil
                case .writtenOtherwise where !found.contains(where: { $0.name == owner.name && $0.cik == owner.cik }):
                    found.append(owner)
                case .writtenOtherwise, .other:
                    break
                }
            }
        }
        return found.count == 1 ? found.first : nil
    }
}
