import POACore
import POAReading

/// The reporting owner whose own ownership filing carries the POA they signed, when the POA
/// spells their name with slips ("Patrica Saul Lotuff" filed with the Form 4 of LOTUFF PATRICIA
/// SAUL, signed by the attorney the POA appoints).
///
/// Three facts of one submission tie the two names together, and all three must hold:
///
/// - the POA is a grant, signed by a person;
/// - a signature of the submission's ownership filing is made, for the owner, by someone the
///   grant appoints;
/// - the names differ by slips only (``PersonMatch/differsBySlips(written:owner:)``): same
///   surname and first given name but for one slip each, no disagreeing middle initial or
///   suffix.
///
/// Exactly one owner may qualify. A POA of another person filed by mistake (another surname),
/// or a name the usual matching already joins, is left to the usual matching.
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
            for owner in signature.owners
            where !PersonMatch.compatible(grantor, owner.name)
                && PersonMatch.differsBySlips(written: grantor, owner: owner.name)
                && !found.contains(where: { $0.name == owner.name && $0.cik == owner.cik })
            {
                found.append(owner)
            }
        }
        return found.count == 1 ? found.first : nil
    }
}
