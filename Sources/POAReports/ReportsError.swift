import Foundation

/// Everything that can go wrong running a query or a named report, in words a user can act on.
///
/// SQLite's own messages are kept (they name the column or the token at fault) but always
/// framed by what was being done and what to try next.
public enum ReportsError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The database file could not be opened for reading.
    case cannotOpen(path: String, detail: String)
    /// The SQL does not compile (syntax error, unknown table or column...).
    case invalidSQL(detail: String)
    /// The text holds no statement at all (empty, or only comments).
    case emptyQuery
    /// The text holds more than one statement; only one may run.
    case multipleStatements(rest: String)
    /// The statement would change something, or uses a feature the read-only runner refuses.
    case refused(reason: String)
    /// The statement names a parameter that was not given with `--param`.
    case missingParameter(name: String)
    /// A `--param` was given that the statement does not use.
    case unknownParameter(name: String, known: [String])
    /// A `--param` that is not `name=value`.
    case malformedParameter(argument: String)
    /// Positional `?` placeholders, which `--param name=value` cannot fill.
    case positionalParameter
    /// The query ran longer than `--timeout` and was stopped.
    case timedOut(seconds: Double)
    /// SQLite failed while producing rows.
    case executionFailed(detail: String)
    /// No named report has this name.
    case unknownReport(name: String, known: [String])
    /// Writing the output failed (a closed pipe, a full disk).
    case outputFailed(detail: String)

    public var description: String {
        switch self {
        case .cannotOpen(let path, let detail):
            return "cannot open \(path) for reading (\(detail)); check the path given with --db"
        case .invalidSQL(let detail):
            return "the query does not compile: \(detail)"
        case .emptyQuery:
            return "the query is empty: give one SELECT statement"
        case .multipleStatements(let rest):
            return "only one statement may run, but more follows the first: \(Self.excerpt(rest)); "
                + "run each statement separately"
        case .refused(let reason):
            return "refused: \(reason). Queries are read-only: one SELECT (or a read-only PRAGMA); "
                + "the database was not changed"
        case .missingParameter(let name):
            return "the query uses :\(name) but no value was given: add --param \(name)=VALUE"
        case .unknownParameter(let name, let known):
            let uses = known.isEmpty ? "no parameters" : known.map { ":\($0)" }.joined(separator: ", ")
            return "--param \(name) is not used by the query (it uses \(uses)); check the spelling"
        case .malformedParameter(let argument):
            return "--param \(argument) is not of the form name=value (for example --param day=2024-03-01)"
        case .positionalParameter:
            return "the query uses a positional ? placeholder; name it instead (:name) and pass --param name=VALUE"
        case .timedOut(let seconds):
            return "the query was stopped after the \(Self.format(seconds)) s timeout; "
                + "narrow it, or allow more time with --timeout"
        case .executionFailed(let detail):
            return "the query failed while running: \(detail)"
        case .unknownReport(let name, let known):
            return "no report named \(name); the reports are: \(known.joined(separator: ", ")) (see poa report list)"
        case .outputFailed(let detail):
            return "could not write the output: \(detail)"
        }
    }

    private static func excerpt(_ text: String) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
            .trimmingCharacters(in: .whitespaces)
        return flat.count > 40 ? "\"\(flat.prefix(40))...\"" : "\"\(flat)\""
    }

    private static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }
}
