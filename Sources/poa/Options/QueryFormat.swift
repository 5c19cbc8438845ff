import ArgumentParser
import Foundation
import POAReports
import POAStore

extension QueryFormat: ExpressibleByArgument {}

/// `--format`, `--param` and `--timeout`, shared by the commands that print query results
/// (`poa sql`, `poa report`).
struct QueryOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "table, csv, json or markdown. Default: table on a terminal, csv otherwise.", valueName: "format"))
    var format: QueryFormat?

    @Option(
        name: .customLong("param"),
        help: ArgumentHelp(
            "A value for the :name placeholder (repeatable): 42 binds a number, 0042 or abc text; a report's person, issuer, day or form parameter is resolved first.",
            valueName: "name=value"))
    var parameters: [String] = []

    @Option(help: ArgumentHelp("Stop the query after this many seconds (default 60; 0 for no limit).", valueName: "seconds"))
    var timeout: Double = QueryOptions.defaultTimeout

    /// How long a query runs unless told otherwise: a runaway query stops on its own.
    static let defaultTimeout = 60.0

    func validate() throws {
        if !(timeout >= 0 && timeout.isFinite) {
            throw ValidationError("--timeout must be a number of seconds (0 for no limit), not \(timeout).")
        }
        do {
            _ = try QueryParameters(arguments: parameters)
        } catch {
            throw ValidationError(error.description.prefix(1).uppercased() + error.description.dropFirst() + ".")
        }
    }

    /// The format after defaults: `--format`, else `table` when standard output is a terminal and
    /// `csv` when it is a pipe or a file (scripts get a lossless, streamable format).
    var resolvedFormat: QueryFormat {
        format ?? (isatty(STDOUT_FILENO) != 0 ? .table : .csv)
    }

    /// Runs `sql` read-only against the ledger and streams its rows to standard output, with
    /// `parameters` when given (`poa report` resolves them first), else the `--param` values as typed.
    ///
    /// The ledger is first opened for reading through `Ledger`, so a newer, edited or foreign
    /// database is refused (exit 3) before any SQL is compiled; the query itself runs on the
    /// read-only connection of `QueryRunner`.
    func run(_ sql: String, on ledger: LedgerOptions, parameters resolved: QueryParameters? = nil) throws {
        try failing { try ledger.openForReading().close() }
        try reporting {
            // 0 is no limit; clamped to a year: a larger timeout means "no timeout", and must not overflow.
            let limit = timeout == 0 ? nil : Duration.milliseconds(Int64(min(timeout, 31_536_000) * 1000))
            let runner = try QueryRunner(path: ledger.path, timeout: limit)
            let cursor = try runner.query(sql, parameters: try resolved ?? QueryParameters(arguments: parameters))
            // A table fits the terminal's width (long text cut with "…"); other formats stay whole.
            try ResultWriter.write(cursor, as: resolvedFormat, to: FileSink.standardOutput(), table: .standardOutput())
        }
    }
}

/// Runs a query call, turning its `ReportsError` into a `Failure` (exit 1).
@discardableResult
func reporting<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as ReportsError {
        throw Failure(message: error.description)
    }
}
