import GRDB
import GRDBSQLite

/// One of the connection's cached prepared statements, bound through SQLite's C API.
///
/// The statement comes from GRDB's cache (`Database.cachedStatement`), so it is prepared once
/// per connection and finalized with it; only the per-call work skips GRDB's argument and row
/// boxing. Used by the import and recompute paths, where a document costs a few dozen
/// statements. A statement used here is reset before each use and never half-stepped after.
///
/// Writes (``execute()``) run through GRDB's `Statement.execute()`, so GRDB's statement hooks
/// see each of them: its transaction and savepoint tracking, its transaction observers and
/// observation. Reads are stepped here: GRDB's hooks have nothing to track in them.
struct PreparedStatement {
    let db: Database
    let statement: Statement
    let handle: OpaquePointer
    let sql: String

    /// The statement for `sql`, from `cache` when given (a write transaction's), else from
    /// GRDB's cache of the connection.
    init(_ db: Database, sql: String, cache: StatementCache? = nil) throws(StoreError) {
        do {
            let statement = try cache?.statement(db, sql: sql) ?? db.cachedStatement(sql: sql)
            self.db = db
            self.statement = statement
            self.handle = statement.sqliteStatement
            self.sql = sql
        } catch {
            throw StoreError.write(error, path: "the ledger")
        }
        if cache != nil {
            // The transaction's own statement: GRDB already takes its bindings as its arguments.
            sqlite3_reset(handle)
            sqlite3_clear_bindings(handle)
        } else {
            // A statement of GRDB's cache, which GRDB may have run with arguments of its own:
            // reset, bindings cleared, and the values bound here taken as its arguments.
            statement.setUncheckedArguments(StatementArguments())
        }
    }

    /// Binds `value` (NULL when nil) to parameter `index`, 1-based.
    func bind(_ value: (some ColumnValue)?, at index: Int32) {
        if let value { value.bindValue(to: handle, at: index) } else { sqlite3_bind_null(handle, index) }
    }

    /// Binds the values in order, from parameter 1.
    func bind(all values: [any ColumnValue]) {
        for (offset, value) in values.enumerated() { value.bindValue(to: handle, at: Int32(offset + 1)) }
    }

    /// Runs the statement to its next row: true when a row is ready, false when done.
    func step() throws(StoreError) -> Bool {
        switch sqlite3_step(handle) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default:
            let error = DatabaseError(
                resultCode: ResultCode(rawValue: sqlite3_errcode(db.sqliteConnection)),
                message: String(cString: sqlite3_errmsg(db.sqliteConnection)), sql: sql)
            sqlite3_reset(handle)
            throw StoreError.write(error, path: "the ledger")
        }
    }

    /// Runs a statement that returns no rows, through GRDB (see the type's notes).
    func execute() throws(StoreError) {
        // Reset after it ran, as after every use here: a statement bound again in a loop must
        // be reset first, or SQLite refuses the new values and it runs with the old ones.
        defer { sqlite3_reset(handle) }
        do {
            try statement.execute()
        } catch {
            throw StoreError.write(error, path: "the ledger")
        }
    }

    /// Binds the columns of `rows`, one row after the other from parameter 1 (a multi-row
    /// INSERT takes several), runs the statement, and clears its bindings: none is left pointing
    /// into `arena`, which starts again from its first byte.
    func execute<Entry: ColumnRecord>(binding rows: some Collection<Entry>, arena: BindingArena) throws(StoreError) {
        defer {
            sqlite3_clear_bindings(handle)
            arena.reset()
        }
        var sink = ColumnSink(statement: handle, arena: arena)
        for row in rows { row.put(into: &sink) }
        try execute()
    }

    /// Binds the columns of one row from parameter 1, runs the statement, and clears its
    /// bindings, as the multi-row version does.
    ///
    /// The single-row inserts of an import come through generic code that Swift does not
    /// specialize across modules: walking a one-row collection there makes the runtime look up
    /// the collection's and its iterator's type metadata on every row, a measurable share of
    /// the writer's work. One row needs no walk.
    func execute<Entry: ColumnRecord>(binding row: Entry, arena: BindingArena) throws(StoreError) {
        defer {
            sqlite3_clear_bindings(handle)
            arena.reset()
        }
        var sink = ColumnSink(statement: handle, arena: arena)
        row.put(into: &sink)
        try execute()
    }

    /// The rowid of the row the last INSERT wrote on this connection.
    var lastInsertedRowID: Int64 { sqlite3_last_insert_rowid(db.sqliteConnection) }

    /// The rows the last INSERT, UPDATE or DELETE on this connection wrote (0 for an insert
    /// that did nothing on a conflict).
    var changes: Int { Int(sqlite3_changes(db.sqliteConnection)) }

    /// Every row, decoded by `decode` (which reads the current row through `ColumnReader`).
    func rows<T>(_ decode: (ColumnReader) throws(StoreError) -> T) throws(StoreError) -> [T] {
        var result: [T] = []
        let reader = ColumnReader(statement: handle, sql: sql)
        while try step() { result.append(try decode(reader)) }
        sqlite3_reset(handle)
        return result
    }

    /// Calls `visit` with each row in turn until it returns false or the rows run out: reads
    /// only as far as the caller needs.
    func each(_ visit: (ColumnReader) throws(StoreError) -> Bool) throws(StoreError) {
        defer { sqlite3_reset(handle) }
        let reader = ColumnReader(statement: handle, sql: sql)
        while try step() {
            guard try visit(reader) else { return }
        }
    }

    /// The first row, if any, decoded by `decode`.
    func firstRow<T>(_ decode: (ColumnReader) throws(StoreError) -> T) throws(StoreError) -> T? {
        defer { sqlite3_reset(handle) }
        guard try step() else { return nil }
        return try decode(ColumnReader(statement: handle, sql: sql))
    }
}

/// Reads the columns of a statement's current row by position, in the migrations' column order.
package struct ColumnReader {
    let statement: OpaquePointer
    let sql: String

    /// Column `index` (0-based); a NULL or mistyped value in a required column is an error.
    package func callAsFunction<V: ColumnValue>(_ index: Int32, as type: V.Type = V.self) throws(StoreError) -> V {
        guard let value = V.column(statement, at: index) else {
            let name = sqlite3_column_name(statement, index).map { String(cString: $0) } ?? "#\(index)"
            throw StoreError.readFailed(detail: "column \(name) holds no \(V.self) (\(sql))")
        }
        return value
    }

    /// Column `index` (0-based), nil when NULL.
    package func optional<V: ColumnValue>(_ index: Int32, as type: V.Type = V.self) -> V? {
        V.column(statement, at: index)
    }
}
