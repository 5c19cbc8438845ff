import ArgumentParser
import POAAuthority
import POACore

extension Poa {
    /// `poa departed`: a person left an issuer's employ.
    struct Departed: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "departed",
            abstract: "Record that a person left an issuer: authority tied to their employment ends that day.")

        @OptionGroup var ledger: LedgerOptions
        @Option(help: "The person who left.") var person: String
        @Option(help: "The issuer (name or CIK).") var issuer: String
        @Option(help: ArgumentHelp("The first day they were gone (YYYY-MM-DD).", valueName: "date")) var on: Day
        @OptionGroup var fact: FactOptions

        func run() throws {
            try reportingFailures {
                try fact.record(in: ledger) { try $0.departed(person: person, issuer: issuer, on: on, note: fact.note) }
            }
        }
    }
}
