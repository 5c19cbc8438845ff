import GRDB
import POACore

/// A company whose securities instruments are about ("the Company").
public struct Issuer: Codable, Hashable, Sendable, FetchableRecord, MutablePersistableRecord {
    public var id: Int64?
    public var name: String
    /// The SEC Central Index Key, when known: it decides identity.
    public var cik: String?

    public init(id: Int64? = nil, name: String, cik: String? = nil) {
        self.id = id
        self.name = name
        self.cik = cik
    }

    public static let databaseTableName = "issuer"

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// One spelling of an issuer's name seen in a document or header, with its lookup key.
public struct IssuerAlias: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
    public var issuerId: Int64
    public var alias: String
    public var key: String

    public init(issuerId: Int64, alias: String, key: String) {
        self.issuerId = issuerId
        self.alias = alias
        self.key = key
    }

    public static let databaseTableName = "issuer_alias"

    enum CodingKeys: String, CodingKey {
        case issuerId = "issuer_id", alias, key
    }
}
