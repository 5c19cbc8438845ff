import POACore

/// One versioned schema change: a file `Migrations/NNNN_verb_object.sql`, embedded at build time.
///
/// Migrations are applied in name order, each in its own transaction, and recorded in the
/// `schema_migrations` ledger with the SHA-256 of their text. A migration never changes once
/// shipped: the checksum lets every command detect an edited one.
public struct Migration: Hashable, Sendable {
    /// The file name without `.sql`, e.g. `0001_create_core`.
    public let name: String
    /// The SQL text, exactly as in the file.
    public let sql: String
    /// Lowercase hexadecimal SHA-256 of the SQL text's UTF-8 bytes.
    public let checksum: String

    public init(name: String, sql: String) {
        self.name = name
        self.sql = sql
        self.checksum = SHA256.hex(of: sql.utf8)
    }

    /// Every migration this binary knows, in order.
    public static let all: [Migration] = EmbeddedMigrations.all
        .map { Migration(name: $0.name, sql: $0.sql) }
        .sorted { $0.name < $1.name }
}
