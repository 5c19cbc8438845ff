import Foundation
import GRDB
import POACore

extension Ledger {
    /// How a file's schema differs from the one its applied migrations make: each table,
    /// column, view, index or trigger missing, extra or changed, in words. Empty when they agree.
    ///
    /// The expected schema is that of an empty ledger in memory, migrated through the same
    /// migrations the file records as applied; SQLite's own objects (`sqlite_*`) are left out.
    /// A damaged schema (a trigger that deletes attorneys on every insert, an index dropped)
    /// passes SQLite's integrity check, so `check` and `restore` compare it too.
    static func schemaDifferences(in db: Database, applied: [String]) throws -> [String] {
        let migrations = Migration.all.filter { applied.contains($0.name) }
        let expected = try DatabaseQueue(configuration: configuration(readonly: false))
        let reference = Ledger(path: ":memory:", writer: expected, migrations: migrations)
        try reference.migrate()
        let wanted = try expected.read { try schemaObjects($0) }
        try? expected.close()
        let found = try schemaObjects(db)
        var differences: [String] = []
        for (key, sql) in wanted.sorted(by: { $0.key < $1.key }) {
            guard let actual = found[key] else {
                differences.append("the \(key.type) \(key.name) is missing")
                continue
            }
            if normalized(actual) != normalized(sql) { differences.append("the \(key.type) \(key.name) differs from the one its migrations make") }
        }
        for key in found.keys.sorted() where wanted[key] == nil {
            differences.append("the \(key.type) \(key.name) is not made by any migration")
        }
        return differences
    }

    /// An object of a schema: its type (table, view, index, trigger) and name.
    struct SchemaKey: Hashable, Comparable {
        var type: String
        var name: String
        static func < (a: SchemaKey, b: SchemaKey) -> Bool { (a.type, a.name) < (b.type, b.name) }
    }

    /// The schema's objects and their SQL (an automatic index has none: its table's SQL says it).
    private static func schemaObjects(_ db: Database) throws -> [SchemaKey: String] {
        var objects: [SchemaKey: String] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'") {
            objects[SchemaKey(type: row[0], name: row[1])] = row[2] ?? ""
        }
        return objects
    }

    /// SQL with runs of white space made one space: the same statement however it was laid out.
    private static func normalized(_ sql: String) -> String {
        sql.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
