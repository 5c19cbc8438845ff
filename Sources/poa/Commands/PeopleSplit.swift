import ArgumentParser

extension Poa.People {
    /// `poa people split NAME --from PERSON`: the name is not this person.
    struct Split: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Say that a name written in filings is not this person, whom its spelling would match.")
        @OptionGroup var options: NameDecisionOptions
        @Option(help: "The person in the ledger the name is not.") var from: String

        func run() throws { try reportingFailures { try options.decide(person: from, same: false) } }
    }
}
