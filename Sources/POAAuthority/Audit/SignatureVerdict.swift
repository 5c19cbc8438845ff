import POACore
import POAStore

/// The audit's answer for one signature and one reporting owner it signs for.
///
/// - `authorized`: the signer held authority for that form, owner and issuer that day, through a
///   grant, or a grant and delegations (`via`).
/// - `self`: the reporting owner signed.
/// - `unauthorized`: the signer is a known person who held no such authority that day (`cause`
///   and `reason` say why: no POA on file, not yet signed, superseded, revoked, out of scope...).
/// - `unknown-signer`: no name can be read from the signature, or it fits nobody (or several
///   people) in the ledger, so no authority can be checked.
/// - `unknown-owner`: the reporting owner's name fits several people and no CIK tells them apart,
///   so whose POA applies cannot be told; the match is flagged, not forced.
public enum SignatureVerdict: String, Sendable, CaseIterable, CustomStringConvertible {
    case authorized
    case bySelf = "self"
    case unauthorized
    case unknownSigner = "unknown-signer"
    case unknownOwner = "unknown-owner"

    public var description: String { rawValue }
}

/// Works out the verdict on one signature for one of its owners, from what the ledger holds now.
struct SignatureJudge {
    let reader: LedgerReader
    let namer: EntryNamer

    /// Who signed, as far as the ledger can tell.
    enum Signer {
        case person(Person)
        case unreadable
        case nobody(String)
        case ambiguous(String, [String])
    }

    /// The signer of `signature`: the person already resolved; else the one reporting owner the
    /// name fits (an owner signing their own form); else the one known person the name fits.
    static func signer(of signature: Signature, owners: [SignatureOwner], in reader: LedgerReader) throws -> Signer {
        if let id = signature.signerPersonId, let person = try reader.person(id: id) { return .person(person) }
        guard let name = signature.signerName else { return .unreadable }
        let signingOwners = owners.filter { PersonMatch.compatible(name, $0.nameAsWritten) }
        if signingOwners.count == 1, let id = signingOwners.first?.ownerPersonId, let owner = try reader.person(id: id) {
            return .person(owner)
        }
        switch try PersonMatch.named(name, in: reader) {
        case .person(let person): return .person(person)
        case .nobody: return .nobody(name)
        case .ambiguous(let candidates): return .ambiguous(name, candidates)
        }
    }

    func verdict(on signature: Signature, for owner: SignatureOwner, signer: Signer) throws -> StoredVerdict {
        func stored(_ verdict: SignatureVerdict, _ cause: String, _ reason: String, via: [Int64] = []) -> StoredVerdict {
            StoredVerdict(
                signatureId: signature.id ?? -1, ownerPosition: owner.position, verdict: verdict.rawValue, cause: cause,
                reason: reason, via: via)
        }
        let principal = try owner.ownerPersonId.flatMap { try reader.person(id: $0) }
        let ownerName = principal?.name ?? owner.nameAsWritten
        let signedBySelf: Bool
        switch signer {
        case .person(let person) where principal != nil: signedBySelf = person.id == principal?.id
        default: signedBySelf = signature.signerName.map { PersonMatch.compatible($0, owner.nameAsWritten) } ?? false
        }
        if signedBySelf {
            return stored(.bySelf, "self", "Signed by the reporting owner, \(ownerName), on \(signature.signedOn).")
        }
        guard let principal else {
            return stored(
                .unknownOwner, "ambiguous-owner",
                "The reporting owner \"\(owner.nameAsWritten)\"\(owner.cik.map { " (CIK \($0))" } ?? "") fits several "
                    + "people in the ledger (\(owner.candidates ?? "")): whose powers of attorney apply cannot be told.")
        }
        let attorney: Person
        switch signer {
        case .unreadable:
            return stored(.unknownSigner, "unreadable", "No signer's name can be read from \"\(signature.signerAsWritten)\".")
        case .nobody(let name):
            return stored(
                .unknownSigner, "not-known",
                "No person named \"\(name)\" is known in the ledger: no power of attorney on file names them, "
                    + "so their authority to sign for \(ownerName) cannot be checked.")
        case .ambiguous(let name, let candidates):
            return stored(.unknownSigner, "ambiguous", "\"\(name)\" could be any of: \(candidates.joined(separator: "; ")).")
        case .person(let person):
            attorney = person
        }
        let issuer = try signature.issuerId.flatMap { try reader.issuer(id: $0) }
        let explanation = try Explainer(
            reader: reader, namer: namer, grantor: principal, attorney: attorney, day: signature.signedOn,
            form: signature.form, issuer: issuer
        ).explain()
        var reasons = explanation.reasons
        if explanation.authorized, let chain = explanation.via.min(by: { $0.count < $1.count }) {
            if let grant = chain.first, issuer != nil, try reader.instrument(id: grant.instrumentId)?.issuerId == nil {
                reasons.append("The grant names no issuer; it is taken to cover \(issuer?.name ?? "this filing's issuer").")
            }
            return stored(
                .authorized, chain.count > 1 ? "delegation" : "grant", reasons.joined(separator: " "),
                via: chain.map(\.instrumentId))
        }
        if signature.signedAs == .signatory {
            let capacity = signature.capacity.map { " as \($0)" } ?? ""
            reasons.insert(
                "Signed by \(attorney.name)\(capacity) for \(ownerName), not as attorney-in-fact: the ledger holds no "
                    + "power of attorney that lets \(attorney.name) sign for \(ownerName), and cannot confirm an officer's "
                    + "authority to sign for the entity.", at: 1)
        }
        return stored(.unauthorized, (explanation.cause ?? .notNamed).rawValue, reasons.joined(separator: " "))
    }
}
