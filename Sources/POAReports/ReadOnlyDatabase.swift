import Foundation
import GRDBSQLite

/// A connection that can only read, enforced by SQLite itself rather than by looking at the SQL.
///
/// Five locks, each sufficient alone for most attacks: the file is opened `SQLITE_OPEN_READONLY`;
/// `SQLITE_LIMIT_ATTACHED` is 0, so no other file can be attached; extension loading is off;
/// an allow-list ``Authorizer`` refuses every action but reading while a statement compiles; and a
/// statement runs only if `sqlite3_stmt_readonly` says it cannot write (this catches `VACUUM`, which
/// the authorizer is never asked about).
///
/// A read-only connection to a WAL database creates `-wal` and `-shm` files it cannot remove. So
/// a second, writable connection that only ever reads (with `PRAGMA query_only`) is opened first
/// and closed last: it finds or creates them, and, when it is the last connection, removes them
/// again, so the folder is left as it was found.
final class ReadOnlyDatabase {
    /// The largest string or blob a query may make, in bytes: 256 MiB, above the text of any
    /// document the importer stores whole (it reads files of a hundred megabytes), far below
    /// the gigabytes a runaway `randomblob()` would take.
    static let largestValue: Int32 = 256 << 20

    let path: String
    private let connection: OpaquePointer
    private var housekeeper: OpaquePointer?
    let authorizer = Authorizer()
    let watchdog: Watchdog

    /// Opens `path` for reading; the file must exist. `timeout` bounds each query's running time.
    init(path: String, timeout: Duration?) throws(ReportsError) {
        self.path = path
        self.watchdog = Watchdog(timeout: timeout)
        guard FileManager.default.fileExists(atPath: path) else {
            throw .cannotOpen(path: path, detail: "no such file")
        }
        housekeeper = Self.openHousekeeper(path: path)
        var handle: OpaquePointer?
        let status = sqlite3_open_v2(path, &handle, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nil)
        guard status == SQLITE_OK, let handle else {
            let detail = handle.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(status))
            sqlite3_close_v2(handle)
            if let housekeeper { sqlite3_close_v2(housekeeper) }
            throw .cannotOpen(path: path, detail: detail)
        }
        connection = handle
        sqlite3_extended_result_codes(handle, 1)
        sqlite3_busy_timeout(handle, 10_000)
        sqlite3_limit(handle, SQLITE_LIMIT_ATTACHED, 0)
        // No value a query makes (printf('%.*c', 1e9, 'x'), randomblob(1e9)) may take more than
        // this much memory.
        sqlite3_limit(handle, SQLITE_LIMIT_LENGTH, ReadOnlyDatabase.largestValue)
        sqlite3_enable_load_extension(handle, 0)
        _disableDoubleQuotedStringLiterals(handle)
        authorizer.install(on: handle)
        watchdog.install(on: handle)
    }

    /// Whether `sql` is `PRAGMA journal_mode` (or `main.journal_mode`) with no value.
    static func isJournalModeQuestion(_ sql: String) -> Bool {
        let words = sql.lowercased().split { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" || $0 == ";" }
        return words.count == 2 && words[0] == "pragma" && (words[1] == "journal_mode" || words[1] == "main.journal_mode")
    }

    deinit {
        sqlite3_close_v2(connection)
        if let housekeeper { sqlite3_close_v2(housekeeper) }
    }

    /// A writable connection used only to read, when the file is writable; nil otherwise (a
    /// read-only file's folder gets no `-wal` either way when nothing writes it).
    private static func openHousekeeper(path: String) -> OpaquePointer? {
        guard access(path, W_OK) == 0 else { return nil }
        var handle: OpaquePointer?
        guard sqlite3_open_v2(path, &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nil) == SQLITE_OK,
            let handle
        else {
            sqlite3_close_v2(handle)
            return nil
        }
        sqlite3_busy_timeout(handle, 10_000)
        // Reading the schema opens the WAL (creating -wal and -shm if needed) under this connection.
        guard sqlite3_exec(handle, "PRAGMA query_only = 1; SELECT count(*) FROM sqlite_schema", nil, nil, nil) == SQLITE_OK
        else {
            sqlite3_close_v2(handle)
            return nil
        }
        return handle
    }

    /// Compiles `sql`, which must be exactly one read-only statement, and binds `parameters`.
    ///
    /// - Throws: `ReportsError` naming what is wrong: a refused action, more than one statement,
    ///   a missing or unknown parameter, or SQLite's compile error.
    func prepare(_ sql: String, parameters: QueryParameters) throws(ReportsError) -> QueryCursor {
        authorizer.reset()
        var statement: OpaquePointer?
        var tailOffset = 0
        let status = sql.withCString { start -> Int32 in
            var tail: UnsafePointer<CChar>?
            let status = sqlite3_prepare_v2(connection, start, -1, &statement, &tail)
            if let tail { tailOffset = start.distance(to: tail) }
            return status
        }
        guard status == SQLITE_OK else {
            sqlite3_finalize(statement)
            if let denial = authorizer.denial {
                let verb = SQLTail.firstWord(sql) ?? "the statement"
                throw .refused(reason: denial.replacingOccurrences(of: Authorizer.statementMarker, with: verb))
            }
            let code = sqlite3_errcode(connection) & 0xFF
            if code == SQLITE_NOTADB || code == SQLITE_CORRUPT || code == SQLITE_CANTOPEN {
                throw .cannotOpen(path: path, detail: lastError)
            }
            throw .invalidSQL(detail: lastError)
        }
        guard let statement else { throw .emptyQuery }
        let rest = String(decoding: sql.utf8.dropFirst(tailOffset), as: UTF8.self)
        guard SQLTail.isBlank(rest) else {
            sqlite3_finalize(statement)
            throw .multipleStatements(rest: rest)
        }
        // SQLite counts `PRAGMA journal_mode` as a write even in its read form (the authorizer
        // refuses it with a value); on this read-only connection it only reports the mode.
        guard sqlite3_stmt_readonly(statement) != 0 || Self.isJournalModeQuestion(sql) else {
            let verb = SQLTail.firstWord(sql) ?? "the statement"
            sqlite3_finalize(statement)
            throw .refused(reason: "\(verb) would write to the database")
        }
        do {
            try Self.bind(parameters, to: statement)
        } catch {
            sqlite3_finalize(statement)
            throw error
        }
        return QueryCursor(database: self, statement: statement)
    }

    /// Binds every named placeholder; refuses positional ones, missing and unused values.
    private static func bind(_ parameters: QueryParameters, to statement: OpaquePointer) throws(ReportsError) {
        let count = sqlite3_bind_parameter_count(statement)
        var used: Set<String> = []
        var names: [String] = []
        for index in 0..<count {
            guard let raw = sqlite3_bind_parameter_name(statement, index + 1) else { throw .positionalParameter }
            let full = String(cString: raw)
            guard full.first != "?" else { throw .positionalParameter }
            let name = String(full.dropFirst())
            names.append(name)
            used.insert(name)
            guard let value = parameters.values[name] else { throw .missingParameter(name: name) }
            switch value {
            case .integer(let integer): sqlite3_bind_int64(statement, index + 1, integer)
            case .real(let real): sqlite3_bind_double(statement, index + 1, real)
            case .text(let text): sqlite3_bind_text(statement, index + 1, text, -1, transientDestructor)
            }
        }
        if let unknown = parameters.values.keys.sorted().first(where: { !used.contains($0) }) {
            throw .unknownParameter(name: unknown, known: names)
        }
    }

    /// The connection's last error message.
    var lastError: String { String(cString: sqlite3_errmsg(connection)) }
}

/// `SQLITE_TRANSIENT`, which the C macro cannot give Swift: SQLite copies bound text at once.
private var transientDestructor: sqlite3_destructor_type {
    unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
}
