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
    static let deleteVerdictsOfSignature = "DELETE FROM signature_verdict WHERE signature_id = ?"
    /// The audit's rows, in order; NULL arguments leave a filter out.
    static let auditRows = """
        SELECT * FROM signatures
        WHERE (?1 IS NULL OR issuer_id = ?1) AND (?2 IS NULL OR signed_on >= ?2) AND (?3 IS NULL OR signed_on < ?3)
        ORDER BY signed_on, document_id, signature_id, owner_position
        """
}
