import ArgumentParser
import POAAuthority

/// What every command that records a fact takes after its own options (`poa obligations-end`,
/// `revoke`, `departed`): why (`--note`), who (`--by`) and how to print what changed
/// (`--format`); and the recording itself, with them.
struct FactOptions: ParsableArguments {
    @Option(help: "Why, or where this is known from.") var note: String?
    @OptionGroup var author: AuthorOption
    @Option(help: "text or json: {\"fact\", \"changed\": {\"intervals\", \"verdicts\"}}.") var format: TextOrJSON = .text

    /// Records the fact `body` makes, in the ledger `ledger` names and by whom `--by` (or the
    /// environment) says, then prints what it changed.
    func record(in ledger: LedgerOptions, _ body: (FactRecorder) throws -> FactChange) throws {
        try changeFacts(ledger, by: try changeAuthor(by: author.by), format: format, body)
    }
}
