import GRDB
import GRDBSQLite
import Synchronization

/// A record whose columns are written and read by position, in the order of the migrations.
///
/// One description per record type serves both paths: GRDB's (`init(row:)` and
/// `encode(to:)`, used by updates and by the query interface) and the C API's (inserts and the
/// import's lookups, see ``PreparedStatement``). `ColumnOrderTests` checks every `columns` list
/// against the live schema, so the two can never drift apart.
public protocol ColumnRecord {
    static var databaseTableName: String { get }
    /// Every column of the table, in the migration's order.
    static var columns: [String] { get }
    /// `INSERT INTO table (columns...) VALUES (?...)`: declare as `static let insertSQL = insertStatement()`.
    static var insertSQL: String { get }
    /// Decodes a row whose first columns are the table's, in order.
    init(columns: some ColumnSource) throws(StoreError)
    /// Puts every column's value, in order.
    func put(into sink: inout some ColumnSink)
    /// Takes the rowid SQLite gave a new row (records with an `id` column keep it).
    mutating func assignRowID(_ rowID: Int64)
}

extension ColumnRecord {
    public mutating func assignRowID(_ rowID: Int64) {}

    /// The INSERT statement over every column (`verb` may add a conflict clause: `INSERT OR IGNORE`).
    static func insertStatement(_ verb: String = "INSERT") -> String {
        "\(verb) INTO \(databaseTableName) (\(columns.joined(separator: ", "))) VALUES ("
            + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
    }

    /// The INSERT statement of `rows` rows over every column.
    ///
    /// An import asks for the same few texts (one instrument's attorneys, forms, sources) tens of
    /// thousands of times, and building one cost more instructions than SQLite's insert of its
    /// rows: texts of up to ``MultiRowInsertTexts/cachedRowLimit`` rows are built once per process.
    static func insertStatement(rows: Int) -> String {
        MultiRowInsertTexts.text(for: Self.self, rows: rows)
    }

    /// GRDB's encoding, by column name.
    func encodeColumns(to container: inout PersistenceContainer) {
        var sink = ContainerSink(names: Self.columns, container: container)
        put(into: &sink)
        container = sink.container
    }
}

/// Where a record puts its column values, in order.
public protocol ColumnSink {
    mutating func put(_ value: (some ColumnValue)?)
}

/// Reads a row's columns by position.
public protocol ColumnSource {
    func callAsFunction<V: ColumnValue>(_ index: Int32, as type: V.Type) throws(StoreError) -> V
    func optional<V: ColumnValue>(_ index: Int32, as type: V.Type) -> V?
}

extension ColumnSource {
    public func callAsFunction<V: ColumnValue>(_ index: Int32) throws(StoreError) -> V { try self(index, as: V.self) }
    public func optional<V: ColumnValue>(_ index: Int32) -> V? { optional(index, as: V.self) }
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

/// Binds each value to the next parameter of an INSERT, its text pointing into `arena`.
struct BindingSink: ColumnSink {
    let statement: OpaquePointer
    let arena: BindingArena
    var index: Int32 = 1

    mutating func put(_ value: (some ColumnValue)?) {
        if let value { value.bindValue(to: statement, at: index, arena: arena) } else { sqlite3_bind_null(statement, index) }
        index += 1
    }
}

/// Fills GRDB's persistence container by column name.
struct ContainerSink: ColumnSink {
    let names: [String]
    var container: PersistenceContainer
    var index = 0

    mutating func put(_ value: (some ColumnValue)?) {
        container[names[index]] = value
        index += 1
    }
}

/// The multi-row INSERT texts built so far, by record type and row count (see
/// ``ColumnRecord/insertStatement(rows:)``).
enum MultiRowInsertTexts {
    /// Larger inserts are rare and their texts long: they are built each time, not kept.
    static let cachedRowLimit = 64

    private struct Key: Hashable {
        let type: ObjectIdentifier
        let rows: Int
    }

    private static let texts = Mutex<[Key: String]>([:])

    static func text<Entry: ColumnRecord>(for type: Entry.Type, rows: Int) -> String {
        guard rows <= cachedRowLimit else { return build(type, rows: rows) }
        let key = Key(type: ObjectIdentifier(type), rows: rows)
        if let known = texts.withLock({ $0[key] }) { return known }
        let text = build(type, rows: rows)
        texts.withLock { $0[key] = text }
        return text
    }

    static func build<Entry: ColumnRecord>(_ type: Entry.Type, rows: Int) -> String {
        let row = "(" + Array(repeating: "?", count: Entry.columns.count).joined(separator: ", ") + ")"
        return "INSERT INTO \(Entry.databaseTableName) (\(Entry.columns.joined(separator: ", "))) VALUES "
            + Array(repeating: row, count: rows).joined(separator: ", ")
    }
}
