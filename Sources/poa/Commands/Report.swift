import ArgumentParser
import POAReports

extension Poa {
    /// `poa report list` and `poa report NAME`: the named reports shipped with poa.
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "report",
            abstract: "Run a named report, or list them (poa report list).",
            discussion: """
                Reports are read-only SQL statements shipped inside poa; each runs like poa sql, with \
                the same --format, --param and --timeout. poa report list shows each one with its \
                parameters.
                """)

        @OptionGroup var ledger: LedgerOptions
        @OptionGroup var query: QueryOptions

        @Argument(help: ArgumentHelp("The report to run, or list.", valueName: "name"))
        var name: String

        func run() throws {
            try reportingFailures {
                let catalog = ReportCatalog.shipped
                guard name != "list" else {
                    printList(catalog)
                    return
                }
                let report = try reporting { try catalog.report(named: name) }
                try query.run(report.sql, on: ledger)
            }
        }

        /// One line per report (name, then its summary), each parameter on a line below it.
        private func printList(_ catalog: ReportCatalog) {
            let width = catalog.reports.map(\.name.count).max() ?? 0
            for report in catalog.reports {
                let padding = String(repeating: " ", count: width - report.name.count)
                print("\(report.name)\(padding)  \(report.summary)")
                for parameter in report.parameters {
                    let help = parameter.help.isEmpty ? "" : "  \(parameter.help)"
                    print("\(String(repeating: " ", count: width + 2))--param \(parameter.name)=VALUE\(help)")
                }
            }
        }
    }
}
