import POACore
import POAStore

/// Answers who may sign for whom, when, and why: the query side of `POAAuthority`.
///
/// Every answer reads the stored intervals, which the engine keeps current; a point query
/// ("who may sign for P on D") is one range of the interval table's primary key.
///
/// For example:
///
/// ```swift
/// let authority = AuthorityReader(ledger: try Ledger.openForReading(at: "poa.sqlite"))
/// let answer = try authority.attorneys(for: "David N. Levenson", on: try Day(iso: "2010-07-09"), form: .four)
/// answer.entries.map(\.attorney)   // the four attorneys of the grant, and the two sub-attorneys
/// ```
public struct AuthorityReader: Sendable {
    let ledger: Ledger

    public init(ledger: Ledger) {
        self.ledger = ledger
    }

    /// The answer to a query about one person: who they are in the ledger, and the entries.
    public struct Answer: Sendable {
        public var person: Person
        public var entries: [AuthorityEntry]
    }

    /// Who may sign for `grantor` on `day` (for `form`, and `issuer`, when given).
    public func attorneys(for grantor: String, on day: Day, form: Form? = nil, issuer: String? = nil) throws -> Answer {
        try ledger.snapshot { reader in
            let matcher = NameMatcher(reader: reader)
            let person = try matcher.person(grantor)
            let scope = try issuer.map { try matcher.issuer($0) }
            let intervals = try reader.intervals(grantorId: person.id ?? -1, on: day)
                .filter { form == nil || $0.formList.contains(form!) }
            return Answer(person: person, entries: try entries(intervals, for: scope, reader))
        }
    }

    /// For whom `attorney` may sign on `day` (for `form`, and `issuer`, when given).
    public func principals(of attorney: String, on day: Day, form: Form? = nil, issuer: String? = nil) throws -> Answer {
        try ledger.snapshot { reader in
            let matcher = NameMatcher(reader: reader)
            let person = try matcher.person(attorney)
            let scope = try issuer.map { try matcher.issuer($0) }
            let intervals = try reader.intervals(attorneyId: person.id ?? -1, on: day)
                .filter { form == nil || $0.formList.contains(form!) }
            return Answer(person: person, entries: try entries(intervals, for: scope, reader))
        }
    }

    /// Every interval of a grantor, in order (for `issuer`, when given).
    public func timeline(grantor: String, issuer: String? = nil) throws -> Answer {
        try ledger.snapshot { reader in
            let matcher = NameMatcher(reader: reader)
            let person = try matcher.person(grantor)
            let scope = try issuer.map { try matcher.issuer($0) }
            return Answer(person: person, entries: try entries(reader.intervals(grantorId: person.id ?? -1), for: scope, reader))
        }
    }

    /// Every interval in which `attorney` holds authority, in order (for `issuer`, when given).
    public func timeline(attorney: String, issuer: String? = nil) throws -> Answer {
        try ledger.snapshot { reader in
            let matcher = NameMatcher(reader: reader)
            let person = try matcher.person(attorney)
            let scope = try issuer.map { try matcher.issuer($0) }
            return Answer(person: person, entries: try entries(reader.intervals(attorneyId: person.id ?? -1), for: scope, reader))
        }
    }

    /// The intervals as named entries, in order: those of `issuer` when one is given, and
    /// those whose issuer could not be read, marked as possibly covering it (never dropped).
    private func entries(_ intervals: [StoredInterval], for issuer: Issuer?, _ reader: LedgerReader) throws -> [AuthorityEntry] {
        let namer = EntryNamer(reader: reader)
        var entries: [AuthorityEntry] = []
        for interval in intervals {
            guard let issuer else {
                entries.append(try namer.entry(interval))
                continue
            }
            if interval.issuerId == issuer.id {
                entries.append(try namer.entry(interval))
            } else if interval.issuerId == nil {
                var entry = try namer.entry(interval)
                entry.mayCover = issuer.name
                entries.append(entry)
            }
        }
        return sorted(entries)
    }

    private func sorted(_ entries: [AuthorityEntry]) -> [AuthorityEntry] {
        entries.sorted {
            ($0.from, $0.grantor, $0.attorney, $0.issuer ?? "", $0.via.count)
                < ($1.from, $1.grantor, $1.attorney, $1.issuer ?? "", $1.via.count)
        }
    }
}

extension AuthorityReader {
    /// A day an instrument of a grantor's history ended, for pictures and reports.
    public struct EndingMark: Sendable {
        public var day: Day
        /// `supersession`, `revocation`, `obligations-end`, `expiry`, `departure` or `parent-ended`.
        public var cause: String
        public var label: String
        /// The instrument that ended, and the one attorney whose appointment ended (nil: all).
        public var instrumentId: Int64 = 0
        public var attorney: String? = nil
    }

    /// Every recorded ending of the grantor's grants and of the delegations under them.
    public func endingMarks(grantor: String) throws -> [EndingMark] {
        try ledger.snapshot { reader in
            let person = try NameMatcher(reader: reader).person(grantor)
            let namer = EntryNamer(reader: reader)
            let rows = try reader.historyRows(grantorId: person.id ?? -1)
            var marks: [EndingMark] = []
            for instrument in rows.instruments where instrument.kind != .revocation {
                let id = instrument.id
                for ending in try reader.endings(ofInstrument: id) where ending.cause != .parentEnded {
                    let link = try namer.link(id)
                    let whose = try ending.attorneyId.map { " for \(try namer.person($0))" } ?? ""
                    marks.append(
                        EndingMark(
                            day: ending.endedOn, cause: ending.cause.rawValue,
                            label: "\(link.kind) of \(link.executedOn)\(whose) ended: \(ending.cause.rawValue)",
                            instrumentId: id, attorney: try ending.attorneyId.map { try namer.person($0) }))
                }
            }
            return marks
        }
    }
}
