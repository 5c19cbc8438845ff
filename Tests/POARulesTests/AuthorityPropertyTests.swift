import POACore
import PropertyBased
import Testing

@testable import POARules

/// Random histories, each evaluated by the engine's rules and by the naive day-by-day rules:
/// on every day, the same attorneys may sign the same forms.
struct AuthorityPropertyTests {
    static let start = Day.parseISO("2010-01-01") ?? Day(ordinal: 0)
    static let window = 40

    /// Turns event codes into a history: grants, delegations, revocations and facts for grantor 1.
    static func history(from codes: [Int]) -> GrantorHistory {
        var instruments: [HistoryInstrument] = []
        var facts: [HistoryFact] = []
        var filing: Int64 = 0
        let attorneys: [Int64] = [10, 11, 12, 13], subs: [Int64] = [20, 21, 22]
        func pick<T>(_ from: [T], _ bits: Int) -> [T] {
            let chosen = from.enumerated().filter { bits >> $0.offset & 1 == 1 }.map(\.element)
            return chosen.isEmpty ? [from[bits % from.count]] : chosen
        }
        for (index, code) in codes.enumerated() {
            let id = Int64(index + 1)
            let day = start.adding(days: (code / 10) % window)
            let bits = code / 400
            if bits & 1 == 1 || filing == 0 { filing += 1 }
            let order = InstrumentOrder(executedOn: day, filing: filing, position: index)
            let issuer: Int64? = [100, 100, 100, 200, nil][(bits >> 1) % 5]
            let grants = instruments.filter { $0.kind == .grant }
            switch code % 10 {
            case 0, 1, 2, 3:
                instruments.append(
                    HistoryInstrument(
                        id: id, kind: .grant, grantorId: 1, issuerId: issuer, order: order, delegable: bits >> 4 & 1 == 1,
                        supersessionClause: bits >> 5 & 1 == 1 ? "supersedes" : nil,
                        expiresOn: bits >> 6 & 3 == 0 ? day.adding(days: bits >> 8 & 15) : nil,
                        endsWithAttorneyEmployment: bits >> 12 & 1 == 1, attorneyIds: pick(attorneys, bits >> 13),
                        forms: bits >> 17 & 1 == 1 ? [.three, .four, .five, .f144] : Set(Form.section16)))
            case 4, 5:
                let parent = grants.isEmpty ? nil : grants[(bits >> 2) % grants.count]
                let delegator = (attorneys + subs)[(bits >> 5) % 7]
                instruments.append(
                    HistoryInstrument(
                        id: id, kind: .delegation, grantorId: delegator, issuerId: parent?.issuerId, order: order,
                        supersessionClause: bits >> 8 & 1 == 1 ? "supersedes" : nil, attorneyIds: pick(subs, bits >> 9),
                        forms: Set(Form.section16),
                        parent: .init(parentId: parent?.id, statedGrantorId: 1, statedExecutedOn: parent?.executedOn)))
            case 6:
                let owner: Int64 = bits >> 2 & 1 == 1 ? 1 : (attorneys + subs)[(bits >> 3) % 7]
                let targetDay = bits >> 6 & 1 == 1 && !grants.isEmpty ? grants[(bits >> 7) % grants.count].executedOn : nil
                let attorney = bits >> 10 & 1 == 1 ? (attorneys + subs)[(bits >> 11) % 7] : nil
                instruments.append(
                    HistoryInstrument(
                        id: id, kind: .revocation, grantorId: owner, issuerId: issuer, order: order,
                        target: .init(
                            grantorId: owner, executedOn: targetDay, attorneyId: attorney,
                            effectiveOn: day.adding(days: bits >> 14 & 3))))
            case 7:
                facts.append(HistoryFact(id: id, kind: .obligationsEnd, personId: 1, issuerId: issuer ?? 100, onDay: day))
            case 8:
                let person: Int64 = bits >> 2 & 1 == 1 ? 1 : (attorneys + subs)[(bits >> 3) % 7]
                let targetDay = bits >> 6 & 1 == 1 && !grants.isEmpty ? grants[(bits >> 7) % grants.count].executedOn : nil
                facts.append(
                    HistoryFact(
                        id: id, kind: .revocation, personId: person, issuerId: bits >> 10 & 1 == 1 ? nil : issuer,
                        onDay: day, targetExecutedOn: targetDay,
                        targetAttorneyId: bits >> 11 & 1 == 1 ? (attorneys + subs)[(bits >> 12) % 7] : nil))
            default:
                facts.append(
                    HistoryFact(
                        id: id, kind: .departure, personId: (attorneys + subs)[(bits >> 2) % 7], issuerId: issuer ?? 100,
                        onDay: day))
            }
        }
        return GrantorHistory(grantorId: 1, instruments: instruments, facts: facts)
    }

    static func check(_ codes: [Int]) {
        let history = history(from: codes)
        let intervals = AuthorityRules.evaluate(history).intervals
        let naive = NaiveAuthority(history)
        for offset in -1...(window + 20) {
            let day = start.adding(days: offset)
            var engine = Set<NaiveAuthority.Pair>()
            for interval in intervals where interval.contains(day) {
                for form in interval.forms { engine.insert(NaiveAuthority.Pair(attorney: interval.attorneyId, form: form)) }
            }
            let expected = naive.authorized(on: day)
            #expect(engine == expected, "day \(day), codes \(codes)")
            if engine != expected { return }
        }
    }

    @Test func storedIntervalsAgreeWithTheNaiveRulesOnEveryDay() async {
        await propertyCheck(count: 1000, input: Gen.int(in: 0...(1 << 26)).array(of: 1...9)) { codes in
            Self.check(codes)
        }
    }

    @Test func aKnownTrickyHistory() {
        // A grant, a delegation under it, a superseding grant naming the sub-attorney, a revocation of all.
        Self.check([400 + 0, 400 * 17 + 4 + 10, 400 * 33 + 2 + 50, 400 * 5 + 6 + 90])
    }
}
