/// A parameter of a named report: a `:name` placeholder in its SQL, and what to pass.
public struct ReportParameter: Equatable, Sendable {
    /// What a parameter's value means, declared by the word after its name in the report's
    /// comment header (`-- :grantor person  the grantor`), so `poa report` can resolve the value
    /// as the commands do instead of comparing text, and refuse what does not resolve.
    public enum Kind: String, CaseIterable, Sendable {
        /// A person in the ledger, named as on the command line; binds the person's id.
        case person
        /// An issuer in the ledger, by name or CIK; binds the issuer's id.
        case issuer
        /// A day, `YYYY-MM-DD`; binds it as that text.
        case day
        /// A form `poa` answers for (`ID`, `3`, `4`, `5`, `144`); binds its canonical name.
        case form
        /// A filing's form type: a form, or its amendment (`4/A`); binds the canonical name.
        case filing
    }

    /// The name, without the `:`; given as `--param name=VALUE`.
    public let name: String
    /// What to pass, from a `-- :name [kind] what it is` comment line of the file; empty if none.
    public let help: String
    /// What the value means, when the comment line declares it; nil binds the value as typed.
    public let kind: Kind?

    public init(name: String, help: String, kind: Kind? = nil) {
        self.name = name
        self.help = help
        self.kind = kind
    }
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
        var declared: [String: (help: String, kind: ReportParameter.Kind?)] = [:]
        for comment in comments where comment.hasPrefix(":") {
            let blank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
            let words = comment.dropFirst().split(maxSplits: 1, whereSeparator: blank)
            guard let name = words.first else { continue }
            var help = words.count > 1 ? words[1].drop(while: blank) : ""
            // A first word naming a kind declares it; any other first word is help text.
            let first = help.prefix { !blank($0) }
            let kind = ReportParameter.Kind(rawValue: String(first))
            if kind != nil { help = help.dropFirst(first.count).drop(while: blank) }
            declared[String(name)] = (String(help), kind)
        }
        parameters = SQLTail.parameterNames(in: sql).map {
            ReportParameter(name: $0, help: declared[$0]?.help ?? "", kind: declared[$0]?.kind)
        }
    }
}

/// The named reports shipped with `poa`: every `Sources/POAReports/SQL/*.sql` file, embedded at
/// build time by the `EmbedSQL` plugin, so the binary needs no files beside it.
///
/// Adding a report is adding a file: `SQL/NAME.sql`, whose first line is a `-- ` comment saying
/// in one line what it lists, optionally `-- :param KIND what to pass` lines, then one SELECT
/// using `:param` placeholders. KIND (`person`, `issuer`, `day`, `form`, `filing`; see
/// ``ReportParameter/Kind``) makes `poa report` resolve the value and refuse what does not
/// resolve; a parameter without one is bound as typed.
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
