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
        @Option(help: "Why, or where this is known from.") var note: String?
        @OptionGroup var author: AuthorOption
        @Option(help: "text or json: {\"fact\", \"changed\": {\"intervals\", \"verdicts\"}}.") var format: TextOrJSON = .text

        func run() throws {
            try reportingFailures {
                try changeFacts(ledger, by: try changeAuthor(by: author.by), format: format) { try $0.departed(person: person, issuer: issuer, on: on, note: note) }
            }
        }
    }
}
