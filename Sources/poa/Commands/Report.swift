import ArgumentParser
import POAAuthority
import POACore
import POAReports
import POAStore

extension Poa {
    /// `poa report list` and `poa report NAME`: the named reports shipped with poa.
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "report",
            abstract: "Run a named report, or list them (poa report list).",
            discussion: """
                Reports are read-only SQL statements shipped inside poa; each runs like poa sql, with \
                the same --format, --param and --timeout. poa report list shows each one with its \
                parameters. A parameter that is a person or an issuer is matched as poa authority \
                matches --grantor and --issuer (an unknown or ambiguous name fails, exit 1, listing \
                candidates); a day must be YYYY-MM-DD and a form one of ID, 3, 4, 5, 144 (else exit 64). \
                poa report list --format json prints {"reports": [{"name", "summary", "parameters": \
                [{"name", "kind", "value", "help"}]}]} (kind null for a plain value); its other formats \
                print the text list.
                """)

        @OptionGroup var ledger: LedgerOptions
        @OptionGroup var query: QueryOptions

        @Argument(help: ArgumentHelp("The report to run, or list.", valueName: "name"))
        var name: String

        /// Refuses a malformed day or form before the ledger is opened: a usage error (exit 64).
        func validate() throws {
            guard name != "list", let report = try? ReportCatalog.shipped.report(named: name),
                let given = try? QueryParameters(arguments: query.parameters)
            else { return }  // run() reports an unknown report; QueryOptions a malformed --param.
            for parameter in report.parameters {
                guard let kind = parameter.kind, let text = given.typed[parameter.name] else { continue }
                do {
                    _ = try ReportArgument.literal(kind, text)
                } catch {
                    throw ValidationError("--param \(parameter.name)=\(text): \(error.description).")
                }
            }
        }

        func run() throws {
            try reportingFailures {
                let catalog = ReportCatalog.shipped
                guard name != "list" else {
                    if query.format == .json {
                        print(AuthorityJSON.render(Self.json(catalog)))
                    } else {
                        printList(catalog)
                    }
                    return
                }
                let report = try reporting { try catalog.report(named: name) }
                let parameters = try ReportArgument.resolve(
                    try reporting { try QueryParameters(arguments: query.parameters) }, of: report, on: ledger)
                try query.run(report.sql, on: ledger, parameters: parameters)
            }
        }

        /// `{"reports": [{"name", "summary", "parameters": [{"name", "kind", "value", "help"}]}]}`:
        /// `kind` is person, issuer, day, form or filing (null for a value bound as typed), and
        /// `value` how to write it, as the text list shows it (NAME, YYYY-MM-DD, ...).
        static func json(_ catalog: ReportCatalog) -> [String: Any?] {
            let reports = catalog.reports.map { report -> [String: Any?] in
                let parameters = report.parameters.map { parameter -> [String: Any?] in
                    [
                        "name": parameter.name, "kind": parameter.kind?.rawValue, "help": parameter.help,
                        "value": parameter.kind.map(ReportArgument.valueName) ?? "VALUE",
                    ]
                }
                return ["name": report.name, "summary": report.summary, "parameters": parameters]
            }
            return ["reports": reports]
        }

        /// One line per report (name, then its summary), each parameter on a line below it.
        private func printList(_ catalog: ReportCatalog) {
            let width = catalog.reports.map(\.name.count).max() ?? 0
            for report in catalog.reports {
                let padding = String(repeating: " ", count: width - report.name.count)
                print("\(report.name)\(padding)  \(report.summary)")
                for parameter in report.parameters {
                    let help = parameter.help.isEmpty ? "" : "  \(parameter.help)"
                    let value = parameter.kind.map(ReportArgument.valueName) ?? "VALUE"
                    print("\(String(repeating: " ", count: width + 2))--param \(parameter.name)=\(value)\(help)")
                }
            }
        }
    }
}

/// What `poa report` binds for a parameter of a declared kind: a person or issuer resolved as
/// the commands resolve `--grantor` and `--issuer`, a checked day or form. A value that does not
/// resolve is refused, so a typo never reads as an empty report.
enum ReportArgument {
    /// How `poa report list` shows a value of `kind`.
    static func valueName(_ kind: ReportParameter.Kind) -> String {
        switch kind {
        case .person: "NAME"
        case .issuer: "NAME|CIK"
        case .day: "YYYY-MM-DD"
        case .form: "ID|3|4|5|144"
        case .filing: "FORM[/A]"
        }
    }

    /// The value of a day, form or filing parameter, checked without the ledger; nil for the
    /// kinds the ledger resolves (person, issuer).
    ///
    /// - Throws: `CoreError` naming the text and what to write instead.
    static func literal(_ kind: ReportParameter.Kind, _ text: String) throws(CoreError) -> ParameterValue? {
        switch kind {
        case .day: ParameterValue.text(try Day(iso: text).description)
        case .form: ParameterValue.text(try Form(naming: text).rawValue)
        case .filing: ParameterValue.text(try Form.filingType(naming: text))
        case .person, .issuer: nil
        }
    }

    /// `given` with each parameter of `report` that declares a kind bound to its resolved value:
    /// a person's or issuer's id, a day or form in its canonical spelling. Parameters without a
    /// kind, and those not given (the runner names them), are left as typed.
    ///
    /// - Throws: a `Failure`: exit 1 for an unknown or ambiguous person or issuer, with the
    ///   resolver's message; exit 3 for a ledger that cannot be read.
    static func resolve(_ given: QueryParameters, of report: Report, on ledger: LedgerOptions) throws -> QueryParameters {
        var parameters = given
        let typed = report.parameters.compactMap { parameter in
            parameter.kind.flatMap { kind in given.typed[parameter.name].map { (parameter.name, kind, $0) } }
        }
        for (name, kind, text) in typed {
            do {
                if let value = try literal(kind, text) { parameters.bind(name, to: value) }
            } catch {
                throw Failure(message: "--param \(name)=\(text): \(error.description)", exitCode: 64)
            }
        }
        let named = typed.filter { $0.1 == .person || $0.1 == .issuer }
        guard !named.isEmpty else { return parameters }
        let database = try ledger.openForReading()
        defer { try? database.close() }
        for (name, kind, text) in named {
            let id: Int64? = try querying {
                try database.snapshot { reader in
                    kind == .person ? try KnownPerson.named(text, in: reader).id : try KnownIssuer.named(text, in: reader).id
                }
            }
            if let id { parameters.bind(name, to: .integer(id)) }
        }
        return parameters
    }
}
