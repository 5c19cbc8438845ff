/// Runs read-only SQL against a ledger file: the front door of `POAReports`.
///
/// Each runner holds its own raw SQLite connection, opened read-only and locked down (see
/// ``query(_:parameters:)``), separate from the `Ledger`'s connections. Results come back as a
/// ``QueryCursor`` that steps one row at a time, so output can start at once and memory stays
/// flat however large the result.
///
/// For example:
///
/// ```swift
/// let runner = try QueryRunner(path: "poa.sqlite", timeout: .seconds(30))
/// let cursor = try runner.query("SELECT * FROM document WHERE status = :status",
///                               parameters: QueryParameters(["status": .text("needs-review")]))
/// try ResultWriter.write(cursor, as: .csv, to: FileSink.standardOutput())
/// ```
public final class QueryRunner {
    /// The database file.
    public let path: String
    private let database: ReadOnlyDatabase

    /// Opens `path`, which must exist, for reading only. `timeout` bounds each query, from its
    /// first row to its last; nil lets queries run as long as they need.
    ///
    /// - Throws: `ReportsError.cannotOpen` when the file is missing or not a database.
    public init(path: String, timeout: Duration? = nil) throws(ReportsError) {
        self.path = path
        self.database = try ReadOnlyDatabase(path: path, timeout: timeout)
    }

    /// Compiles one statement and binds its `:name` parameters; rows come from the cursor.
    ///
    /// The statement must be exactly one, and read-only as SQLite judges it: writes, DDL,
    /// `CREATE TEMP`, `ATTACH`, transactions, `VACUUM`, pragmas off the read-only allow-list and
    /// `load_extension` are refused before anything runs. Every placeholder needs a value, and
    /// every value a placeholder.
    ///
    /// - Throws: `ReportsError` saying what was refused or wrong, and what to do.
    public func query(_ sql: String, parameters: QueryParameters = QueryParameters()) throws(ReportsError)
        -> QueryCursor
    {
        try database.prepare(sql, parameters: parameters)
    }

    /// The placeholder names of `sql` (`:day` gives `day`), in order of first use.
    public static func parameterNames(in sql: String) -> [String] {
        SQLTail.parameterNames(in: sql)
    }
}
