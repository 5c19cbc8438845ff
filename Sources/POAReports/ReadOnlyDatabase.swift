import Foundation
import GRDBSQLite
import SQLiteFileAccess

/// A connection that can only read, enforced by SQLite itself rather than by looking at the SQL.
///
/// Five locks, each sufficient alone for most attacks: the file is opened `SQLITE_OPEN_READONLY`;
/// `SQLITE_LIMIT_ATTACHED` is 0, so no other file can be attached; extension loading is off;
/// an allow-list ``Authorizer`` refuses every action but reading while a statement compiles; and a
/// statement runs only if `sqlite3_stmt_readonly` says it cannot write (this catches `VACUUM`, which
/// the authorizer is never asked about).
///
/// The connection never checkpoints, so a `-wal` left by a killed writer is read and left as it
/// was, file and log. It is opened as `Ledger` opens one for reading (`poa_sqlite_read_access`):
/// where the folder may be written and the log holds nothing, a writable housekeeper connection
/// that only reads the schema is opened first and closed last, and removes the `-wal` and `-shm`
/// that reading made, so the folder is left as it was found; in a folder that cannot be written,
/// a ledger without a pending log is read as an immutable file.
///
/// A raw connection rather than GRDB's, because of the authorizer. SQLite keeps one authorizer
/// per connection (`sqlite3_set_authorizer` replaces the previous one and cannot chain to it),
/// and GRDB registers its own on every connection it opens: it reports what each statement
/// reads and writes, whether it begins or ends a transaction, and whether it changes the schema,
/// and GRDB's transaction tracking, statement cache and observation rely on those reports.
/// Installing ``Authorizer`` on a GRDB connection would silence GRDB's; not installing it would
/// leave this connection without the lock that refuses every action but reading. For the same
/// reason the deadline is the ``Watchdog``'s progress handler, not GRDB's `interrupt()`, which
/// needs a GRDB connection.
final class ReadOnlyDatabase {
    /// The largest string or blob a query may make, in bytes: 256 MiB, above the text of any
    /// document the importer stores whole (it reads files of a hundred megabytes), far below
    /// the gigabytes a runaway `randomblob()` would take.
    static let largestValue: Int32 = 256 << 20

    let path: String
    private let connection: OpaquePointer
    private let housekeeper: OpaquePointer?
    let authorizer = Authorizer()
    let watchdog: Watchdog

    /// Opens `path` for reading; the file must exist. `timeout` bounds each query's running time.
    init(path: String, timeout: Duration?) throws(ReportsError) {
        self.path = path
        self.watchdog = Watchdog(timeout: timeout)
        guard FileManager.default.fileExists(atPath: path) else {
            throw .cannotOpen(path: path, detail: "no such file")
        }
        let access = poa_sqlite_read_access(path)
        guard access != PoaReadAccessPendingLogUnreadable else {
            throw .cannotOpen(
                path: path, detail: "\(path)-wal holds committed changes, which cannot be read in a folder that cannot be written")
        }
        housekeeper = access == PoaReadAccessSharedWithHousekeeper ? poa_sqlite_open_housekeeper(path) : nil
        var handle: OpaquePointer?
        let status = poa_sqlite_open_reader(path, access, SQLITE_OPEN_NOMUTEX, nil, &handle)
        guard status == SQLITE_OK, let handle else {
            let detail = handle.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(status))
            sqlite3_close_v2(handle)
            poa_sqlite_close_housekeeper(housekeeper)
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
        poa_sqlite_close_housekeeper(housekeeper)
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
