import POACore
import POAStore

/// What an imported batch added, as the authority engine needs it.
public struct Additions: Sendable {
    /// The instruments recorded (grants, delegations, revocations).
    public var instruments: [Instrument] = []
    /// The parents the delegations among them state.
    public var parents: [DelegationParent] = []
    /// What the revocations among them revoke.
    public var revocations: [Revocation] = []

    public init() {}

    public var isEmpty: Bool { instruments.isEmpty && parents.isEmpty && revocations.isEmpty }
}

extension AuthorityEngine {
    /// Derives what `additions` change, and only that, in the transaction `tx`: the result is
    /// the one ``recompute(grantors:in:)`` gives for every grantor they touch, at a cost that
    /// follows what was added, not the histories behind it (the same officers file for twenty
    /// years, and every batch would otherwise evaluate their whole history again).
    ///
    /// A grant's intervals and endings depend on the grant, the delegations under it, the
    /// revocations and facts aimed at its grantor or delegators, and the first later grant
    /// that supersedes it. So an added grant is evaluated with the later superseding grants of
    /// its grantor and issuer; a grant that supersedes prior ones also re-evaluates the earlier
    /// grants still in force on its day (the others ended before it, and stay as they are); an
    /// added delegation re-evaluates the grant it acts under. Each re-evaluated grant keeps its
    /// recorded superseder as context. Revocations, and delegations waiting for their grant,
    /// are rare and reach across a history: their grantors are evaluated whole.
    ///
    /// Verdicts follow: of the signatures made for each grantor, those signed on or after the
    /// first day whose intervals changed, and those not judged authorized (their reasons speak
    /// of every interval); and unresolved signers who may be someone the batch named.
    public static func derive(after additions: Additions, in tx: LedgerTransaction) throws {
        guard !additions.isEmpty else { return }
        let plan = try DerivationPlan(additions, reader: tx.reader)
        let facts = try tx.reader.factsInForce()
        var people = Set<Int64>()
        var changedFrom: [Int64: Day?] = [:]
        for (grantor, grants) in plan.grants.sorted(by: { $0.key < $1.key }) {
            let rows = try tx.reader.historyRows(
                grantorId: grantor, grants: grants, context: try plan.context(of: grantor, in: tx.reader), facts: facts)
            people.formUnion(rows.instruments.map(\.grantorId) + rows.attorneys.values.joined())
            let day = try replaceDerived(of: grants, grantorId: grantor, from: rows, in: tx)
            changedFrom.updateValue(day, forKey: grantor)
        }
        if !plan.whole.isEmpty { try recompute(grantors: plan.whole, in: tx) }
        try SignatureAudit.refresh(afterChangesFrom: changedFrom, people: people, in: tx)
    }

    /// Evaluates `grants` of one grantor from `rows` and stores what differs from what was
    /// derived for them before; returns the first day of an interval row that changed.
    private static func replaceDerived(of grants: Set<Int64>, grantorId: Int64, from rows: HistoryRows, in tx: LedgerTransaction)
        throws -> Day?
    {
        let derived = try derive(rows, grantorId: grantorId, reader: tx.reader, grants: grants)
        let delegations = rows.parents.values.filter { $0.parentId.map(grants.contains) ?? false }.map(\.delegationId)
        // Every interval of these grants begins on or after the earliest of them.
        let first = rows.instruments.lazy.filter { grants.contains($0.id) }.map(\.executedOn).min()
        let stored = try first.map { try tx.reader.intervals(grantorId: grantorId, from: $0) } ?? []
        let changes = IntervalChanges(
            grantors: grantorId...grantorId, stored: stored.filter { grants.contains($0.grantId) },
            derived: derived.intervals)
        try tx.replaceDerived(
            removing: changes.removed, writing: changes.written, delegations: delegations,
            instruments: grants.union(delegations), invalid: derived.invalid, endings: derived.endings)
        return (changes.removed.map(\.validFrom) + changes.written.map(\.validFrom)).min()
    }
}

/// Which grants an imported batch's additions touch, by grantor, and which grantors must be
/// evaluated whole (see ``AuthorityEngine/derive(after:in:)``).
struct DerivationPlan {
    /// By grantor, the grants to evaluate again.
    var grants: [Int64: Set<Int64>] = [:]
    /// By grantor, later grants that may supersede the added ones.
    var later: [Int64: Set<Int64>] = [:]
    /// The grants the batch added.
    var added = Set<Int64>()
    /// Grantors evaluated whole: those a revocation reaches, and those a delegation waiting for
    /// its grant names.
    var whole = Set<Int64>()

    init(_ additions: Additions, reader: LedgerReader) throws {
        for revocation in additions.revocations {
            whole.insert(revocation.targetGrantorId)
            whole.formUnion(try reader.grantorsInvolving(personId: revocation.targetGrantorId))
        }
        for parent in additions.parents where parent.parentId == nil { whole.insert(parent.statedGrantorId) }
        for grant in additions.instruments where grant.kind == .grant && !whole.contains(grant.grantorId) {
            guard let id = grant.id else { continue }
            let grantor = grant.grantorId
            added.insert(id)
            grants[grantor, default: []].insert(id)
            // A grant naming no issuer supersedes nothing and is superseded by nothing.
            guard let issuer = grant.issuerId else { continue }
            later[grantor, default: []].formUnion(
                try reader.supersedingGrants(grantorId: grantor, issuerId: issuer, from: grant.executedOn))
            if grant.supersessionClause != nil {
                grants[grantor, default: []].formUnion(
                    try reader.grantsInForce(grantorId: grantor, issuerId: issuer, on: grant.executedOn))
            }
        }
        for parent in additions.parents {
            guard let parentId = parent.parentId, let grant = try reader.instrument(id: parentId),
                !whole.contains(grant.grantorId)
            else { continue }
            grants[grant.grantorId, default: []].insert(parentId)
        }
        // A grantor whose every grant is in the batch has no history to spare: the whole one is
        // read as cheaply, the batch's new grantors together in a few index ranges.
        for (grantor, chosen) in grants where chosen.isSubset(of: added) {
            if try reader.grantCount(grantorId: grantor) == chosen.count {
                whole.insert(grantor)
                grants[grantor] = nil
            }
        }
    }

    /// The grants the evaluation of `grantor`'s grants needs beside them: the later grants that
    /// may supersede the added ones, and the recorded superseder of each grant evaluated again
    /// (no other earlier-recorded grant can end it first).
    func context(of grantor: Int64, in reader: LedgerReader) throws -> Set<Int64> {
        var context = later[grantor] ?? []
        for id in grants[grantor] ?? [] where !added.contains(id) {
            if let superseder = try reader.superseder(of: id) { context.insert(superseder) }
        }
        return context
    }
}
