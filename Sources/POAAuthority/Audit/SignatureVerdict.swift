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
        // A person's decision about the name comes first: it is someone (`poa people merge`), or
        // it is not someone a spelling would match (`poa people split`).
        let decisions = try reader.nameDecisions(about: name)
        if let confirmed = decisions.first(where: \.same), let person = try reader.person(id: confirmed.personId) {
            return .person(person)
        }
        let refused = Set(decisions.map(\.personId))
        switch try PersonMatch.named(name, in: reader) {
        case .person(let person) where refused.contains(person.id ?? -1): return .nobody(name)
        case .person(let person): return .person(person)
        case .nobody: return .nobody(name)
        case .ambiguous(let candidates): return .ambiguous(name, candidates)
        }
    }

    /// The issuers a person is known under, named, when none is `issuer` (nor unknown) and the
    /// person has no part in the owner's history; nil when the person is known here.
    private func knownOnlyElsewhere(_ personId: Int64, issuer: Issuer, owner: Person) throws -> String? {
        let known = try reader.issuers(involvingPerson: personId)
        guard !known.isEmpty, !known.contains(issuer.id), !known.contains(nil) else { return nil }
        if let ownerId = owner.id, try reader.grantorsInvolving(personId: personId).contains(ownerId) { return nil }
        return try known.compactMap { try $0.flatMap { try reader.issuer(id: $0)?.name } }.sorted().joined(separator: ", ")
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
        // A name matched to a person the ledger knows only from other companies' filings, and who
        // has no part in the owner's powers of attorney, is a weak identification: another
        // company's "Jane Roe" is not this filing's "Jane Q. Roe". A spelling that differs is not
        // judged at all; the very same spelling is judged, and the reason says how.
        let confirmation = try signature.signerName.flatMap { name in
            try reader.nameDecisions(about: name).first { $0.same && $0.personId == attorney.id }
        }
        if let confirmation {
            reasons.append(
                "The signer is \(SignerIdentification.byDecision) (#\(confirmation.id ?? 0), by \(confirmation.recordedBy) on "
                    + "\(confirmation.recordedAt.prefix(10)): \(confirmation.note)).")
        } else if let issuer, let personId = attorney.id, let name = signature.signerName,
            let elsewhere = try knownOnlyElsewhere(personId, issuer: issuer, owner: principal)
        {
            let aliases = try reader.personAliases(personId: personId).map(\.alias)
            func folded(_ text: String) -> String { text.lowercased().filter { $0.isLetter || $0.isNumber } }
            guard aliases.contains(where: { folded($0) == folded(name) }) else {
                return stored(
                    .unknownSigner, "name-other-issuer",
                    "The signer \"\(name)\" fits \(attorney.name) only by a similar spelling, and \(attorney.name) is "
                        + "known only from the filings of \(elsewhere), not of \(issuer.name): whether they are the same "
                        + "person cannot be told, so their authority to sign for \(ownerName) is not judged.")
            }
            reasons.append(
                "The signer is \(SignerIdentification.byNameElsewhere) (\(attorney.name), known only from the filings of "
                    + "\(elsewhere)).")
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

/// How a signer was identified, as the audit says it.
public enum SignerIdentification {
    /// The words a verdict's reason uses for a signer identified by the very same name as a
    /// person known only from other issuers' filings (`matched_by: "name, other issuer"`).
    public static let byNameElsewhere = "identified by name only"
    /// The words for a signer a person said the name is (`poa people merge`; `matched_by: "confirmed"`).
    public static let byDecision = "identified by a person's decision"
}
