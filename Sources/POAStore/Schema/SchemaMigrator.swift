import GRDB
import POACore

/// The state of one known migration in a database: applied (and when), or pending.
public struct MigrationState: Equatable, Sendable {
    public let name: String
    /// When it was applied (ISO 8601, UTC), or nil while pending.
    public let appliedAt: String?

    public var isApplied: Bool { appliedAt != nil }
}

/// Applies and verifies migrations against the `schema_migrations` ledger.
///
/// Unlike GRDB's `DatabaseMigrator`, it refuses, before writing anything, a database that
/// holds a migration this binary does not know (a newer `poa` wrote it) and one whose recorded
/// checksum differs from the embedded text (an applied migration was edited).
struct SchemaMigrator {
    let migrations: [Migration]
    let path: String

    private struct AppliedMigration: FetchableRecord, Decodable {
        let name: String
        let checksum: String
        let applied_at: String
    }

    /// Reads the ledger and throws if the database is newer, edited or not a POA Ledger at all.
    /// Returns the state of every known migration.
    func verify(_ db: Database) throws -> [MigrationState] {
        let applied: [AppliedMigration]
        if try db.tableExists("schema_migrations") {
            applied = try AppliedMigration.fetchAll(db, sql: Queries.appliedMigrations)
        } else {
            let tables = try String.fetchAll(db, sql: Queries.userTables)
            guard tables.isEmpty else { throw StoreError.foreignDatabase(path: path) }
            applied = []
        }
        let known = Dictionary(uniqueKeysWithValues: migrations.map { ($0.name, $0) })
        let unknown = applied.map(\.name).filter { known[$0] == nil }
        guard unknown.isEmpty else { throw StoreError.newerDatabase(path: path, unknownMigrations: unknown) }
        for row in applied where known[row.name]?.checksum != row.checksum {
            throw StoreError.editedMigration(path: path, name: row.name)
        }
        let appliedAt = Dictionary(uniqueKeysWithValues: applied.map { ($0.name, $0.applied_at) })
        return migrations.map { MigrationState(name: $0.name, appliedAt: appliedAt[$0.name]) }
    }

    /// Applies every pending migration, each in its own transaction, after verifying the ledger.
    /// A migration that fails, or leaves a foreign key violation, is rolled back whole.
    /// Returns the names applied.
    func migrate(_ writer: any DatabaseWriter) throws -> [String] {
        try writer.writeWithoutTransaction { db in
            // A statement that changes rows already in the file, inside a transaction, keeps
            // the original of every page it changes until it ends (so that it can be undone
            // alone): in memory under the ledger's `temp_store = MEMORY`, hundreds of MB for an
            // UPDATE of every instrument of a large ledger. Migrations keep them in a temporary file.
            let tempStore = try Int.fetchOne(db, sql: Queries.tempStore) ?? 0
            try db.execute(sql: Queries.tempStoreInFiles)
            defer { try? db.execute(sql: Queries.setTempStore(tempStore)) }
            let ledgerTable = try Migration.ledgerTable()
            var appliedNames: [String] = []
            for migration in migrations {
                // Re-read inside the transaction: another process may have migrated meanwhile.
                try db.inTransaction(.immediate) {
                    // The ledger must exist before any migration, its own included, is recorded.
                    try db.execute(sql: ledgerTable.sql)
                    let states = try verify(db)
                    guard states.first(where: { $0.name == migration.name })?.isApplied == false else {
                        return .commit
                    }
                    do {
                        try db.execute(sql: migration.sql)
                        try db.checkForeignKeys()
                        // A migration may edit sqlite_schema directly (a CHECK rewritten, the
                        // way SQLite documents): a new schema version makes every connection,
                        // here and in other processes, read the schema again.
                        let version = try Int.fetchOne(db, sql: Queries.schemaVersion) ?? 0
                        try db.execute(sql: Queries.setSchemaVersion(version + 1))
                    } catch {
                        throw StoreError.migrationFailed(name: migration.name, detail: StoreError.describe(error))
                    }
                    try db.execute(
                        sql: Queries.recordMigration,
                        arguments: [migration.name, migration.checksum, Timestamp.now()])
                    appliedNames.append(migration.name)
                    return .commit
                }
            }
            return appliedNames
        }
    }
}

extension SchemaMigrator {
    /// The migrator's own SQL. Its table is made by ``Migration/ledgerTable()``, a migration file.
    enum Queries {
        static let appliedMigrations = "SELECT name, checksum, applied_at FROM schema_migrations ORDER BY name"
        static let recordMigration = "INSERT INTO schema_migrations (name, checksum, applied_at) VALUES (?, ?, ?)"
        static let schemaVersion = "PRAGMA schema_version"
        static func setSchemaVersion(_ version: Int) -> String { "PRAGMA schema_version = \(version)" }
        static let tempStore = "PRAGMA temp_store"
        static let tempStoreInFiles = "PRAGMA temp_store = FILE"
        static func setTempStore(_ mode: Int) -> String { "PRAGMA temp_store = \(mode)" }
        static let userTables = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    }
}
