import ArgumentParser

extension Poa.People {
    /// `poa people merge NAME --into PERSON`: the name is this person.
    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Confirm that a name written in filings is this person.")
        @OptionGroup var options: NameDecisionOptions
        @Option(help: "The person in the ledger the name is.") var into: String

        func run() throws { try reportingFailures { try options.decide(person: into, same: true) } }
    }
}
