import ArgumentParser
import Foundation
import POAAuthority
import POACore
import POAImport
import POAStore

/// Changes the recorded facts through `FactRecorder`, then prints the line `describe` makes.
private func changeFacts(
    _ ledger: LedgerOptions, _ body: (FactRecorder) throws -> RecordedFact,
    describe: (RecordedFact) -> String = {
        "recorded fact #\($0.id ?? 0): \($0.kind.rawValue) on \($0.onDay) (undo with: poa undo \($0.id ?? 0))"
    }
) throws {
    let facts = FactRecorder(ledger: try ledger.openForWriting(), recordedBy: changeAuthor)
    let fact = try querying {
        do {
            return try body(facts)
        } catch let error as FactError {
            throw Failure(message: error.description)
        }
    }
    print(describe(fact))
}

extension Poa {
    /// `poa obligations-end`: a grantor's Section 16 obligations for an issuer ended.
    struct ObligationsEnd: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "obligations-end",
            abstract: "Record that a grantor's Section 16 obligations for an issuer ended (they left): their grants for it end that day.")

        @OptionGroup var ledger: LedgerOptions
        @Option(help: "The insider.") var grantor: String
        @Option(help: "The issuer (name or CIK).") var issuer: String
        @Option(help: ArgumentHelp("The first day without obligations (YYYY-MM-DD).", valueName: "date")) var on: Day
        @Option(help: "Why, or where this is known from.") var note: String?

        func run() throws {
            try reportingFailures {
                try changeFacts(ledger) { try $0.obligationsEnded(grantor: grantor, issuer: issuer, on: on, note: note) }
            }
        }
    }

    /// `poa revoke`: a revocation known from elsewhere.
    struct Revoke: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "revoke",
            abstract: "Record a revocation known from outside the filings: all grants, one grant by its date, or one attorney.")

        @OptionGroup var ledger: LedgerOptions
        @Option(help: "Whose grants are revoked.") var grantor: String
        @Option(help: "Only grants for this issuer (name or CIK).") var issuer: String?
        @Option(help: ArgumentHelp("Only the grant signed on this day.", valueName: "date")) var executedOn: Day?
        @Option(help: "Only this attorney's appointment.") var attorney: String?
        @Option(help: ArgumentHelp("The day the revocation takes effect (YYYY-MM-DD).", valueName: "date")) var on: Day
        @Option(help: "Why, or where this is known from.") var note: String?

        func run() throws {
            try reportingFailures {
                try changeFacts(ledger) {
                    try $0.revoked(grantor: grantor, issuer: issuer, executedOn: executedOn, attorney: attorney, on: on, note: note)
                }
            }
        }
    }

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

        func run() throws {
            try reportingFailures {
                try changeFacts(ledger) { try $0.departed(person: person, issuer: issuer, on: on, note: note) }
            }
        }
    }

    /// `poa undo FACT-ID`: takes back a recorded fact.
    struct Undo: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "undo",
            abstract: "Undo a recorded fact, a hand entry or a correction (it stays in the ledger, marked undone) and recompute authority.")

        @OptionGroup var ledger: LedgerOptions
        @Argument(help: ArgumentHelp("The number printed when the fact, entry or correction was made.", valueName: "fact-id"))
        var factId: Int64

        func run() throws {
            try reportingFailures {
                let hands = HandChanges(ledger: try ledger.openForWriting(), who: changeAuthor)
                if try changingByHand({ try hands.isHandChange(factId) }) {
                    let change = try changingByHand { try hands.undo(factId) }
                    switch change.kind {
                    case .entry: print("undone entry #\(factId): its instrument left the ledger")
                    case .correction: print("undone correction #\(factId): \(change.field ?? "") is back to its earlier value")
                    }
                    return
                }
                try changeFacts(ledger, { try $0.undo(factId) }) { "undone fact #\(factId): \($0.kind.rawValue) on \($0.onDay)" }
            }
        }
    }
}
