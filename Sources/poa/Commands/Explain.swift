import ArgumentParser
import POAAuthority
import POACore
import POAStore

extension Poa {
    /// `poa explain`: yes or no, and why.
    struct Explain: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "explain",
            abstract: "May this attorney sign for this grantor on this day? Yes or no, and why.",
            discussion: "The reasons name the instruments and clauses, with document and lines; for a no, what is missing or what ended the authority and when.")

        @OptionGroup var ledger: LedgerOptions

        @Option(help: "The attorney-in-fact.")
        var attorney: String

        @Option(help: "The insider (grantor).")
        var grantor: String

        @Option(help: ArgumentHelp("The day (YYYY-MM-DD).", valueName: "date"))
        var on: Day

        @Option(help: "The form (Form 4, form id... are read too). Default: any form.")
        var form: Form?

        @Option(help: "text or json.")
        var format: TextOrJSON = .text

        func run() throws {
            try reportingFailures {
                let reader = AuthorityReader(ledger: try ledger.openForReading())
                let explanation = try querying { try reader.explain(attorney: attorney, grantor: grantor, on: on, form: form) }
                switch format {
                case .json:
                    print(
                        AuthorityJSON.render([
                            "authorized": explanation.authorized, "reasons": explanation.reasons,
                            "via": explanation.via.flatMap { $0.map(AuthorityJSON.link) },
                        ] as [String: Any?]))
                case .text:
                    print(explanation.authorized ? "YES" : "NO")
                    for reason in explanation.reasons { print("  \(reason)") }
                }
            }
        }
    }
}
