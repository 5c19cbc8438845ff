import ArgumentParser
import Foundation
import POAAuthority
import POACore
import POAImport
import POAStore

/// Changes the recorded facts through `FactRecorder` as `author`, then prints the line
/// `describe` makes and what the change did to authority and verdicts, or with `.json` the
/// object ``factChangeJSON(_:listing:)`` makes. A recorded fact that changed nothing is still
/// kept (it may matter for instruments imported later), but a warning on stderr says so and how
/// to undo it: a silent no-op is how a typo in a date goes unseen.
private func changeFacts(
    _ ledger: LedgerOptions, by author: String, format: TextOrJSON, _ body: (FactRecorder) throws -> FactChange,
    describe: (FactChange) -> String = {
        "recorded fact #\($0.id ?? 0): \($0.kind.rawValue) on \($0.onDay) (undo with: poa undo \($0.id ?? 0))"
    },
    warnIfNothing: Bool = true
) throws {
    let opened = try ledger.openForWriting()
    let facts = FactRecorder(ledger: opened, recordedBy: author)
    let change = try querying {
        do {
            return try body(facts)
        } catch let error as FactError {
            throw Failure(message: error.description)
        }
    }
    switch format {
    case .json:
        // The fact as `poa facts` lists it (names, not ids), read back after the change.
        let listing = try querying { try AuthorityReader(ledger: opened).facts().first { $0.id == change.id } }
        print(AuthorityJSON.render(factChangeJSON(change, listing: listing)))
    case .text:
        print(describe(change))
        for line in effectLines(change.effect) { print("  \(line)") }
    }
    if warnIfNothing, change.effect.isEmpty {
        let id = change.id ?? 0
        printError(
            "warning: fact #\(id) changed no interval of authority and no signature verdict: \(whyNothing(change.fact)) "
                + "It is recorded all the same; if it is a mistake, undo it with: poa undo \(id)")
    }
}

/// `{"fact": {...}, "changed": {"intervals": [...], "verdicts": [...]}}`: the fact in the shape
/// of `poa facts --format json`, and every interval and verdict it changed (none left out, unlike
/// the text, which lists ten of each). An interval is `{"kind", "grantor", "attorney", "issuer",
/// "from", "until_before", "until_after"}` (null until: open); a verdict `{"signature_id",
/// "document", "form", "signed_on", "signer", "before", "after"}`.
func factChangeJSON(_ change: FactChange, listing: FactListing?) -> [String: Any?] {
    let intervals = change.effect.intervals.map { interval -> [String: Any?] in
        [
            "kind": interval.kind.rawValue, "grantor": interval.grantor, "attorney": interval.attorney,
            "issuer": interval.issuer, "from": interval.from.description,
            "until_before": interval.untilBefore?.description, "until_after": interval.untilAfter?.description,
        ]
    }
    let verdicts = change.effect.verdicts.map { verdict -> [String: Any?] in
        [
            "signature_id": verdict.signatureId, "document": verdict.document, "form": verdict.form.rawValue,
            "signed_on": verdict.signedOn.description, "signer": verdict.signer,
            "before": verdict.before, "after": verdict.after,
        ]
    }
    let fact: [String: Any?] = listing.map(Poa.Facts.json) ?? [
        "id": change.id, "kind": change.kind.rawValue, "day": change.onDay.description, "note": change.note,
        "who": change.recordedBy, "when": change.recordedAt, "undone": change.undoneAt,
    ]
    return ["fact": fact, "changed": ["intervals": intervals, "verdicts": verdicts] as [String: Any?]]
}

/// The most lines of each kind listed; the rest are counted.
private let listedChanges = 10

/// What a fact changed, in lines: a count and a short list of the intervals, then the verdicts.
private func effectLines(_ effect: FactEffect) -> [String] {
    var lines: [String] = []
    if !effect.intervals.isEmpty {
        let count = effect.intervals.count
        lines.append("\(count) interval\(count == 1 ? "" : "s") of authority changed:")
        for change in effect.intervals.prefix(listedChanges) {
            let issuer = change.issuer.map { " (\($0))" } ?? ""
            let was = change.untilBefore.map { "until \($0)" } ?? "open"
            let now = change.untilAfter.map { "until \($0)" } ?? "open"
            let what: String
            switch change.kind {
            case .removed: what = "removed (it was \(was))"
            case .added: what = "added, \(now)"
            default: what = "\(change.kind.rawValue): now \(now), was \(was)"
            }
            lines.append("  \(change.attorney) for \(change.grantor)\(issuer) from \(change.from): \(what)")
        }
        if count > listedChanges { lines.append("  ... and \(count - listedChanges) more (see poa timeline)") }
    }
    if !effect.verdicts.isEmpty {
        let count = effect.verdicts.count
        lines.append("\(count) signature verdict\(count == 1 ? "" : "s") changed:")
        for change in effect.verdicts.prefix(listedChanges) {
            lines.append(
                "  Form \(change.form) of \(change.signedOn) signed by \(change.signer) (\(change.document)): "
                    + "\(change.before) -> \(change.after)")
        }
        if count > listedChanges { lines.append("  ... and \(count - listedChanges) more (see poa audit)") }
    }
    return lines
}

/// What to check when a fact changed nothing, by kind.
private func whyNothing(_ fact: RecordedFact) -> String {
    switch fact.kind {
    case .revocation:
        return "no grant it revokes was signed by \(fact.onDay) and in force from then on; a revocation does not reach grants signed after it (is the day, grantor, issuer or grant date right? see poa timeline)."
    case .departure:
        return "no grant in force on or after \(fact.onDay) ties this person's authority to their employment at that issuer (the grants last until revoked or until the grantor's obligations end)."
    case .obligationsEnd:
        return "no grant of this grantor for that issuer was in force on or after \(fact.onDay) (see poa timeline)."
    }
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
        @OptionGroup var author: AuthorOption
        @Option(help: "text or json: {\"fact\", \"changed\": {\"intervals\", \"verdicts\"}}.") var format: TextOrJSON = .text

        func run() throws {
            try reportingFailures {
                try changeFacts(ledger, by: try changeAuthor(by: author.by), format: format) { try $0.obligationsEnded(grantor: grantor, issuer: issuer, on: on, note: note) }
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
        @OptionGroup var author: AuthorOption
        @Option(help: "text or json: {\"fact\", \"changed\": {\"intervals\", \"verdicts\"}}.") var format: TextOrJSON = .text

        func run() throws {
            try reportingFailures {
                try changeFacts(ledger, by: try changeAuthor(by: author.by), format: format) {
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
        @OptionGroup var author: AuthorOption
        @Option(help: "text or json: {\"fact\", \"changed\": {\"intervals\", \"verdicts\"}}.") var format: TextOrJSON = .text

        func run() throws {
            try reportingFailures {
                try changeFacts(ledger, by: try changeAuthor(by: author.by), format: format) { try $0.departed(person: person, issuer: issuer, on: on, note: note) }
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
