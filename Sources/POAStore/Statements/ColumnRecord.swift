import GRDB

/// A record whose columns are written and read by position, in the order of the schema.
///
/// The conformances are written at build time by the RecordColumns plugin, from
/// `Migrations/schema.sql` and `Records/columns.manifest`: no record lists its columns by hand,
/// and a migration that changes a table changes its record's coding with it. One coding per
/// record serves both paths: GRDB's (`init(row:)` and `encode(to:)`, used by updates and by the
/// query interface) and the C API's (inserts and the import's lookups, see ``PreparedStatement``).
package protocol ColumnRecord {
    static var databaseTableName: String { get }
    /// Every column of the table, in the migration's order.
    static var columns: [String] { get }
    /// `INSERT INTO table (columns...) VALUES (?...)`: declare as `static let insertSQL = insertStatement()`.
    static var insertSQL: String { get }
    /// Decodes a row whose first columns are the table's, in order.
    init(columns: some ColumnSource) throws(StoreError)
    /// Puts every column's value, in order.
    func put(into sink: inout ColumnSink)
    /// Takes the rowid SQLite gave a new row (records with an `id` column keep it).
    mutating func assignRowID(_ rowID: Int64)
}

extension ColumnRecord {
    package mutating func assignRowID(_ rowID: Int64) {}

    /// The one-row INSERT statement over every column.
    static func insertStatement() -> String {
        MultiRowInsertTexts.build(Self.self, rows: 1)
    }

    /// GRDB's encoding, by column name.
    func encodeColumns(to container: inout PersistenceContainer) {
        var sink = ColumnSink(names: Self.columns, container: container)
        put(into: &sink)
        container = sink.container ?? container
    }
}

/// Reads a row's columns by position.
package protocol ColumnSource {
    func callAsFunction<V: ColumnValue>(_ index: Int32, as type: V.Type) throws(StoreError) -> V
    func optional<V: ColumnValue>(_ index: Int32, as type: V.Type) -> V?
}

extension ColumnSource {
    package func callAsFunction<V: ColumnValue>(_ index: Int32) throws(StoreError) -> V { try self(index, as: V.self) }
    /// Column `index` for an optional property: nil when NULL. (Overload resolution picks it
    /// for an optional, so that generated code reads every column as `try columns(i)`.)
    package func callAsFunction<V: ColumnValue>(_ index: Int32) throws(StoreError) -> V? { optional(index, as: V.self) }
    package func optional<V: ColumnValue>(_ index: Int32) -> V? { optional(index, as: V.self) }
}

extension ColumnReader: ColumnSource {}

/// A GRDB row read by position.
struct RowColumns: ColumnSource {
    let row: Row

    init(_ row: Row) { self.row = row }

    func callAsFunction<V: ColumnValue>(_ index: Int32, as type: V.Type) throws(StoreError) -> V {
        guard let value = optional(index, as: V.self) else {
            throw StoreError.readFailed(detail: "column \(Array(row.columnNames)[Int(index)]) holds no \(V.self)")
        }
        return value
    }

    func optional<V: ColumnValue>(_ index: Int32, as type: V.Type) -> V? {
        guard Int(index) < row.count else { return nil }
        return V.fromDatabaseValue(row[Int(index)] as DatabaseValue)
    }
}
