import Foundation
import GRDB
import Testing

@testable import POAStore

/// `Migrations/schema.sql`: the schema a fresh ledger has after every migration, in one file
/// for people to read. The migrations stay the source; these tests keep the file true to them.
@Suite(.serialized) struct SchemaFileTests {
    /// After a new migration, the file is written again by running this test with
    /// `POA_WRITE_SCHEMA=1` (`POA_WRITE_SCHEMA=1 swift test --filter SchemaFileTests`), and the
    /// diff reviewed with the migration.
    @Test func theSchemaFileIsTheSchemaOfAFreshLedger() throws {
        let fresh = try Ledger.inMemory().read { db in try SchemaFile.text(of: db) }
        if ProcessInfo.processInfo.environment["POA_WRITE_SCHEMA"] != nil {
            try fresh.write(to: SchemaFile.url, atomically: true, encoding: .utf8)
        }
        let committed = try String(contentsOf: SchemaFile.url, encoding: .utf8)
        #expect(
            committed == fresh,
            """
            Migrations/schema.sql is not the schema of a freshly migrated ledger: write it again with \
            `POA_WRITE_SCHEMA=1 swift test --filter SchemaFileTests`, and review the diff
            """)
    }

    /// The file is SQL that runs: on an empty database it makes every object the migrations
    /// make, statement for statement.
    @Test func theSchemaFileRunOnAnEmptyDatabaseMakesTheSameSchema() throws {
        let committed = try String(contentsOf: SchemaFile.url, encoding: .utf8)
        let queue = try DatabaseQueue()
        let differences = try queue.writeWithoutTransaction { db in
            try db.execute(sql: committed)
            return try Ledger.schemaDifferences(in: db, applied: Migration.all.map(\.name))
        }
        #expect(differences == [])
    }

    @Test func theSchemaFileIsNotAMigration() {
        #expect(!Migration.all.map(\.name).contains("schema"))
        #expect(Migration.all.allSatisfy { $0.name.wholeMatch(of: /[0-9]{4}_[a-z0-9_]+/) != nil })
    }
}

/// Where `schema.sql` is, and how its text is made from a database's `sqlite_schema`.
enum SchemaFile {
    static let migrations = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Migrations")
    static let url = migrations.appendingPathComponent("schema.sql")

    static let header = """
        -- The schema of a fresh POA Ledger after every migration, as SQLite's sqlite_schema holds it:
        -- each table followed by its indexes and triggers, then each view followed by its triggers,
        -- in the order the migrations create them. SQLite's own objects (sqlite_*) are left out.
        --
        -- Generated, never edited: the migrations (NNNN_*.sql) are the schema's source, applied in
        -- order, and this file is what they add up to. It is not a migration. SchemaFileTests fails
        -- when it differs from a freshly migrated ledger; write it again with
        --     POA_WRITE_SCHEMA=1 swift test --filter SchemaFileTests

        """

    /// The text of `schema.sql` for the database `db`: every object's SQL as `sqlite_schema`
    /// keeps it, tables and their indexes and triggers first, then views and theirs; each group
    /// in creation order (`rowid`), which is stable because migrations only ever append.
    static func text(of db: Database) throws -> String {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT type, name, tbl_name, sql FROM sqlite_schema
                WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'
                ORDER BY rowid
                """)
        let objects = rows.map { (type: $0["type"] as String, name: $0["name"] as String, table: $0["tbl_name"] as String, sql: $0["sql"] as String) }
        var groups: [String] = []
        for kind in ["table", "view"] {
            for owner in objects where owner.type == kind {
                let dependents = objects.filter { $0.table == owner.name && $0.name != owner.name }
                groups.append(([owner] + dependents).map { $0.sql + ";\n" }.joined())
            }
        }
        return header + "\n" + groups.joined(separator: "\n")
    }
}
