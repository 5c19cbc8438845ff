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
        let reader = tx.reader
        // Grantors evaluated whole.
        var whole = Set<Int64>()
        for revocation in additions.revocations {
            whole.insert(revocation.targetGrantorId)
            whole.formUnion(try reader.grantorsInvolving(personId: revocation.targetGrantorId))
        }
        for parent in additions.parents where parent.parentId == nil { whole.insert(parent.statedGrantorId) }
        // By grantor: the grants to evaluate, and the grants they need as context.
        var grants: [Int64: Set<Int64>] = [:]
        var context: [Int64: Set<Int64>] = [:]
        var added = Set<Int64>()
        for grant in additions.instruments where grant.kind == .grant && !whole.contains(grant.grantorId) {
            guard let id = grant.id else { continue }
            let grantor = grant.grantorId
            added.insert(id)
            grants[grantor, default: []].insert(id)
            guard let issuer = grant.issuerId else { continue }
            context[grantor, default: []].formUnion(
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
        let facts = try reader.factsInForce()
        var people = Set<Int64>()
        var changedFrom: [Int64: Day?] = [:]
        for (grantor, chosen) in grants.sorted(by: { $0.key < $1.key }) {
            var needed = context[grantor] ?? []
            for id in chosen where !added.contains(id) {
                if let superseder = try reader.superseder(of: id) { needed.insert(superseder) }
            }
            let rows = try reader.historyRows(grantorId: grantor, grants: chosen, context: needed, facts: facts)
            people.formUnion(rows.instruments.map(\.grantorId) + rows.attorneys.values.joined())
            let derived = try derive(rows, grantorId: grantor, reader: reader, grants: chosen)
            let delegations = rows.parents.values.filter { $0.parentId.map(chosen.contains) ?? false }.map(\.delegationId)
            let first = rows.instruments.lazy.filter { chosen.contains($0.id) }.map(\.executedOn).min()
            let stored = try first.map { try reader.intervals(grantorId: grantor, from: $0) } ?? []
            let changes = IntervalChanges(
                grantors: grantor...grantor, stored: stored.filter { chosen.contains($0.grantId) },
                derived: derived.intervals)
            try tx.replaceDerived(
                removing: changes.removed, writing: changes.written, delegations: delegations,
                instruments: chosen.union(delegations), invalid: derived.invalid, endings: derived.endings)
            changedFrom.updateValue((changes.removed.map(\.validFrom) + changes.written.map(\.validFrom)).min(), forKey: grantor)
        }
        if !whole.isEmpty { try recompute(grantors: whole, in: tx) }
        try SignatureAudit.refresh(afterChangesFrom: changedFrom, people: people, in: tx)
    }
}
