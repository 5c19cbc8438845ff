import ArgumentParser
import POAAuthority
import POACore

extension Poa {
    /// `poa obligations-end`: a grantor's Section 16 obligations for an issuer ended.
    struct ObligationsEnd: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "obligations-end",
            abstract: "Record that a grantor's Section 16 obligations for an issuer ended (they left): their grants for it end that day.")

        @OptionGroup var ledger: LedgerOptions
        @Option(help: "The insider.") var grantor: String
        @Option(help: "The issuer (name or CIK).") var issuer: String
        @Option(help: ArgumentHelp("The first day without obligations (YYYY-MM-DD).", valueName: "date")) var on: Day
        @OptionGroup var fact: FactOptions

        func run() throws {
            try reportingFailures {
                try fact.record(in: ledger) { try $0.obligationsEnded(grantor: grantor, issuer: issuer, on: on, note: fact.note) }
            }
        }
    }
}
