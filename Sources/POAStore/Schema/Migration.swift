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

extension Migration {
    /// The name of the migration that creates `schema_migrations`, the table that records the others.
    static let ledgerTableName = "0000_create_schema_migrations"

    /// The migration that creates `schema_migrations`: the migrator runs it before every other
    /// (it is `CREATE TABLE IF NOT EXISTS`), whatever list it is given, and records it like any
    /// other. Keeping it in a file lets the whole schema be read from `Migrations/` alone.
    ///
    /// - Throws: `StoreError.migrationFailed` if this binary was built without it, which the
    ///   tests rule out; there is no table to record anything in without it.
    static func ledgerTable() throws(StoreError) -> Migration {
        guard let migration = all.first(where: { $0.name == ledgerTableName }) else {
            throw StoreError.migrationFailed(name: ledgerTableName, detail: "this binary was built without it")
        }
        return migration
    }
}
