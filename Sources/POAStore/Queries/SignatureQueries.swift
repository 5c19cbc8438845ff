/// The named queries of the signature audit, prepared once per connection like ``LedgerQueries``.
enum SignatureQueries {
    static let anySignature = "SELECT EXISTS (SELECT 1 FROM signature)"
    static let allSignatures = "SELECT id FROM signature ORDER BY id"
    static let ownersOfSignature = "SELECT * FROM signature_owner WHERE signature_id = ? ORDER BY position"
    static let signaturesOfOwner = "SELECT DISTINCT signature_id FROM signature_owner WHERE owner_person_id = ?"
    /// Unresolved signers filed under any name key of one person: the signatures that person may have signed.
    static let unresolvedSignaturesOfPerson = """
        SELECT id FROM signature
        WHERE signer_person_id IS NULL AND signer_key IN (SELECT key FROM person_alias WHERE person_id = ?)
        """
    /// The signatures made for one owner whose verdicts a change to the owner's intervals from
    /// day ?2 on can touch: those signed that day or later, and those judged neither authorized
    /// nor signed by the owner (their reasons speak of every interval of the owner).
    static let signaturesOfOwnerToJudgeAgain = """
        SELECT DISTINCT signature_owner.signature_id
        FROM signature_owner JOIN signature ON signature.id = signature_owner.signature_id
        LEFT JOIN signature_verdict ON signature_verdict.signature_id = signature_owner.signature_id
            AND signature_verdict.owner_position = signature_owner.position
        WHERE signature_owner.owner_person_id = ?1
          AND (signature.signed_on >= ?2 OR signature_verdict.verdict IS NULL
               OR signature_verdict.verdict NOT IN ('authorized', 'self'))
        """
    static let deleteVerdictsOfSignature = "DELETE FROM signature_verdict WHERE signature_id = ?"
    /// The audit's rows, in order; NULL arguments leave a filter out.
    static let auditRows = """
        SELECT * FROM signatures
        WHERE (?1 IS NULL OR issuer_id = ?1) AND (?2 IS NULL OR signed_on >= ?2) AND (?3 IS NULL OR signed_on < ?3)
        ORDER BY signed_on, document_id, signature_id, owner_position
        """
}
