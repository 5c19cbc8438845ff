import POACore
import POAStore

/// The issuer a typed name or CIK means, among those the ledger knows, for a command that needs
/// one already there (a named report's issuer parameter): the same matching as `--issuer`.
public enum KnownIssuer {
    /// The one issuer `typed` names in the ledger: by CIK (with or without EDGAR's leading
    /// zeros), else by name, whatever its corporate suffix and punctuation.
    ///
    /// - Throws: ``QueryError/unknownIssuer(_:)`` or ``QueryError/ambiguousIssuer(_:candidates:)``.
    public static func named(_ typed: String, in reader: LedgerReader) throws -> Issuer {
        try NameMatcher(reader: reader).issuer(typed)
    }
}
