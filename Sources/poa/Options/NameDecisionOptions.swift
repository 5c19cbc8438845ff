import ArgumentParser
import POAAuthority
import POAStore

/// What both name decisions take (`poa people merge` and `poa people split`), and how they are recorded.
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
