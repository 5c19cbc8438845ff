import POACore
import POAStore

/// One row of the audit, with names: a signature, one reporting owner it signs for, the verdict,
/// why, and (when authorized) the chain of instruments that gave the authority.
public struct AuditEntry: Sendable, Hashable {
    public var document: String
    /// The form for scope ("4" for a "4/A"), and as filed.
    public var form: Form
    public var formAsFiled: String
    public var owner: String
    public var ownerAsWritten: String
    public var issuer: String?
    public var signedOn: Day
    public var signer: String
    public var signerAsWritten: String
    public var signedAs: String
    public var verdict: String
    public var cause: String
    public var reason: String
    public var via: [ViaLink]
    /// The lines of the document the signature was read from.
    public var lines: String
}

extension AuthorityReader {
    /// Every signature made in `[from, until)` (either end open when nil), for `issuer` (a name,
    /// an alias or a CIK; every issuer when nil), one entry per signature and owner, in order of
    /// signing.
    ///
    /// - Throws: `QueryError` when the issuer is unknown or ambiguous.
    public func signatures(issuer: String? = nil, from: Day? = nil, until: Day? = nil) throws -> [AuditEntry] {
        try ledger.snapshot { reader in
            let issuerId = try issuer.map { try NameMatcher(reader: reader).issuer($0).id ?? -1 }
            let namer = EntryNamer(reader: reader)
            return try reader.auditRows(issuerId: issuerId, from: from, until: until).map { row in
                AuditEntry(
                    document: row.document, form: row.form, formAsFiled: row.formAsFiled, owner: row.owner,
                    ownerAsWritten: row.ownerAsWritten, issuer: row.issuer, signedOn: row.signedOn, signer: row.signer,
                    signerAsWritten: row.signerAsWritten, signedAs: row.signedAs.rawValue, verdict: row.verdict ?? "",
                    cause: row.cause ?? "", reason: row.reason ?? "", via: try row.via.map(namer.link),
                    lines: row.lineStart == row.lineEnd ? "\(row.lineStart)" : "\(row.lineStart)-\(row.lineEnd)")
            }
        }
    }
}
