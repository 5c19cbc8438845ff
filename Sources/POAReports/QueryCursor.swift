import GRDBSQLite

/// The rows of one running query, produced one at a time as SQLite steps: nothing is
/// materialised, so a million-row result costs the memory of one row.
///
/// For example:
///
/// ```swift
/// let cursor = try runner.query("SELECT id, path FROM document")
/// while let row = try cursor.next() { print(row) }
/// ```
public final class QueryCursor {
    /// The result's column names, as SQLite names them (the `AS` alias when there is one).
    public let columns: [String]
    private let database: ReadOnlyDatabase
    private var statement: OpaquePointer?
    private var started = false

    init(database: ReadOnlyDatabase, statement: OpaquePointer) {
        self.database = database
        self.statement = statement
        let count = sqlite3_column_count(statement)
        columns = (0..<count).map { index in
            sqlite3_column_name(statement, index).map { String(cString: $0) } ?? "column\(index + 1)"
        }
    }

    deinit {
        sqlite3_finalize(statement)
    }

    /// The next row, or nil when there are no more (the statement is then finished).
    ///
    /// - Throws: `ReportsError.timedOut` when the query outlives its timeout, `.refused` if a
    ///   recompilation is refused, `.executionFailed` for SQLite's other runtime errors.
    public func next() throws(ReportsError) -> [QueryValue]? {
        guard let statement else { return nil }
        if !started {
            started = true
            database.watchdog.start()
        }
        let status = sqlite3_step(statement)
        switch status {
        case SQLITE_ROW:
            return (0..<Int32(columns.count)).map { Self.value(of: statement, at: $0) }
        case SQLITE_DONE:
            finish()
            return nil
        default:
            let detail = database.lastError
            finish()
            if database.watchdog.fired, status & 0xFF == SQLITE_INTERRUPT {
                throw .timedOut(seconds: database.watchdog.timeout.map(Self.seconds) ?? 0)
            }
            if let denial = database.authorizer.denial { throw .refused(reason: denial) }
            throw .executionFailed(detail: detail)
        }
    }

    private func finish() {
        sqlite3_finalize(statement)
        statement = nil
    }

    private static func value(of statement: OpaquePointer, at index: Int32) -> QueryValue {
        switch sqlite3_column_type(statement, index) {
        case SQLITE_INTEGER:
            return .integer(sqlite3_column_int64(statement, index))
        case SQLITE_FLOAT:
            return .real(sqlite3_column_double(statement, index))
        case SQLITE_TEXT:
            guard let text = sqlite3_column_text(statement, index) else { return .text("") }
            let count = Int(sqlite3_column_bytes(statement, index))
            return .text(String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self))
        case SQLITE_BLOB:
            let count = Int(sqlite3_column_bytes(statement, index))
            guard count > 0, let blob = sqlite3_column_blob(statement, index) else { return .blob([]) }
            return .blob(Array(UnsafeRawBufferPointer(start: blob, count: count)))
        default:
            return .null
        }
    }

    private static func seconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
