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
            discussion: """
                The reasons name the instruments and clauses, with document and lines; for a no, what is missing \
                or what ended the authority and when; and what the ledger holds about the grantor but could not \
                place (a grant whose issuer could not be read, a document waiting for review). --on defaults to \
                today (UTC). Exit code: 0 for a yes, 1 for a no (so a script can branch on it), and 1 with an \
                Error: line when the question cannot be answered (an unknown name).
                """)

        @OptionGroup var ledger: LedgerOptions

        @Option(help: "The attorney-in-fact.")
        var attorney: String

        @Option(help: "The insider (grantor).")
        var grantor: String

        @Option(help: ArgumentHelp("The day (YYYY-MM-DD). Default: today.", valueName: "date"))
        var on: Day?

        @Option(help: "The form (Form 4, form id... are read too). Default: any form.")
        var form: Form?

        @Option(help: "Only authority for securities of this issuer (name or CIK).")
        var issuer: String?

        @Option(help: "text or json.")
        var format: TextOrJSON = .text

        func run() throws {
            var authorized = true
            try reportingFailures {
                let reader = AuthorityReader(ledger: try ledger.openForReading())
                let explanation = try querying {
                    try reader.explain(attorney: attorney, grantor: grantor, on: on ?? Day.today, form: form, issuer: issuer)
                }
                authorized = explanation.authorized
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
            // A no is an answer, not a failure: nothing on stderr, but a script can branch on it.
            if !authorized { throw ExitCode(1) }
        }
    }
}
