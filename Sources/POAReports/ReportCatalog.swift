/// A parameter of a named report: a `:name` placeholder in its SQL, and what to pass.
public struct ReportParameter: Equatable, Sendable {
    /// The name, without the `:`; given as `--param name=VALUE`.
    public let name: String
    /// What to pass, from a `-- :name what it is` comment line of the file; empty if none.
    public let help: String
}

/// A named report: one read-only SQL statement shipped with `poa`.
public struct Report: Equatable, Sendable {
    /// The name, from the file name without `.sql` (`documents-needing-review`).
    public let name: String
    /// One line saying what the report lists: the file's first `-- ` comment line.
    public let summary: String
    /// The `:name` placeholders the SQL uses, in order of first use.
    public let parameters: [ReportParameter]
    /// The SQL text, exactly as shipped.
    public let sql: String

    /// Reads a report's name, summary and parameters from its file name and text.
    init(name: String, sql: String) {
        self.name = name
        self.sql = sql
        let comments = sql.split(whereSeparator: \.isNewline)
            .map { $0.drop { $0 == " " || $0 == "\t" } }
            .filter { $0.hasPrefix("--") }
            .map { $0.dropFirst(2).drop { $0 == " " } }
        summary = comments.first { !$0.hasPrefix(":") && !$0.isEmpty }.map(String.init) ?? ""
        var help: [String: String] = [:]
        for comment in comments where comment.hasPrefix(":") {
            let words = comment.dropFirst().split(maxSplits: 1, whereSeparator: { $0 == " " || $0 == "\t" })
            if let name = words.first {
                help[String(name)] = words.count > 1 ? String(words[1].drop { $0 == " " }) : ""
            }
        }
        parameters = SQLTail.parameterNames(in: sql).map { ReportParameter(name: $0, help: help[$0] ?? "") }
    }
}

/// The named reports shipped with `poa`: every `Sources/POAReports/SQL/*.sql` file, embedded at
/// build time by the `EmbedSQL` plugin, so the binary needs no files beside it.
///
/// Adding a report is adding a file: `SQL/NAME.sql`, whose first line is a `-- ` comment saying
/// in one line what it lists, optionally `-- :param what to pass` lines, then one SELECT using
/// `:param` placeholders.
///
/// For example:
///
/// ```swift
/// let report = try ReportCatalog.shipped.report(named: "documents-needing-review")
/// let cursor = try runner.query(report.sql, parameters: parameters)
/// ```
public struct ReportCatalog: Sendable {
    /// The reports, sorted by name.
    public let reports: [Report]

    /// A catalog of the given `(name, sql)` files.
    public init(files: [(name: String, sql: String)]) {
        reports = files.map { Report(name: $0.name, sql: $0.sql) }.sorted { $0.name < $1.name }
    }

    /// The reports embedded in this binary.
    public static let shipped = ReportCatalog(files: EmbeddedSQL.all)

    /// The report called `name`.
    ///
    /// - Throws: `ReportsError.unknownReport`, listing the names there are.
    public func report(named name: String) throws(ReportsError) -> Report {
        guard let report = reports.first(where: { $0.name == name }) else {
            throw .unknownReport(name: name, known: reports.map(\.name))
        }
        return report
    }
}
