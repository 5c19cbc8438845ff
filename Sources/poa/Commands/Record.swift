import ArgumentParser

extension Poa {
    /// `poa record grant|delegation|revocation`: an instrument entered by hand.
    struct Record: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Enter by hand an instrument of a stored document (one the reader could not read, or missed).",
            discussion: """
                The instrument is recorded as if it had been read, marked as entered by hand with
                who entered it, when and why (--note), and the document then counts as imported.
                It changes authority and verdicts at once; `poa undo ID` takes it back.
                """,
            subcommands: [Grant.self, Delegation.self, Revocation.self])
    }
}
