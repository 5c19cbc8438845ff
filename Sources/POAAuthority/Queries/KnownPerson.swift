import POACore
import POAStore

/// The person a typed name means, among those the ledger knows, for a command that needs one
/// already there (whose grant a hand-entered revocation revokes, under whose grant a
/// delegation acts): the same matching as every query.
public enum KnownPerson {
    /// The one person `typed` names in the ledger.
    ///
    /// - Throws: ``QueryError/unknownPerson(_:)`` or ``QueryError/ambiguousPerson(_:candidates:)``.
    public static func named(_ typed: String, in reader: LedgerReader) throws -> Person {
        try NameMatcher(reader: reader).person(typed)
    }
}
