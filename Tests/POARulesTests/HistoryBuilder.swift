import POACore

@testable import POARules

/// Builds grantor histories for rule tests: people and issuers are small numbers, days are text.
struct HistoryBuilder {
    static let issuer: Int64 = 100
    var instruments: [HistoryInstrument] = []
    var facts: [HistoryFact] = []
    private var nextId: Int64 = 1
    private var filing: Int64 = 1

    static func day(_ text: String) -> Day { Day.parseISO(text) ?? Day(ordinal: 0) }

    @discardableResult
    mutating func grant(
        by grantor: Int64, on day: String, attorneys: [Int64], forms: Set<Form> = [.three, .four, .five, .f144],
        supersedes: Bool = true, delegable: Bool = false, expires: String? = nil, issuer: Int64? = HistoryBuilder.issuer,
        employment: Bool = false, sameFilingAsPrevious: Bool = false
    ) -> Int64 {
        add(
            kind: .grant, by: grantor, on: day, attorneys: attorneys, forms: forms, supersedes: supersedes,
            delegable: delegable, expires: expires, issuer: issuer, employment: employment,
            sameFiling: sameFilingAsPrevious)
    }

    @discardableResult
    mutating func delegation(
        by delegator: Int64, under parent: Int64?, statedGrantor: Int64, on day: String, attorneys: [Int64],
        forms: Set<Form> = [.id, .three, .four, .five, .f144], supersedes: Bool = true
    ) -> Int64 {
        let id = add(
            kind: .delegation, by: delegator, on: day, attorneys: attorneys, forms: forms, supersedes: supersedes,
            delegable: false, expires: nil, issuer: HistoryBuilder.issuer, employment: false, sameFiling: false)
        instruments[instruments.count - 1].parent = .init(
            parentId: parent, statedGrantorId: statedGrantor, statedExecutedOn: nil)
        return id
    }

    @discardableResult
    mutating func revocation(
        by grantor: Int64, on day: String, of target: String? = nil, attorney: Int64? = nil, effective: String? = nil,
        targetGrantor: Int64? = nil
    ) -> Int64 {
        let id = add(
            kind: .revocation, by: grantor, on: day, attorneys: [], forms: [], supersedes: false, delegable: false,
            expires: nil, issuer: HistoryBuilder.issuer, employment: false, sameFiling: false)
        instruments[instruments.count - 1].target = .init(
            grantorId: targetGrantor ?? grantor, executedOn: target.map(HistoryBuilder.day), attorneyId: attorney,
            effectiveOn: HistoryBuilder.day(effective ?? day))
        return id
    }

    mutating func fact(
        _ kind: HistoryFact.Kind, person: Int64, on day: String, issuer: Int64? = HistoryBuilder.issuer,
        target: String? = nil, attorney: Int64? = nil
    ) {
        facts.append(
            HistoryFact(
                id: Int64(facts.count + 1), kind: kind, personId: person, issuerId: issuer, onDay: HistoryBuilder.day(day),
                targetExecutedOn: target.map(HistoryBuilder.day), targetAttorneyId: attorney))
    }

    private mutating func add(
        kind: InstrumentKind, by grantor: Int64, on day: String, attorneys: [Int64], forms: Set<Form>, supersedes: Bool,
        delegable: Bool, expires: String?, issuer: Int64?, employment: Bool, sameFiling: Bool
    ) -> Int64 {
        let id = nextId
        nextId += 1
        if !sameFiling { filing += 1 }
        let position = sameFiling ? (instruments.last.map { $0.order.position + 1 } ?? 0) : 0
        instruments.append(
            HistoryInstrument(
                id: id, kind: kind, grantorId: grantor, issuerId: issuer,
                order: InstrumentOrder(executedOn: HistoryBuilder.day(day), filing: filing, position: position),
                delegable: delegable, supersessionClause: supersedes ? "shall supersede all prior authorizations" : nil,
                expiresOn: expires.map(HistoryBuilder.day), endsWithAttorneyEmployment: employment,
                attorneyIds: attorneys, forms: forms))
        return id
    }

    func evaluate(for grantor: Int64) -> Evaluation {
        AuthorityRules.evaluate(GrantorHistory(grantorId: grantor, instruments: instruments, facts: facts))
    }

    /// The attorneys who may sign `form` for `grantor` on `day`, by the stored-interval rule.
    func attorneys(for grantor: Int64, on day: String, form: Form = .four) -> Set<Int64> {
        Set(
            evaluate(for: grantor).intervals
                .filter { $0.contains(HistoryBuilder.day(day)) && $0.forms.contains(form) }
                .map(\.attorneyId))
    }
}
