import ArgumentParser
import POAAuthority
import POAStore

extension Poa {
    /// `poa people merge|split`: a person's decision about a name written in filings.
    struct People: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Say that a name written in filings is, or is not, a person in the ledger.",
            discussion: """
                The audit matches a signer's name to people by spelling; a name that fits someone known \
                only from other issuers' filings is not taken as an identification. These decisions settle \
                it: merge confirms the name is the person, split says it is not. Each is recorded with who, \
                when and why, the signatures under that name are judged again at once, and `poa undo ID` \
                takes it back.
                """,
            subcommands: [Merge.self, Split.self])
    }
}

/// What both decisions take.
struct NameDecisionOptions: ParsableArguments {
    @OptionGroup var ledger: LedgerOptions
    @Argument(help: ArgumentHelp("The name as the filings write it (a signature's name).", valueName: "name"))
    var name: String
    @Option(help: "Why, and from what: required, kept with the decision and in the log.") var note: String?

    func decide(person: String, same: Bool) throws {
        let outcome = try querying {
            do {
                return try NameDecisions(ledger: try ledger.openForWriting(), recordedBy: changeAuthor)
                    .decide(name: name, is: person, same: same, note: note ?? "")
            } catch let error as NameDecisionError {
                throw Failure(message: error.description)
            }
        }
        let id = outcome.decision.id ?? 0
        print(
            "recorded #\(id): \"\(outcome.decision.spelling)\" \(same ? "is" : "is not") \(person); "
                + "\(outcome.signatures) signature(s) under that name judged again (undo with: poa undo \(id))")
    }
}

extension Poa.People {
    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Confirm that a name written in filings is this person.")
        @OptionGroup var options: NameDecisionOptions
        @Option(help: "The person in the ledger the name is.") var into: String

        func run() throws { try reportingFailures { try options.decide(person: into, same: true) } }
    }

    struct Split: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Say that a name written in filings is not this person, whom its spelling would match.")
        @OptionGroup var options: NameDecisionOptions
        @Option(help: "The person in the ledger the name is not.") var from: String

        func run() throws { try reportingFailures { try options.decide(person: from, same: false) } }
    }
}
