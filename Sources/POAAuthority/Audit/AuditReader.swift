import POACore
import POAStore

/// One row of the audit, with names: a signature, one reporting owner it signs for, the verdict,
/// why (`signature.verdict`, `.cause`, `.reason`), and when authorized the chain of instruments
/// that gave the authority, grant first. The signature's facts read as the entry's own
/// (`entry.verdict`, `entry.signer`).
@dynamicMemberLookup
public struct AuditEntry: Sendable, Hashable {
    public var signature: SignatureAuditRow
    public var via: [ViaLink]

    public subscript<Value>(dynamicMember fact: KeyPath<SignatureAuditRow, Value>) -> Value { signature[keyPath: fact] }

    /// The lines of the document the signature was read from.
    public var lines: String {
        signature.lineStart == signature.lineEnd ? "\(signature.lineStart)" : "\(signature.lineStart)-\(signature.lineEnd)"
    }
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
                AuditEntry(signature: row, via: try row.via.map(namer.link))
            }
        }
    }
}
