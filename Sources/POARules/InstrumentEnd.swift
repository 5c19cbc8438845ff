import POACore

/// Finds when an instrument, or one attorney's appointment under it, ends (rule 2), and why.
enum InstrumentEnd {
    /// Whether an issuer-scoped event applies to an instrument: the same known issuer, or an
    /// event that names no issuer (it applies to all).
    static func sameIssuer(_ event: Int64?, _ instrument: Int64?) -> Bool {
        event == nil || event == instrument
    }

    /// The earliest end of the whole instrument, or nil while nothing ends it.
    static func of(_ instrument: HistoryInstrument, context: AuthorityRules.Context) -> Ending? {
        var candidates: [Ending] = []
        let owner = instrument.grantorId
        // Revocations of it, or of all the owner's instruments for the issuer.
        for revocation in context.revocations {
            guard let target = revocation.target, target.grantorId == owner, target.attorneyId == nil,
                sameIssuer(revocation.issuerId, instrument.issuerId), revocation.id != instrument.id
            else { continue }
            let aimed = target.executedOn.map { $0 == instrument.executedOn } ?? (instrument.order < revocation.order)
            if aimed {
                candidates.append(
                    Ending(endedId: instrument.id, endedOn: target.effectiveOn, cause: .revocation, byInstrumentId: revocation.id))
            }
        }
        for fact in context.facts where fact.personId == owner && fact.targetAttorneyId == nil {
            switch fact.kind {
            case .revocation where sameIssuer(fact.issuerId, instrument.issuerId):
                let aimed = fact.targetExecutedOn.map { $0 == instrument.executedOn } ?? (instrument.executedOn < fact.onDay)
                if aimed {
                    candidates.append(Ending(endedId: instrument.id, endedOn: fact.onDay, cause: .revocation, byFactId: fact.id))
                }
            case .obligationsEnd where instrument.kind == .grant && fact.issuerId != nil && fact.issuerId == instrument.issuerId:
                if instrument.executedOn <= fact.onDay {
                    candidates.append(
                        Ending(endedId: instrument.id, endedOn: fact.onDay, cause: .obligationsEnd, byFactId: fact.id))
                }
            default: break
            }
        }
        // A later instrument of the same owner and kind that supersedes prior authorizations:
        // for a grant, for the same issuer; for a delegation, under the same parent grant.
        if let superseding = context.sorted.first(where: { later in
            later.order > instrument.order && later.kind == instrument.kind && later.grantorId == owner
                && later.supersedesPrior && supersedesSameScope(later, instrument)
        }) {
            candidates.append(
                Ending(
                    endedId: instrument.id, endedOn: superseding.executedOn, cause: .supersession,
                    byInstrumentId: superseding.id, clause: superseding.supersessionClause))
        }
        if let expiry = instrument.expiresOn {
            candidates.append(Ending(endedId: instrument.id, endedOn: expiry.next, cause: .expiry))
        }
        return candidates.min { $0.endedOn < $1.endedOn }
    }

    private static func supersedesSameScope(_ later: HistoryInstrument, _ earlier: HistoryInstrument) -> Bool {
        switch earlier.kind {
        case .grant:
            // An unknown issuer is never taken to be the same as another: both stay in force.
            return earlier.issuerId != nil && later.issuerId == earlier.issuerId
        case .delegation:
            return later.parent?.parentId != nil && later.parent?.parentId == earlier.parent?.parentId
        case .revocation:
            return false
        }
    }

    /// The earliest end of one attorney's appointment under `instrument` on its own account
    /// (a partial revocation, or the attorney leaving where authority is tied to employment).
    static func ofAppointment(
        _ attorney: Int64, in instrument: HistoryInstrument, delegator: Int64?, context: AuthorityRules.Context
    ) -> Ending? {
        var candidates: [Ending] = []
        let owners = Set([instrument.grantorId, context.grantorId])
        for revocation in context.revocations {
            guard let target = revocation.target, target.attorneyId == attorney, owners.contains(target.grantorId),
                sameIssuer(revocation.issuerId, instrument.issuerId)
            else { continue }
            let aimed = target.executedOn.map { $0 == instrument.executedOn } ?? (instrument.order < revocation.order)
            if aimed {
                candidates.append(
                    Ending(
                        endedId: instrument.id, attorneyId: attorney, endedOn: target.effectiveOn, cause: .revocation,
                        byInstrumentId: revocation.id))
            }
        }
        for fact in context.facts {
            switch fact.kind {
            case .revocation where fact.targetAttorneyId == attorney && owners.contains(fact.personId)
                && sameIssuer(fact.issuerId, instrument.issuerId):
                let aimed = fact.targetExecutedOn.map { $0 == instrument.executedOn } ?? (instrument.executedOn < fact.onDay)
                if aimed {
                    candidates.append(
                        Ending(
                            endedId: instrument.id, attorneyId: attorney, endedOn: fact.onDay, cause: .revocation,
                            byFactId: fact.id))
                }
            case .departure where fact.personId == attorney && instrument.endsWithAttorneyEmployment
                && fact.issuerId != nil && fact.issuerId == instrument.issuerId:
                candidates.append(
                    Ending(
                        endedId: instrument.id, attorneyId: attorney, endedOn: fact.onDay, cause: .departure,
                        byFactId: fact.id))
            default: break
            }
        }
        return candidates.min { $0.endedOn < $1.endedOn }
    }
}
