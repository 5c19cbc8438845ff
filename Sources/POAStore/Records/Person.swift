import GRDB
import POACore

/// A human (a grantor, an attorney-in-fact, or both) or an entity grantor: one row per real party.
public struct Person: Codable, Hashable, Sendable, FetchableRecord, MutablePersistableRecord {
    public enum Kind: String, Codable, Sendable, DatabaseValueConvertible {
        case person, entity
    }

    public var id: Int64?
    /// The display name: the fullest spelling seen.
    public var name: String
    public var kind: Kind
    /// The SEC Central Index Key, once learned from a filing.
    public var cik: String?

    public init(id: Int64? = nil, name: String, kind: Kind = .person, cik: String? = nil) {
        self.id = id
        self.name = name
        self.kind = kind
        self.cik = cik
    }

    public static let databaseTableName = "person"

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// One spelling of a person's name seen in a document, with its lookup key.
public struct PersonAlias: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
    public var personId: Int64
    public var alias: String
    /// The normalised form used to find the person again (see the importer's name keys).
    public var key: String

    public init(personId: Int64, alias: String, key: String) {
        self.personId = personId
        self.alias = alias
        self.key = key
    }

    public static let databaseTableName = "person_alias"

    enum CodingKeys: String, CodingKey {
        case personId = "person_id", alias, key
    }
}
