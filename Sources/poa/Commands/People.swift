import ArgumentParser

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
