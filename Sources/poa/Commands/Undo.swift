import ArgumentParser
import POAAuthority
import POAImport
import POAStore

extension Poa {
    /// `poa undo FACT-ID`: takes back a recorded fact.
    struct Undo: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "undo",
            abstract: "Undo a recorded fact, a hand entry or a correction (it stays in the ledger, marked undone) and recompute authority.")

        @OptionGroup var ledger: LedgerOptions
        @Argument(help: ArgumentHelp("The number printed when the fact, entry or correction was made.", valueName: "fact-id"))
        var factId: Int64

        @Option(help: "text or json: {\"fact\", \"changed\"} for a fact, {\"hand_change\": {\"id\", \"kind\", \"field\"}} for an entry or correction.")
        var format: TextOrJSON = .text

        func run() throws {
            try reportingFailures {
                let hands = HandChanges(ledger: try ledger.openForWriting(), who: changeAuthor)
                if try changingByHand({ try hands.isHandChange(factId) }) {
                    let change = try changingByHand { try hands.undo(factId) }
                    if format == .json {
                        let undone: [String: Any?] = ["id": factId, "kind": change.kind.rawValue, "field": change.field]
                        return print(AuthorityJSON.render(["hand_change": undone] as [String: Any?]))
                    }
                    switch change.kind {
                    case .entry: print("undone entry #\(factId): its instrument left the ledger")
                    case .correction: print("undone correction #\(factId): \(change.field ?? "") is back to its earlier value")
                    }
                    return
                }
                let names = NameDecisions(ledger: try ledger.openForWriting(), recordedBy: changeAuthor)
                if try querying({ try names.isDecision(factId) }) {
                    let outcome = try querying {
                        do {
                            return try names.undo(factId)
                        } catch let error as NameDecisionError {
                            throw Failure(message: error.description)
                        }
                    }
                    if format == .json {
                        let undone: [String: Any?] = [
                            "id": factId, "spelling": outcome.decision.spelling, "same": outcome.decision.same,
                            "signatures": outcome.signatures,
                        ]
                        return print(AuthorityJSON.render(["name_decision": undone] as [String: Any?]))
                    }
                    return print(
                        "undone name decision #\(factId) about \"\(outcome.decision.spelling)\"; "
                            + "\(outcome.signatures) signature(s) judged again")
                }
                try changeFacts(
                    ledger, by: changeAuthor, format: format, { try $0.undo(factId) },
                    describe: { "undone fact #\(factId): \($0.kind.rawValue) on \($0.onDay)" }, warnIfNothing: false)
            }
        }
    }
}
