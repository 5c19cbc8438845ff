import ArgumentParser
import POAAuthority
import POACore

extension Poa {
    /// `poa revoke`: a revocation known from elsewhere.
    struct Revoke: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "revoke",
            abstract: "Record a revocation known from outside the filings: all grants, one grant by its date, or one attorney.")

        @OptionGroup var ledger: LedgerOptions
        @Option(help: "Whose grants are revoked.") var grantor: String
        @Option(help: "Only grants for this issuer (name or CIK).") var issuer: String?
        @Option(help: ArgumentHelp("Only the grant signed on this day.", valueName: "date")) var executedOn: Day?
        @Option(help: "Only this attorney's appointment.") var attorney: String?
        @Option(help: ArgumentHelp("The day the revocation takes effect (YYYY-MM-DD).", valueName: "date")) var on: Day
        @OptionGroup var fact: FactOptions

        func run() throws {
            try reportingFailures {
                try fact.record(in: ledger) {
                    try $0.revoked(grantor: grantor, issuer: issuer, executedOn: executedOn, attorney: attorney, on: on, note: fact.note)
                }
            }
        }
    }
}
