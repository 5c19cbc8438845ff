import GRDB
import POACore

/// One row of the audit: a signature, one owner it signs for, and the verdict, with names.
public struct SignatureAuditRow: Sendable, Hashable {
    public var signatureId: Int64
    public var ownerPosition: Int
    public var document: String
    public var form: Form
    public var formAsFiled: String
    public var owner: String
    public var ownerAsWritten: String
    public var issuer: String?
    public var signedOn: Day
    /// The person's name when resolved, else the name read, else the signature as written.
    public var signer: String
    public var signerAsWritten: String
    public var signedAs: Signature.SignedAs
    /// `authorized`, `self`, `unauthorized`, `unknown-signer` or `unknown-owner` (empty only if no
    /// verdict was computed, which the audit engine never leaves).
    public var verdict: String
    public var cause: String
    public var reason: String
    /// Instrument ids of the chain that authorized the signature, grant first.
    public var via: [Int64]
    public var lineStart: Int
    public var lineEnd: Int
}

extension LedgerReader {
    /// Whether the ledger holds any signature: when not, the audit has nothing to refresh.
    public func hasSignatures() throws(StoreError) -> Bool {
        // Asked on every recompute: read through the C API.
        try PreparedStatement(db, sql: SignatureQueries.anySignature, cache: statements).firstRow { columns in
            (columns.optional(0, as: Int64.self) ?? 0) != 0
        } ?? false
    }

    /// Every signature, in id order: what a full rebuild judges again.
    public func allSignatureIds() throws(StoreError) -> [Int64] {
        try fetch { try Int64.fetchAll(db.cachedStatement(sql: SignatureQueries.allSignatures)) }
    }

    /// The owners a signature signs for, in the filing's order.
    public func owners(ofSignature id: Int64) throws(StoreError) -> [SignatureOwner] {
        try fetch { try SignatureOwner.fetchAll(db.cachedStatement(sql: SignatureQueries.ownersOfSignature), arguments: [id]) }
    }

    /// The signatures made for this reporting owner.
    public func signatureIds(ownerPersonId: Int64) throws(StoreError) -> [Int64] {
        try fetch { try Int64.fetchAll(db.cachedStatement(sql: SignatureQueries.signaturesOfOwner), arguments: [ownerPersonId]) }
    }

    /// The signatures made for this reporting owner whose verdicts a change to the owner's
    /// intervals beginning on `day` or later can touch (those not judged authorized or self,
    /// whatever the day, when `day` is nil: no interval changed, but endings may have).
    public func signatureIds(ownerPersonId: Int64, toJudgeAgainFrom day: Day?) throws(StoreError) -> [Int64] {
        try fetch {
            try Int64.fetchAll(
                db.cachedStatement(sql: SignatureQueries.signaturesOfOwnerToJudgeAgain),
                arguments: [ownerPersonId, day?.description])
        }
    }

    /// Signatures whose signer is not resolved yet and is filed under a name key of this person.
    public func unresolvedSignatureIds(matchingPerson personId: Int64) throws(StoreError) -> [Int64] {
        try fetch {
            try Int64.fetchAll(db.cachedStatement(sql: SignatureQueries.unresolvedSignaturesOfPerson), arguments: [personId])
        }
    }

    /// Every (signature, owner) with its verdict, signed in `[from, until)` (either open) for the
    /// issuer (any, when nil), in order of signing.
    public func auditRows(issuerId: Int64?, from: Day?, until: Day?) throws(StoreError) -> [SignatureAuditRow] {
        try fetch {
            try Row.fetchAll(db.cachedStatement(sql: SignatureQueries.auditRows), arguments: [issuerId, from, until]).map { row in
                let via: String? = row["via"]
                return SignatureAuditRow(
                    signatureId: row["signature_id"], ownerPosition: row["owner_position"], document: row["document"],
                    form: row["form"], formAsFiled: row["form_as_filed"], owner: row["owner"],
                    ownerAsWritten: row["owner_as_written"], issuer: row["issuer"], signedOn: row["signed_on"],
                    signer: row["signer"], signerAsWritten: row["signer_as_written"], signedAs: row["signed_as"],
                    verdict: row["verdict"] ?? "", cause: row["cause"] ?? "", reason: row["reason"] ?? "",
                    via: via?.split(separator: ",").compactMap { Int64($0) } ?? [], lineStart: row["line_start"],
                    lineEnd: row["line_end"])
            }
        }
    }
}

extension LedgerTransaction {
    /// Replaces the verdicts of one signature (one per owner).
    public func replaceVerdicts(ofSignature id: Int64, with verdicts: [StoredVerdict]) throws(StoreError) {
        do {
            try db.cachedStatement(sql: SignatureQueries.deleteVerdictsOfSignature).execute(arguments: [id])
            for verdict in verdicts { try verdict.insert(db) }
        } catch {
            throw StoreError.writeFailed(detail: StoreError.describe(error))
        }
    }
}

extension LedgerReader {
    /// The issuers under which a person appears in the ledger's instruments, as grantor or as
    /// attorney (nil for an instrument whose issuer could not be read), for telling a name
    /// known under a filing's issuer from one known only from other companies' filings.
    public func issuers(involvingPerson id: Int64) throws(StoreError) -> Set<Int64?> {
        try fetch {
            let rows = try Row.fetchAll(
                db.cachedStatement(
                    sql: """
                        SELECT issuer_id FROM instrument WHERE grantor_id = ?1
                        UNION SELECT i.issuer_id FROM instrument_attorney a JOIN instrument i ON i.id = a.instrument_id
                        WHERE a.person_id = ?1
                        """), arguments: [id])
            return Set(rows.map { $0[0] as Int64? })
        }
    }
}
