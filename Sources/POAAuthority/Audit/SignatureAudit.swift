import POACore
import POAStore

/// Keeps the verdicts on signatures true to the ledger: the write side of the audit.
///
/// A verdict depends on the signature, on who its owner and signer are, and on the owner's
/// authority intervals, which change whenever a POA, a revocation or a fact is recorded, in any
/// order. So verdicts are not fixed at import: ``refresh(signatures:in:)`` recomputes them when a
/// signature is recorded, and ``refresh(afterAuthorityOf:people:in:)`` (called by
/// ``AuthorityEngine/recompute(grantors:in:)``) recomputes those of the owners whose authority
/// changed, and of unresolved signers who may now be known. Both run in the caller's transaction.
///
/// For example:
///
/// ```swift
/// try ledger.transaction { tx in try SignatureAudit.refresh(signatures: [signatureId], in: tx) }
/// ```
public enum SignatureAudit {
    /// Recomputes the verdicts of these signatures (one per owner), first resolving a signer
    /// whom exactly one known person now fits.
    public static func refresh(signatures ids: some Sequence<Int64>, in tx: LedgerTransaction) throws {
        let reader = tx.reader
        let judge = SignatureJudge(reader: reader, namer: EntryNamer(reader: reader))
        for id in Set(ids).sorted() {
            guard var signature = try reader.find(Signature.self, id: id) else { continue }
            let owners = try reader.owners(ofSignature: id)
            let signer = try SignatureJudge.signer(of: signature, owners: owners, in: reader)
            if signature.signerPersonId == nil, case .person(let person) = signer {
                signature.signerPersonId = person.id
                try tx.update(signature)
            }
            let verdicts = try owners.map { try judge.verdict(on: signature, for: $0, signer: signer) }
            try tx.replaceVerdicts(ofSignature: id, with: verdicts)
        }
    }

    /// Recomputes the verdicts a change to these grantors' authority can touch: the signatures
    /// made for them, and those whose unresolved signer carries a name key of one of `people`
    /// (everyone in those grantors' histories, who may have just entered the ledger).
    public static func refresh(afterAuthorityOf grantors: some Sequence<Int64>, people: some Sequence<Int64>, in tx: LedgerTransaction)
        throws
    {
        let reader = tx.reader
        guard try reader.hasSignatures() else { return }
        var ids = Set<Int64>()
        for grantor in Set(grantors) { ids.formUnion(try reader.signatureIds(ownerPersonId: grantor)) }
        for person in Set(people) { ids.formUnion(try reader.unresolvedSignatureIds(matchingPerson: person)) }
        try refresh(signatures: ids, in: tx)
    }

    /// Recomputes the verdicts changes to some grantors' intervals can touch: for each grantor,
    /// the signatures made for them on or after the first day whose intervals changed (nil: no
    /// interval changed) and those judged neither authorized nor self; and those whose
    /// unresolved signer carries a name key of one of `people`.
    public static func refresh(
        afterChangesFrom days: [Int64: Day?], people: some Sequence<Int64>, in tx: LedgerTransaction
    ) throws {
        let reader = tx.reader
        guard try reader.hasSignatures() else { return }
        var ids = Set<Int64>()
        for (grantor, day) in days { ids.formUnion(try reader.signatureIds(ownerPersonId: grantor, toJudgeAgainFrom: day)) }
        for person in Set(people) { ids.formUnion(try reader.unresolvedSignatureIds(matchingPerson: person)) }
        try refresh(signatures: ids, in: tx)
    }

    /// The person who made a signature about to be recorded, when the ledger can tell: one of its
    /// owners signing in person, or the one known person the name fits. Nil otherwise: a
    /// signature never creates a person.
    public static func signerPersonId(of signature: Signature, owners: [SignatureOwner], in reader: LedgerReader) throws
        -> Int64?
    {
        if case .person(let person) = try SignatureJudge.signer(of: signature, owners: owners, in: reader) { return person.id }
        return nil
    }
}
