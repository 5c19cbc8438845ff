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
}

extension AuthorityReader {
    /// Whether `attorney` may sign `form` (any form, when nil) for `grantor` on `day`, and why.
    public func explain(attorney: String, grantor: String, on day: Day, form: Form? = nil) throws -> Explanation {
        try ledger.snapshot { reader in
            let matcher = NameMatcher(reader: reader)
            let principal = try matcher.person(grantor), agent = try matcher.person(attorney)
            return try Explainer(reader: reader, namer: EntryNamer(reader: reader), grantor: principal, attorney: agent, day: day, form: form)
                .explain()
        }
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

    var scope: String { form.map { "Form \($0)" } ?? "any form" }

    func explain() throws -> Explanation {
        let grantorId = grantor.id ?? -1, attorneyId = attorney.id ?? -1
        let intervals = try reader.intervals(grantorId: grantorId).filter { $0.attorneyId == attorneyId }
        let covering = intervals.filter { $0.contains(day) && (form.map($0.formList.contains) ?? true) }
        if !covering.isEmpty {
            var reasons = ["\(attorney.name) may sign \(scope) for \(grantor.name) on \(day)."]
            for interval in covering { reasons.append(try describeAuthority(interval)) }
            return Explanation(authorized: true, reasons: reasons, via: try covering.map { try $0.chain.map(namer.link) })
        }
        var reasons = ["\(attorney.name) may not sign \(scope) for \(grantor.name) on \(day)."]
        for interval in intervals {
            let chain = try describeChain(interval.chain)
            if interval.contains(day), let form {
                reasons.append(
                    "Under \(chain), \(attorney.name) may sign Forms \(interval.forms.replacingOccurrences(of: ",", with: ", ")) "
                        + "on that day, but not Form \(form).")
            } else if day < interval.validFrom {
                reasons.append("Authority under \(chain) begins only on \(interval.validFrom).")
            } else if let until = interval.validUntil, until <= day {
                reasons.append("Authority under \(chain) ended on \(until): \(try describeEnd(of: interval, on: until)).")
            }
        }
        if intervals.isEmpty { reasons.append(contentsOf: try whyNothing()) }
        return Explanation(authorized: false, reasons: reasons, via: [])
    }

    private func describeChain(_ chain: [Int64]) throws -> String {
        try chain.reversed().map { id in
            let link = try namer.link(id)
            return "the \(link.kind) by \(link.grantor) of \(link.executedOn) (\(link.document), lines \(link.lines))"
        }.joined(separator: " under ")
    }

    private func describeAuthority(_ interval: StoredInterval) throws -> String {
        var parts = ["Through \(try describeChain(interval.chain))"]
        for id in interval.chain {
            let sources = try reader.sources(ofInstrument: id)
            let named = try reader.attorneys(ofInstrument: id).first { $0.personId == attorney.id }
            let link = try namer.link(id)
            var facts: [String] = []
            if let named { facts.append("names \(named.nameAsWritten) at line \(span(named.lineStart, named.lineEnd))") }
            if let forms = sources.first(where: { $0.fact == .forms }) {
                facts.append("covers the forms at line \(span(forms.lineStart, forms.lineEnd))")
            }
            if link.kind == .grant, interval.chain.count > 1, let delegable = sources.first(where: { $0.fact == .delegable }) {
                facts.append("allows delegation at line \(span(delegable.lineStart, delegable.lineEnd))")
            }
            if !facts.isEmpty { parts.append("the \(link.kind) of \(link.executedOn) \(facts.joined(separator: ", "))") }
        }
        let until = interval.validUntil.map { "until \($0)" } ?? "with no end recorded"
        return parts.joined(separator: "; ") + "; in force from \(interval.validFrom) \(until)"
            + " for Forms \(interval.forms.replacingOccurrences(of: ",", with: ", "))."
    }

    private func span(_ start: Int, _ end: Int) -> String { start == end ? "\(start)" : "\(start)-\(end)" }

    /// What ended the interval on `until`: the ending of the latest link that ended that day.
    private func describeEnd(of interval: StoredInterval, on until: Day) throws -> String {
        for id in interval.chain.reversed() {
            let endings = try reader.endings(ofInstrument: id).filter { $0.endedOn == until }
            let ending = endings.first { $0.attorneyId == attorney.id } ?? endings.first { $0.attorneyId == nil }
            // A delegation ended with its parent: the cause is further up the chain.
            guard let ending, ending.cause != .parentEnded else { continue }
            let subject = try namer.link(id)
            let what = "the \(subject.kind) of \(subject.executedOn)"
            switch ending.cause {
            case .supersession:
                let by = try ending.byInstrumentId.map(namer.link)
                let clause = ending.clause.map { ": \"\($0)\"" } ?? ""
                return "\(what) was superseded by the \(by?.kind.rawValue ?? "instrument") of "
                    + "\(by.map { "\($0.executedOn) (\($0.document), lines \($0.lines))" } ?? "that day")\(clause)"
            case .revocation:
                if let by = try ending.byInstrumentId.map(namer.link) {
                    return "\(what) was revoked by the revocation of \(by.executedOn) (\(by.document), lines \(by.lines))"
                }
                return "\(what) was revoked (recorded fact #\(ending.byFactId ?? 0))"
            case .obligationsEnd:
                return "\(grantor.name)'s Section 16 obligations for the issuer ended (recorded fact #\(ending.byFactId ?? 0))"
            case .expiry:
                return "\(what) expired (its stated last day was \(until.adding(days: -1)))"
            case .parentEnded:
                return "\(what) acts under authority that ended that day"
            case .departure:
                return "\(attorney.name) left the issuer (recorded fact #\(ending.byFactId ?? 0)), and \(what) ties authority to employment"
            }
        }
        return "its instruments ended that day"
    }

    /// Why no instrument gives the attorney any authority for the grantor at all.
    private func whyNothing() throws -> [String] {
        let rows = try reader.historyRows(grantorId: grantor.id ?? -1)
        var reasons: [String] = []
        for invalid in try reader.invalidDelegations(grantorId: grantor.id ?? -1) {
            let names = rows.attorneys[invalid.delegationId] ?? []
            guard names.contains(where: { $0.personId == attorney.id }) else { continue }
            let link = try namer.link(invalid.delegationId)
            reasons.append(
                "\(attorney.name) is named by the delegation by \(link.grantor) of \(link.executedOn) "
                    + "(\(link.document), lines \(link.lines)), which gives no authority: \(invalid.reason).")
        }
        guard reasons.isEmpty else { return reasons }
        let grants = rows.instruments.filter { $0.kind == .grant && $0.grantorId == grantor.id }
        if grants.isEmpty { return ["No power of attorney by \(grantor.name) is on file."] }
        let dates = grants.map(\.executedOn.description).joined(separator: ", ")
        return ["No power of attorney on file from \(grantor.name) names \(attorney.name) (grants on file: \(dates))."]
    }
}
