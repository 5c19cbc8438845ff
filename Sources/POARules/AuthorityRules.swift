import POACore

/// The rules of effective authority, evaluated over one grantor's history.
///
/// 1. A grant takes effect on its execution day.
/// 2. It ends on the earliest of: a revocation of it (or of all the grantor's grants for the
///    issuer); the day of a later grant by the same grantor for the same issuer that supersedes
///    prior authorizations; the end of the grantor's Section 16 obligations for the issuer; the
///    day after its stated expiry.
/// 3. Each attorney it names may sign the forms it covers while it is in force, unless that
///    attorney's appointment was revoked, or the attorney left where the grant ties authority
///    to employment.
/// 4. A valid delegation gives each sub-attorney the forms both instruments cover, from its day,
///    while the delegator's authority under the grant lasts and the delegation itself is not
///    revoked or superseded by a later delegation of the same delegator under the same grant.
/// 5. A delegation under a grant that is not delegable, by someone holding no authority under
///    it that day, or dated before it, gives nothing and is reported as invalid.
/// 6. Instruments of the same day are ordered by filing, then by position in the document.
///
/// `evaluate` is pure: the same history always gives the same evaluation.
public enum AuthorityRules {
    ///
    /// With `grants`, only what those grants derive (their intervals and endings, and the
    /// invalid delegations under them): the other instruments of the history are context.
    public static func evaluate(_ history: GrantorHistory, grants: Set<Int64>? = nil) -> Evaluation {
        let sorted = history.instruments.sorted { $0.order < $1.order }
        let context = Context(
            grantorId: history.grantorId, sorted: sorted,
            revocations: sorted.filter { $0.kind == .revocation }, facts: history.facts)
        var evaluation = Evaluation()
        for grant in sorted where grant.kind == .grant && grant.grantorId == history.grantorId {
            guard grants?.contains(grant.id) ?? true else { continue }
            evaluate(grant: grant, context: context, into: &evaluation)
        }
        guard grants == nil else { return evaluation }
        for delegation in sorted where delegation.kind == .delegation {
            guard let parent = delegation.parent, parent.parentId == nil,
                parent.statedGrantorId == history.grantorId
            else { continue }
            evaluation.invalidDelegations.append(
                InvalidDelegation(
                    delegationId: delegation.id,
                    reason: .parentMissing(statedGrantorId: parent.statedGrantorId, statedExecutedOn: parent.statedExecutedOn)))
        }
        return evaluation
    }

    struct Context {
        let grantorId: Int64
        let sorted: [HistoryInstrument]
        let revocations: [HistoryInstrument]
        let facts: [HistoryFact]
    }

    /// One way an attorney holds authority under a grant: directly, or through delegations.
    struct Holding {
        var from: Day
        var until: Day?
        var forms: Set<Form>
        var via: [Int64]

        func contains(_ day: Day) -> Bool { DayRange(from: from, until: until).contains(day) }
    }

    private static func evaluate(grant: HistoryInstrument, context: Context, into evaluation: inout Evaluation) {
        let end = InstrumentEnd.of(grant, context: context)
        if let ending = end { evaluation.endings.append(ending) }
        var holdings: [Int64: [Holding]] = [:]
        var seen = Set<Int64>()
        for attorney in grant.attorneyIds where seen.insert(attorney).inserted {
            let own = InstrumentEnd.ofAppointment(attorney, in: grant, delegator: nil, context: context)
            if let own, end.map({ own.endedOn < $0.endedOn }) ?? true { evaluation.endings.append(own) }
            let until = Day.earliest(end?.endedOn, own?.endedOn)
            let holding = Holding(from: grant.executedOn, until: until, forms: grant.forms, via: [grant.id])
            holdings[attorney, default: []].append(holding)
            append(holding, attorney: attorney, grant: grant, into: &evaluation)
        }
        for delegation in context.sorted where delegation.kind == .delegation && delegation.parent?.parentId == grant.id {
            evaluate(delegation: delegation, under: grant, holdings: &holdings, context: context, into: &evaluation)
        }
    }

    private static func evaluate(
        delegation: HistoryInstrument, under grant: HistoryInstrument, holdings: inout [Int64: [Holding]],
        context: Context, into evaluation: inout Evaluation
    ) {
        let delegator = delegation.grantorId
        func invalid(_ reason: InvalidDelegation.Reason) {
            evaluation.invalidDelegations.append(InvalidDelegation(delegationId: delegation.id, reason: reason))
        }
        guard grant.delegable else { return invalid(.parentNotDelegable(parentId: grant.id)) }
        guard delegation.executedOn >= grant.executedOn else { return invalid(.datedBeforeParent(parentId: grant.id)) }
        guard let held = holdings[delegator], !held.isEmpty else {
            return invalid(.delegatorNotNamed(parentId: grant.id, delegatorId: delegator))
        }
        // Of the ways the delegator holds authority that day, the one lasting longest carries it.
        guard
            let basis = held.filter({ $0.contains(delegation.executedOn) })
                .max(by: { Day.isEarlier($0.until, than: $1.until) })
        else { return invalid(.delegatorNotInForce(parentId: grant.id, delegatorId: delegator)) }
        // The delegation lasts while the delegator stays an attorney under the grant without a
        // break, through whichever of their holdings carries on where another ends.
        var coverage = basis.until
        while let end = coverage,
            let next = held.filter({ $0.contains(end) }).max(by: { Day.isEarlier($0.until, than: $1.until) })
        {
            coverage = next.until
        }
        let own = InstrumentEnd.of(delegation, context: context)
        let until = Day.earliest(coverage, own?.endedOn)
        if let own, Day.isEarlier(own.endedOn, than: coverage) || own.endedOn == coverage {
            evaluation.endings.append(own)
        } else if let parentEnd = coverage {
            evaluation.endings.append(
                Ending(endedId: delegation.id, endedOn: parentEnd, cause: .parentEnded, byInstrumentId: basis.via.last))
        }
        let forms = basis.forms.intersection(delegation.forms)
        var seen = Set<Int64>()
        for attorney in delegation.attorneyIds where seen.insert(attorney).inserted {
            let ownEnd = InstrumentEnd.ofAppointment(attorney, in: delegation, delegator: delegator, context: context)
            if let ownEnd, Day.isEarlier(ownEnd.endedOn, than: until) { evaluation.endings.append(ownEnd) }
            let holding = Holding(
                from: delegation.executedOn, until: Day.earliest(until, ownEnd?.endedOn), forms: forms,
                via: basis.via + [delegation.id])
            holdings[attorney, default: []].append(holding)
            append(holding, attorney: attorney, grant: grant, into: &evaluation)
        }
    }

    private static func append(
        _ holding: Holding, attorney: Int64, grant: HistoryInstrument, into evaluation: inout Evaluation
    ) {
        // An empty interval (ended the day it began) gives nothing.
        guard holding.until.map({ holding.from < $0 }) ?? true, !holding.forms.isEmpty else { return }
        evaluation.intervals.append(
            AuthorityInterval(
                grantorId: grant.grantorId, attorneyId: attorney, issuerId: grant.issuerId, from: holding.from,
                until: holding.until, forms: holding.forms.sorted(), via: holding.via))
    }
}

extension Day {
    /// The earlier of two ends, where nil means "never".
    static func earliest(_ a: Day?, _ b: Day?) -> Day? {
        switch (a, b) {
        case let (a?, b?): return Swift.min(a, b)
        case let (a?, nil): return a
        case let (nil, b?): return b
        case (nil, nil): return nil
        }
    }

    /// Whether end `a` comes strictly before end `b`, where nil means "never".
    static func isEarlier(_ a: Day?, than b: Day?) -> Bool {
        switch (a, b) {
        case let (a?, b?): return a < b
        case (_?, nil): return true
        case (nil, _): return false
        }
    }
}
