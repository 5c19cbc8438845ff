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
func changeFacts(
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
