import POACore

@testable import POARules

/// The rules of authority written the slow, obvious way: for one day at a time, straight from
/// the text of the rules, with no intervals. The property test holds the engine to it.
struct NaiveAuthority {
    let history: GrantorHistory
    let sorted: [HistoryInstrument]

    init(_ history: GrantorHistory) {
        self.history = history
        self.sorted = history.instruments.sorted { $0.order < $1.order }
    }

    var grantor: Int64 { history.grantorId }

    /// Every (attorney, form) that may sign for the grantor on `day`.
    func authorized(on day: Day) -> Set<Pair> {
        var pairs = Set<Pair>()
        for grant in sorted where grant.kind == .grant && grant.grantorId == grantor {
            for attorney in attorneys(under: grant) where holds(attorney, under: grant, on: day) {
                for form in formsHeld(attorney, under: grant, on: day) { pairs.insert(Pair(attorney: attorney, form: form)) }
            }
        }
        return pairs
    }

    struct Pair: Hashable { let attorney: Int64; let form: Form }

    private func attorneys(under grant: HistoryInstrument) -> Set<Int64> {
        Set(grant.attorneyIds).union(delegations(under: grant).flatMap(\.attorneyIds))
    }

    private func delegations(under grant: HistoryInstrument) -> [HistoryInstrument] {
        sorted.filter { $0.kind == .delegation && $0.parent?.parentId == grant.id }
    }

    private func sameIssuer(_ event: Int64?, _ instrument: Int64?) -> Bool { event == nil || event == instrument }

    /// Rule 2: the grant has ended by `day`.
    private func ended(_ grant: HistoryInstrument, by day: Day) -> Bool {
        if let expiry = grant.expiresOn, expiry < day { return true }
        for other in sorted where other.order > grant.order && other.kind == .grant && other.grantorId == grantor {
            if other.supersedesPrior, grant.issuerId != nil, other.issuerId == grant.issuerId, other.executedOn <= day { return true }
        }
        if wholeRevocation(of: grant, owner: grantor, by: day) { return true }
        return history.facts.contains {
            $0.kind == .obligationsEnd && $0.personId == grantor && $0.issuerId != nil && $0.issuerId == grant.issuerId
                && grant.executedOn <= $0.onDay && $0.onDay <= day
        }
    }

    private func wholeRevocation(of instrument: HistoryInstrument, owner: Int64, by day: Day) -> Bool {
        for revocation in sorted where revocation.kind == .revocation {
            guard let target = revocation.target, target.grantorId == owner, target.attorneyId == nil,
                sameIssuer(revocation.issuerId, instrument.issuerId), target.effectiveOn <= day
            else { continue }
            if target.executedOn.map({ $0 == instrument.executedOn }) ?? (instrument.order < revocation.order) { return true }
        }
        return history.facts.contains { fact in
            fact.kind == .revocation && fact.personId == owner && fact.targetAttorneyId == nil
                && sameIssuer(fact.issuerId, instrument.issuerId) && fact.onDay <= day
                && (fact.targetExecutedOn.map { $0 == instrument.executedOn } ?? (instrument.executedOn < fact.onDay))
        }
    }

    /// Rule 3's exceptions: this attorney's appointment under `instrument` ended by `day`.
    private func appointmentEnded(_ attorney: Int64, in instrument: HistoryInstrument, by day: Day) -> Bool {
        let owners: Set<Int64> = [instrument.grantorId, grantor]
        for revocation in sorted where revocation.kind == .revocation {
            guard let target = revocation.target, target.attorneyId == attorney, owners.contains(target.grantorId),
                sameIssuer(revocation.issuerId, instrument.issuerId), target.effectiveOn <= day
            else { continue }
            if target.executedOn.map({ $0 == instrument.executedOn }) ?? (instrument.order < revocation.order) { return true }
        }
        return history.facts.contains { fact in
            switch fact.kind {
            case .revocation:
                return fact.targetAttorneyId == attorney && owners.contains(fact.personId)
                    && sameIssuer(fact.issuerId, instrument.issuerId) && fact.onDay <= day
                    && (fact.targetExecutedOn.map { $0 == instrument.executedOn } ?? (instrument.executedOn < fact.onDay))
            case .departure:
                return fact.personId == attorney && instrument.endsWithAttorneyEmployment && fact.issuerId != nil
                    && fact.issuerId == instrument.issuerId && fact.onDay <= day
            case .obligationsEnd:
                return false
            }
        }
    }

    /// Whether `attorney` holds authority under `grant` on `day`, directly or through delegations
    /// ordered before `limit` (a delegator's authority comes only from earlier instruments).
    func holds(_ attorney: Int64, under grant: HistoryInstrument, on day: Day, before limit: InstrumentOrder? = nil) -> Bool {
        if grant.executedOn <= day, !ended(grant, by: day), grant.attorneyIds.contains(attorney),
            !appointmentEnded(attorney, in: grant, by: day), !grant.forms.isEmpty
        {
            return true
        }
        for delegation in delegations(under: grant) where limit.map({ delegation.order < $0 }) ?? true {
            if delegation.attorneyIds.contains(attorney), inForce(delegation, under: grant, on: day),
                !appointmentEnded(attorney, in: delegation, by: day)
            {
                return true
            }
        }
        return false
    }

    /// Rules 4 and 5 for one delegation on one day.
    private func inForce(_ delegation: HistoryInstrument, under grant: HistoryInstrument, on day: Day) -> Bool {
        let delegator = delegation.grantorId
        guard grant.delegable, delegation.executedOn >= grant.executedOn, delegation.executedOn <= day else { return false }
        // The delegator holds authority under the grant every day from the delegation's day to this one.
        var current = delegation.executedOn
        while current <= day {
            if !holds(delegator, under: grant, on: current, before: delegation.order) { return false }
            current = current.next
        }
        if wholeRevocation(of: delegation, owner: delegator, by: day) { return false }
        if let expiry = delegation.expiresOn, expiry < day { return false }
        return !delegations(under: grant).contains {
            $0.order > delegation.order && $0.grantorId == delegator && $0.supersedesPrior && $0.executedOn <= day
        }
    }

    /// The forms held: the grant's, narrowed by the delegation forms along the way (the test's
    /// histories give every delegation all Section 16 forms, so this is the grant's forms).
    private func formsHeld(_ attorney: Int64, under grant: HistoryInstrument, on day: Day) -> Set<Form> {
        grant.forms
    }
}
