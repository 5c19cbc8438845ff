import Foundation
import POACore
import POARules
import POAStore

/// Keeps the stored authority intervals true to the rules: the front door of `POAAuthority`.
///
/// Whenever a change touches a grantor's history (an imported grant, a delegation under one of
/// their grants, a revocation, a recorded fact), `recompute` re-evaluates that history with
/// ``AuthorityRules`` and replaces what was derived from it, inside the caller's transaction:
/// the intervals are never stale, and a rolled-back change leaves them as they were.
public enum AuthorityEngine {
    /// Re-evaluates each grantor's history and stores the result, in the transaction `tx`.
    ///
    /// The grantors are read in runs of nearby ids, a few index ranges per run as in a full
    /// rebuild (an imported batch's new grantors have consecutive ids), and what is derived is
    /// written together at the end: a batch of a thousand documents runs a few hundred
    /// statements for its intervals instead of a dozen per grantor.
    public static func recompute(grantors: some Sequence<Int64>, in tx: LedgerTransaction) throws {
        let grantors = Set(grantors)
        guard !grantors.isEmpty else { return }
        var people = Set<Int64>()
        // The facts in force, read once for all the histories: users record a handful of them,
        // and reading each person's facts apart would cost two or three queries per imported
        // document.
        let facts = try tx.reader.factsInForce()
        var derived = Derived()
        var covered: [Int64] = []
        for run in runs(of: grantors.sorted()) {
            let histories = try tx.reader.historyRows(grantors: run, facts: facts)
            for grantorId in run {
                let rows = histories[grantorId] ?? HistoryRows()
                people.formUnion(rows.instruments.map(\.grantorId) + rows.attorneys.values.joined())
                derived.append(try derive(rows, grantorId: grantorId, reader: tx.reader))
                covered += rows.instruments.lazy.filter { $0.kind != .revocation }.map(\.id)
            }
        }
        // Every history is evaluated from instruments and facts only, never from what another
        // history derived: deleting what all of them derived before, then storing all of it,
        // gives the same rows.
        try tx.deleteDerived(grantorIds: grantors, coveredInstruments: covered)
        try tx.insertDerived(intervals: derived.intervals, invalid: derived.invalid, endings: derived.endings)
        // Verdicts on signatures follow the authority they were judged against, in the same transaction.
        try SignatureAudit.refresh(afterAuthorityOf: grantors, people: people, in: tx)
    }

    /// Splits ascending ids into runs read together: a run ends at a gap wider than `gap` (its
    /// range queries would read the histories in between for nothing) or at `length` ids.
    static func runs(of ids: [Int64], gap: Int64 = 16, length: Int = 512) -> [ArraySlice<Int64>] {
        var runs: [ArraySlice<Int64>] = []
        var start = ids.startIndex
        for index in ids.indices.dropFirst() where ids[index] - ids[index - 1] > gap || index - start == length {
            runs.append(ids[start..<index])
            start = index
        }
        if start < ids.endIndex { runs.append(ids[start...]) }
        return runs
    }

    /// What the rules derive from one grantor's history, as rows to store.
    struct Derived {
        var intervals: [StoredInterval] = []
        var invalid: [StoredInvalidDelegation] = []
        var endings: [Supersession] = []

        mutating func append(_ other: Derived) {
            intervals += other.intervals
            invalid += other.invalid
            endings += other.endings
        }
    }

    static func derive(_ rows: HistoryRows, grantorId: Int64, reader: LedgerReader, grants: Set<Int64>? = nil) throws -> Derived {
        let evaluation = AuthorityRules.evaluate(GrantorHistory(rows: rows, grantorId: grantorId), grants: grants)
        return Derived(
            intervals: evaluation.intervals.map {
                StoredInterval(
                    grantorId: $0.grantorId, validFrom: $0.from, attorneyId: $0.attorneyId, via: $0.via,
                    validUntil: $0.until, issuerId: $0.issuerId, forms: $0.forms)
            },
            invalid: try evaluation.invalidDelegations.map {
                StoredInvalidDelegation(
                    delegationId: $0.delegationId, grantorId: grantorId,
                    reason: try ReasonText(reader: reader).describe($0.reason))
            },
            endings: evaluation.endings.map {
                Supersession(
                    endedId: $0.endedId, attorneyId: $0.attorneyId, endedOn: $0.endedOn,
                    byInstrumentId: $0.byInstrumentId, byFactId: $0.byFactId,
                    cause: Supersession.Cause(rawValue: $0.cause.rawValue) ?? .revocation, clause: $0.clause)
            })
    }

    /// The grantors whose histories a change to these instruments or facts touches.
    public static func affectedGrantors(
        instruments: [Instrument], parents: [DelegationParent], revocations: [Revocation], factPeople: [Int64],
        in reader: LedgerReader
    ) throws -> Set<Int64> {
        var grantors = Set<Int64>()
        for instrument in instruments where instrument.kind == .grant { grantors.insert(instrument.grantorId) }
        for parent in parents { grantors.insert(parent.statedGrantorId) }
        for person in revocations.map(\.targetGrantorId) + factPeople {
            grantors.insert(person)
            grantors.formUnion(try reader.grantorsInvolving(personId: person))
        }
        return grantors
    }
}

extension GrantorHistory {
    /// The rules' view of stored rows.
    init(rows: HistoryRows, grantorId: Int64) {
        let instruments = rows.instruments.map { stored -> HistoryInstrument in
            let id = stored.id
            let filing = rows.filing[id]
            // Filing order: by filing day when the submission header gave one, then by arrival.
            let filedKey = Int64(filing?.filedOn?.ordinal ?? 3_000_000) << 32 | (filing?.documentId ?? 0)
            let parent = rows.parents[id].map {
                HistoryInstrument.ParentLink(
                    parentId: $0.parentId, statedGrantorId: $0.statedGrantorId, statedExecutedOn: $0.statedExecutedOn)
            }
            let target = rows.revocations[id].map {
                HistoryInstrument.Target(
                    grantorId: $0.targetGrantorId, executedOn: $0.targetExecutedOn, attorneyId: $0.targetAttorneyId,
                    effectiveOn: $0.effectiveOn)
            }
            return HistoryInstrument(
                id: id, kind: stored.kind, grantorId: stored.grantorId, issuerId: stored.issuerId,
                order: InstrumentOrder(executedOn: stored.executedOn, filing: filedKey, position: stored.position),
                delegable: stored.delegable, supersessionClause: stored.supersessionClause, expiresOn: stored.expiresOn,
                endsWithAttorneyEmployment: stored.endsWithAttorneyEmployment,
                attorneyIds: rows.attorneys[id] ?? [],
                forms: Set(stored.forms), parent: parent, target: target)
        }
        let facts = rows.facts.compactMap { fact -> HistoryFact? in
            guard let id = fact.id, let kind = HistoryFact.Kind(rawValue: fact.kind.rawValue) else { return nil }
            return HistoryFact(
                id: id, kind: kind, personId: fact.personId, issuerId: fact.issuerId, onDay: fact.onDay,
                targetExecutedOn: fact.targetExecutedOn, targetAttorneyId: fact.targetAttorneyId)
        }
        self.init(grantorId: grantorId, instruments: instruments, facts: facts)
    }
}

/// Puts a rule's reason into words, with names and days.
struct ReasonText {
    let reader: LedgerReader

    func name(_ personId: Int64) throws -> String {
        try reader.person(id: personId)?.name ?? "person #\(personId)"
    }

    func grant(_ id: Int64) throws -> String {
        guard let grant = try reader.instrument(id: id) else { return "grant #\(id)" }
        return "the grant by \(try name(grant.grantorId)) of \(grant.executedOn)"
    }

    func describe(_ reason: InvalidDelegation.Reason) throws -> String {
        switch reason {
        case .parentNotDelegable(let parent):
            return "\(try grant(parent)) gives no power to delegate"
        case .datedBeforeParent(let parent):
            return "it is dated before \(try grant(parent)), the grant it acts under"
        case .delegatorNotNamed(let parent, let delegator):
            return "\(try name(delegator)) is not an attorney-in-fact under \(try grant(parent))"
        case .delegatorNotInForce(let parent, let delegator):
            return "\(try name(delegator)) held no authority under \(try grant(parent)) on the day of the delegation"
        case .parentMissing(let grantor, let day):
            return "the grant it acts under (by \(try name(grantor))\(day.map { " of \($0)" } ?? "")) is not in the ledger"
        }
    }
}

extension AuthorityEngine {
    /// What a full rebuild did.
    public struct RebuildSummary: Sendable, Equatable {
        /// Grantor histories evaluated.
        public var grantors: Int
        /// Interval rows deleted or written because they differed from what the rules derive
        /// (every derived interval when the ledger held none).
        public var changedIntervals: Int
    }

    /// Recomputes every grantor's history from scratch, in one transaction: after a rules
    /// change, or to measure. The histories are read a slice of `slice` grantors at a time (a
    /// few index ranges per slice, so memory stays bounded by the slices in flight) and
    /// evaluated; invalid delegations and endings are written again, and of the intervals only
    /// those that differ from what is stored (``IntervalChanges``): the result is the same as
    /// deleting every derived row and inserting it again.
    ///
    /// On a ledger file, slices are read and evaluated on `workers` threads, each with its own
    /// connection, while this one writes the slices before them in order. Those snapshots see
    /// exactly the facts the transaction sees: it holds the only write lock and changes only
    /// derived rows, each slice's rows only when that slice is stored, after its snapshot read
    /// them. In memory (a single connection) everything runs on this thread.
    ///
    /// With `rewritingIntervals`, every interval is deleted and written again, whether it changed
    /// or not, as when a ledger's intervals are derived for the first time.
    @discardableResult
    public static func rebuildAll(
        _ ledger: Ledger, rewritingIntervals: Bool = false, slice: Int = 4_096,
        workers: Int = ProcessInfo.processInfo.activeProcessorCount, bulkChanges: Int = DerivedRebuild.defaultBulkChanges
    ) throws -> RebuildSummary {
        try ledger.derivationTransaction { tx in
            let grantors = try tx.reader.allGrantorIds()
            let facts = try tx.reader.factsInForce()
            let slices = Slice.covering(grantors, by: slice)
            @Sendable func evaluate(_ slice: Slice, _ reader: LedgerReader) throws -> (Derived, IntervalChanges) {
                let histories = try reader.historyRows(grantors: slice.ids, facts: facts)
                var derived = Derived()
                for grantorId in slice.ids {
                    guard let rows = histories[grantorId] else { continue }
                    derived.append(try derive(rows, grantorId: grantorId, reader: reader))
                }
                let stored = rewritingIntervals ? [] : try reader.intervals(grantors: slice.range)
                let changes = IntervalChanges(grantors: slice.range, stored: stored, derived: derived.intervals)
                derived.intervals = []
                return (derived, changes)
            }
            let summary = try tx.rebuildDerived(rewritingIntervals: rewritingIntervals, bulkChanges: bulkChanges) { rebuild in
                func store(_ result: (derived: Derived, changes: IntervalChanges)) throws {
                    try rebuild.store(intervals: result.changes, invalid: result.derived.invalid, endings: result.derived.endings)
                }
                if ledger.readsWhileWriting {
                    try handOff(
                        slices, workers: workers, transform: { slice in try ledger.snapshot { try evaluate(slice, $0) } },
                        consume: store)
                } else {
                    for slice in slices { try store(try evaluate(slice, tx.reader)) }
                }
                return RebuildSummary(grantors: grantors.count, changedIntervals: rebuild.changedIntervals)
            }
            // Every verdict on a signature was judged against the intervals just replaced.
            try SignatureAudit.refresh(signatures: try tx.reader.allSignatureIds(), in: tx)
            return summary
        }
    }

    /// A slice of a full rebuild: consecutive grantors, and the range of ids whose stored
    /// intervals it answers for. The ranges of all slices cover every id, so an interval stored
    /// for someone who is no longer a grantor is removed too.
    struct Slice: Sendable {
        var ids: ArraySlice<Int64>
        var range: ClosedRange<Int64>

        /// `grantors` (ascending) in slices of `size`; one slice with no grantors when there are none.
        static func covering(_ grantors: [Int64], by size: Int) -> [Slice] {
            var slices: [Slice] = []
            var low = Int64.min
            for start in stride(from: 0, to: grantors.count, by: size) {
                let ids = grantors[start..<min(grantors.count, start + size)]
                let high = ids.endIndex == grantors.endIndex ? Int64.max : ids.last!
                slices.append(Slice(ids: ids, range: low...high))
                low = high &+ 1  // wraps only after the last slice, whose range ends at Int64.max
            }
            return slices.isEmpty ? [Slice(ids: [], range: Int64.min...Int64.max)] : slices
        }
    }
}
