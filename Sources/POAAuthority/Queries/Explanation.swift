import Foundation
import POACore
import POAStore

/// The answer to "may A sign form F for P on day D?", with the reasons behind it (rule 7).
public struct Explanation: Sendable {
    public var authorized: Bool
    /// Sentences a person can read: which instruments and clauses give the authority (with
    /// document and lines), or for a no, what is missing or what ended it and when.
    public var reasons: [String]
    /// The chain(s) of instruments that give the authority; empty for a no.
    public var via: [[ViaLink]]
    /// For a no, what stands in the way (the most telling finding when there are several); nil for a yes.
    public var cause: Cause?

    /// Why an attorney may not sign, in one word, for reports and audits.
    public enum Cause: String, Sendable, CaseIterable {
        /// Authority was in force that day, but not for this form.
        case formNotCovered = "form-not-in-scope"
        /// Authority was in force that day, but for securities of another issuer.
        case otherIssuer = "other-issuer"
        /// The authority begins only later (the POA or the delegation was not signed yet).
        case notYetInForce = "not-yet-signed"
        /// It ended before that day, and how.
        case superseded, revoked, expired, ended
        case obligationsEnded = "obligations-ended"
        case attorneyDeparted = "attorney-departed"
        /// The only instrument naming the attorney is a delegation that gives no authority.
        case delegationInvalid = "delegation-invalid"
        /// POAs of the grantor are on file, but none names the attorney.
        case notNamed = "not-named"
        /// No POA of the grantor is on file.
        case noPOA = "no-poa"
    }
}

extension AuthorityReader {
    /// Whether `attorney` may sign `form` (any form, when nil) for `grantor` on `day` (for
    /// securities of `issuer`, when given), and why.
    ///
    /// Besides the rules' answer, the reasons name what the ledger holds about the grantor but
    /// could not place: grants whose issuer could not be read (when asked about an issuer, they
    /// are counted as possibly covering it), and documents waiting for review that mention the
    /// grantor (a newer POA among them could change the answer).
    public func explain(
        attorney: String, grantor: String, on day: Day, form: Form? = nil, issuer: String? = nil
    ) throws -> Explanation {
        try ledger.snapshot { reader in
            let matcher = NameMatcher(reader: reader)
            let principal = try matcher.person(grantor), agent = try matcher.person(attorney)
            let company = try issuer.map { try matcher.issuer($0) }
            let namer = EntryNamer(reader: reader)
            var explanation = try Explainer(
                reader: reader, namer: namer, grantor: principal, attorney: agent, day: day, form: form, issuer: company
            ).explain()
            explanation.reasons += try Unplaced(reader: reader, namer: namer, grantor: principal, issuer: company).reasons()
            return explanation
        }
    }
}

/// What the ledger holds about a grantor but cannot place in the answer (rule 7: doubt is said).
struct Unplaced {
    let reader: LedgerReader
    let namer: EntryNamer
    let grantor: Person
    let issuer: Issuer?

    func reasons() throws -> [String] {
        var reasons: [String] = []
        if let issuer, let grantorId = grantor.id {
            let grants = try reader.historyRows(grantorId: grantorId).instruments
                .filter { $0.kind == .grant && $0.grantorId == grantorId && $0.issuerId == nil }
            for grant in grants {
                let link = try namer.link(grant.id)
                reasons.append(
                    "The grant by \(link.grantor) of \(link.executedOn) (\(link.document), lines \(link.lines)) names no issuer "
                        + "that could be read: it may or may not be for \(Explainer.sentence(issuer.name)) It is counted as "
                        + "covering it; correct its issuer with poa correct \(grant.id) --set issuer=NAME if it is not.")
            }
        }
        let name = grantor.name.lowercased()
        for item in try reader.reviewItems(today: Day.today) where item.kind == .needsReview {
            guard let text = try reader.document(id: item.document)?.text, text.lowercased().contains(name) else { continue }
            reasons.append(
                "\(item.path) (document #\(item.document)) mentions \(grantor.name) but waits for review, so it is not counted: "
                    + "\(Explainer.sentence(item.reason)) If it holds a power of attorney by \(grantor.name), it may change "
                    + "this answer: see poa show \(item.document), then poa record or poa correct.")
        }
        return reasons
    }
}

/// Works out the reasons for one explanation.
struct Explainer {
    let reader: LedgerReader
    let namer: EntryNamer
    let grantor: Person
    let attorney: Person
    let day: Day
    let form: Form?
    /// When set, only authority for this issuer counts (or a POA that names no issuer).
    var issuer: Issuer? = nil

    typealias Cause = Explanation.Cause

    /// The forms a "no" is about: the one asked about, else any form at all.
    var scope: String { form.map { "Form \($0)" } ?? "any form" }

    /// The forms a "yes" is about: the one asked about; else the forms the covering intervals
    /// give, "any form" only when they give every Section 16 form (ID, 3, 4, 5 and 144), so
    /// that a grant of Forms 3, 4 and 5 is not said to allow Form ID or Form 144.
    func scope(covering intervals: [StoredInterval]) -> String {
        if let form { return "Form \(form)" }
        let covered = Form.canonical(intervals.flatMap(\.formList))
        if Form.section16.allSatisfy(covered.contains) { return "any form" }
        return Self.forms(covered)
    }

    /// "Form 4", or "Forms 3, 4, 5".
    static func forms(_ forms: [Form]) -> String {
        forms.count == 1 ? "Form \(forms[0])" : "Forms " + forms.map(\.rawValue).joined(separator: ", ")
    }

    func explain() throws -> Explanation {
        let grantorId = grantor.id ?? -1, attorneyId = attorney.id ?? -1
        let all = try reader.intervals(grantorId: grantorId).filter { $0.attorneyId == attorneyId }
        let intervals = all.filter { issuer == nil || $0.issuerId == nil || $0.issuerId == issuer?.id }
        let covering = intervals.filter { $0.contains(day) && (form.map($0.formList.contains) ?? true) }
        if !covering.isEmpty {
            var reasons = ["\(attorney.name) may sign \(scope(covering: covering)) for \(grantor.name) on \(day)."]
            for interval in covering { reasons.append(try describeAuthority(interval)) }
            return Explanation(
                authorized: true, reasons: reasons, via: try covering.map { try $0.chain.map(namer.link) }, cause: nil)
        }
        var findings: [(cause: Cause, reason: String, day: Day)] = []
        for interval in intervals {
            let chain = try describeChain(interval.chain)
            if interval.contains(day), let form {
                findings.append((
                    .formNotCovered,
                    "Under \(chain), \(attorney.name) may sign Forms \(interval.forms.replacingOccurrences(of: ",", with: ", ")) "
                        + "on that day, but not Form \(form).", day))
            } else if day < interval.validFrom {
                findings.append((.notYetInForce, "Authority under \(chain) begins only on \(interval.validFrom).", interval.validFrom))
            } else if let until = interval.validUntil, until <= day {
                let (cause, end) = try describeEnd(of: interval, on: until)
                findings.append((cause, "Authority under \(chain) ended on \(until): \(end).", until))
            }
        }
        for interval in all where !intervals.contains(interval) && (interval.contains(day) || intervals.isEmpty) {
            let elsewhere = try namer.issuer(interval.issuerId) ?? "another issuer"
            findings.append((
                .otherIssuer,
                "Under \(try describeChain(interval.chain)), \(attorney.name) may sign for \(grantor.name) about "
                    + Self.sentence("securities of \(elsewhere), not of \(issuer?.name ?? "this issuer")"), day))
        }
        var reasons = ["\(attorney.name) may not sign \(scope) for \(grantor.name) on \(day)."]
        reasons += findings.map(\.reason)
        var cause = Self.mostTelling(findings)
        if all.isEmpty {
            let (nothing, why) = try whyNothing()
            reasons += why
            cause = nothing
        }
        return Explanation(authorized: false, reasons: reasons, via: [], cause: cause ?? .notNamed)
    }

    /// Of several findings, the one closest to having given authority: in force but not for the
    /// form or the issuer, then the latest ending, then the earliest start to come.
    private static func mostTelling(_ findings: [(cause: Cause, reason: String, day: Day)]) -> Cause? {
        if let scope = findings.first(where: { $0.cause == .formNotCovered || $0.cause == .otherIssuer }) { return scope.cause }
        let ended = findings.filter { $0.cause != .notYetInForce }
        if let latest = ended.max(by: { $0.day < $1.day }) { return latest.cause }
        return findings.min(by: { $0.day < $1.day })?.cause
    }

    private func describeChain(_ chain: [Int64]) throws -> String {
        try chain.reversed().map { id in
            let link = try namer.link(id)
            return "the \(link.kind) by \(link.grantor) of \(link.executedOn)\(try forIssuer(id, link.kind)) "
                + "(\(link.document), lines \(link.lines)" + (try byHand(id)) + ")"
        }.joined(separator: " under ")
    }

    /// " for ISSUER": the issuer an instrument is for, so that grants of one grantor for two
    /// companies are told apart; for a grant whose issuer could not be read, that it could not.
    private func forIssuer(_ id: Int64, _ kind: InstrumentKind) throws -> String {
        let issuerId = try reader.instrument(id: id)?.issuerId
        if let name = try namer.issuer(issuerId) { return " for \(name)" }
        return kind == .grant ? " for an issuer that could not be read" : ""
    }

    /// What a person did to the instrument, cited as such: "; entered by jroe on 2026-12-04
    /// (from the cover letter)", "; executed_on corrected by jroe on 2026-12-04 from 2021-03-04
    /// to 2021-03-05 (the notary's date)".
    private func byHand(_ id: Int64) throws -> String {
        var said: [String] = []
        if let entry = try reader.entry(ofInstrument: id) {
            said.append("entered by \(entry.recordedBy) on \(entry.recordedAt.prefix(10)) (\(entry.note))")
        }
        for correction in try reader.corrections(ofInstrument: id) {
            let before = (correction.readValue ?? "").isEmpty ? "nothing" : correction.readValue ?? ""
            said.append(
                "\(correction.field ?? "a field") corrected by \(correction.recordedBy) on \(correction.recordedAt.prefix(10)) "
                    + "from \(before) to \(correction.value.isEmpty ? "nothing" : correction.value) (\(correction.note))")
        }
        return said.map { "; \($0)" }.joined()
    }

    private func describeAuthority(_ interval: StoredInterval) throws -> String {
        var parts = ["Through \(try describeChain(interval.chain))"]
        for id in interval.chain {
            let sources = try reader.sources(ofInstrument: id)
            let named = try reader.attorneys(ofInstrument: id).first { $0.personId == attorney.id }
            let link = try namer.link(id)
            var facts: [String] = []
            if let named { facts.append("names \(named.nameAsWritten) at \(lines(named.lineStart, named.lineEnd))") }
            if let forms = sources.first(where: { $0.fact == .forms }) {
                facts.append("covers the forms at \(lines(forms.lineStart, forms.lineEnd))")
            }
            if link.kind == .grant, interval.chain.count > 1, let delegable = sources.first(where: { $0.fact == .delegable }) {
                facts.append("allows delegation at \(lines(delegable.lineStart, delegable.lineEnd))")
            }
            if !facts.isEmpty { parts.append("the \(link.kind) of \(link.executedOn) \(facts.joined(separator: ", "))") }
        }
        let until = interval.validUntil.map { "until \($0)" } ?? "with no end recorded"
        return parts.joined(separator: "; ") + "; in force from \(interval.validFrom) \(until)"
            + " for Forms \(interval.forms.replacingOccurrences(of: ",", with: ", "))."
    }

    /// `text` ended with one period ("... Inc." does not get a second).
    static func sentence(_ text: String) -> String { text.hasSuffix(".") ? text : text + "." }

    private func lines(_ start: Int, _ end: Int) -> String { start == end ? "line \(start)" : "lines \(start)-\(end)" }

    /// What ended the interval on `until`: the ending of the latest link that ended that day.
    ///
    /// Each link is held by the attorney who acts under it: the delegator of the next link, or,
    /// for the last, the attorney asked about. An ending of one attorney's appointment counts
    /// only for the link that attorney holds (a delegation ends when its delegator leaves).
    private func describeEnd(of interval: StoredInterval, on until: Day) throws -> (Cause, String) {
        for (position, id) in interval.chain.enumerated().reversed() {
            var holder = (id: attorney.id, name: attorney.name)
            if position + 1 < interval.chain.count {
                let next = interval.chain[position + 1]
                holder = (try reader.instrument(id: next)?.grantorId, try namer.link(next).grantor)
            }
            let endings = try reader.endings(ofInstrument: id).filter { $0.endedOn == until }
            let ending = endings.first { $0.attorneyId != nil && $0.attorneyId == holder.id } ?? endings.first { $0.attorneyId == nil }
            // A delegation ended with its parent: the cause is further up the chain.
            guard let ending, ending.cause != .parentEnded else { continue }
            let subject = try namer.link(id)
            let what = "the \(subject.kind) of \(subject.executedOn)"
            switch ending.cause {
            case .supersession:
                let by = try ending.byInstrumentId.map(namer.link)
                let clause = ending.clause.map { ": \"\($0)\"" } ?? ""
                return (.superseded, "\(what) was superseded by the \(by?.kind.rawValue ?? "instrument") of "
                    + "\(by.map { "\($0.executedOn) (\($0.document), lines \($0.lines))" } ?? "that day")\(clause)")
            case .revocation:
                if let by = try ending.byInstrumentId.map(namer.link) {
                    return (.revoked, "\(what) was revoked by the revocation of \(by.executedOn) (\(by.document), lines \(by.lines))")
                }
                return (.revoked, "\(what) was revoked (recorded fact #\(ending.byFactId ?? 0))")
            case .obligationsEnd:
                return (.obligationsEnded, "\(grantor.name)'s Section 16 obligations for the issuer ended (recorded fact #\(ending.byFactId ?? 0))")
            case .expiry:
                return (.expired, "\(what) expired (its stated last day was \(until.adding(days: -1)))")
            case .parentEnded:
                return (.ended, "\(what) acts under authority that ended that day")
            case .departure:
                return (.attorneyDeparted, "\(holder.name) left the issuer (recorded fact #\(ending.byFactId ?? 0)), and \(what) ties authority to employment")
            }
        }
        return (.ended, "its instruments ended that day")
    }

    /// Why no instrument gives the attorney any authority for the grantor at all.
    private func whyNothing() throws -> (Cause, [String]) {
        let rows = try reader.historyRows(grantorId: grantor.id ?? -1)
        var reasons: [String] = []
        for invalid in try reader.invalidDelegations(grantorId: grantor.id ?? -1) {
            let named = rows.attorneys[invalid.delegationId] ?? []
            guard let id = attorney.id, named.contains(id) else { continue }
            let link = try namer.link(invalid.delegationId)
            reasons.append(
                "\(attorney.name) is named by the delegation by \(link.grantor) of \(link.executedOn) "
                    + "(\(link.document), lines \(link.lines)), which gives no authority: \(invalid.reason).")
        }
        guard reasons.isEmpty else { return (.delegationInvalid, reasons) }
        let grants = rows.instruments.filter { $0.kind == .grant && $0.grantorId == grantor.id }
        if grants.isEmpty {
            // A substitute POA on file may state the grant that is missing: say which, and when.
            var reasons = ["No power of attorney by \(grantor.name) is on file."]
            for stated in try reader.delegationsAwaitingAGrant(by: grantor.id ?? -1) {
                let link = try namer.link(stated.delegationId)
                let day = stated.statedExecutedOn.map { "of \($0)" } ?? "of a day it does not give"
                reasons.append(
                    "The delegation by \(link.grantor) of \(link.executedOn) (\(link.document), lines \(link.lines)) "
                        + "acts under a power of attorney by \(grantor.name) \(day), which is not on file: importing it "
                        + "would settle this.")
            }
            return (.noPOA, reasons)
        }
        let dates = grants.map(\.executedOn.description).joined(separator: ", ")
        return (.notNamed, ["No power of attorney on file from \(grantor.name) names \(attorney.name) (grants on file: \(dates))."])
    }
}
