import POACore
import Testing

@testable import POARules

// People: 1 is the insider (grantor); 10+ are attorneys.
struct GrantRulesTests {
    @Test(arguments: [("2004-02-18", false), ("2004-02-19", true), ("2004-02-20", true)])
    func aGrantTakesEffectOnItsExecutionDay(day: String, authorized: Bool) {
        var history = HistoryBuilder()
        history.grant(by: 1, on: "2004-02-19", attorneys: [10])
        #expect(history.attorneys(for: 1, on: day) == (authorized ? [10] : []))
    }

    @Test(arguments: [("2007-07-25", [Int64(10)]), ("2007-07-26", [11]), ("2007-07-27", [11])])
    func aLaterGrantWithTheClauseEndsTheEarlierOneOnItsDay(day: String, expected: [Int64]) {
        var history = HistoryBuilder()
        history.grant(by: 1, on: "2004-02-19", attorneys: [10])
        history.grant(by: 1, on: "2007-07-26", attorneys: [11], supersedes: true)
        #expect(history.attorneys(for: 1, on: day) == Set(expected))
    }

    @Test func theSupersessionIsRecordedWithItsClause() throws {
        var history = HistoryBuilder()
        let first = history.grant(by: 1, on: "2004-02-19", attorneys: [10])
        let second = history.grant(by: 1, on: "2007-07-26", attorneys: [11])
        let ending = try #require(history.evaluate(for: 1).endings.first { $0.endedId == first })
        #expect(ending.cause == .supersession)
        #expect(ending.byInstrumentId == second)
        #expect(ending.endedOn == HistoryBuilder.day("2007-07-26"))
        #expect(ending.clause == "shall supersede all prior authorizations")
    }

    @Test func aLaterGrantWithoutTheClauseLeavesTheEarlierInForce() {
        var history = HistoryBuilder()
        history.grant(by: 1, on: "2004-02-19", attorneys: [10])
        history.grant(by: 1, on: "2007-07-26", attorneys: [11], supersedes: false)
        #expect(history.attorneys(for: 1, on: "2008-01-01") == [10, 11])
    }

    @Test func aGrantForAnotherIssuerIsNotSuperseded() {
        var history = HistoryBuilder()
        history.grant(by: 1, on: "2004-02-19", attorneys: [10], issuer: 100)
        history.grant(by: 1, on: "2007-07-26", attorneys: [11], issuer: 200)
        #expect(history.attorneys(for: 1, on: "2008-01-01") == [10, 11])
    }

    @Test(arguments: [("2020-12-31", true), ("2021-01-01", false)])
    func aStatedExpiryIsTheLastDayInForce(day: String, authorized: Bool) {
        var history = HistoryBuilder()
        history.grant(by: 1, on: "2019-01-01", attorneys: [10], expires: "2020-12-31")
        #expect(history.attorneys(for: 1, on: day) == (authorized ? [10] : []))
    }

    @Test func aGrantCoversOnlyItsForms() {
        var history = HistoryBuilder()
        history.grant(by: 1, on: "2004-02-19", attorneys: [10])
        #expect(history.attorneys(for: 1, on: "2005-01-01", form: .four) == [10])
        #expect(history.attorneys(for: 1, on: "2005-01-01", form: .id) == [])
    }
}

struct SameDayTieTests {
    @Test func onTheSameDayTheLaterFilingWins() {
        var history = HistoryBuilder()
        history.grant(by: 1, on: "2010-01-01", attorneys: [10])
        history.grant(by: 1, on: "2010-01-01", attorneys: [11])
        #expect(history.attorneys(for: 1, on: "2010-01-01") == [11])
    }

    @Test func inOneFilingTheLaterPositionWins() {
        var history = HistoryBuilder()
        history.grant(by: 1, on: "2010-01-01", attorneys: [10])
        history.grant(by: 1, on: "2010-01-01", attorneys: [11], sameFilingAsPrevious: true)
        #expect(history.attorneys(for: 1, on: "2010-06-01") == [11])
    }
}

struct RevocationRulesTests {
    @Test(arguments: [("2011-02-28", true), ("2011-03-01", false)])
    func revokingOneGrantByItsDateEndsItOnTheEffectiveDay(day: String, authorized: Bool) {
        var history = HistoryBuilder()
        history.grant(by: 1, on: "2010-01-01", attorneys: [10])
        history.revocation(by: 1, on: "2011-02-15", of: "2010-01-01", effective: "2011-03-01")
        #expect(history.attorneys(for: 1, on: day) == (authorized ? [10] : []))
    }

    @Test func revokingAllGrantsEndsEveryEarlierOneButNotALaterOne() {
        var history = HistoryBuilder()
        history.grant(by: 1, on: "2010-01-01", attorneys: [10], supersedes: false)
        history.grant(by: 1, on: "2010-06-01", attorneys: [11], supersedes: false)
        history.revocation(by: 1, on: "2011-01-01")
        history.grant(by: 1, on: "2012-01-01", attorneys: [12], supersedes: false)
        #expect(history.attorneys(for: 1, on: "2010-12-31") == [10, 11])
        #expect(history.attorneys(for: 1, on: "2011-01-01") == [])
        #expect(history.attorneys(for: 1, on: "2012-01-01") == [12])
    }

    @Test func revokingOneAttorneyLeavesTheOthers() {
        var history = HistoryBuilder()
        history.grant(by: 1, on: "2010-01-01", attorneys: [10, 11])
        history.revocation(by: 1, on: "2011-01-01", attorney: 10)
        #expect(history.attorneys(for: 1, on: "2010-12-31") == [10, 11])
        #expect(history.attorneys(for: 1, on: "2011-01-01") == [11])
    }

    @Test(arguments: [("2012-03-30", true), ("2012-03-31", false)])
    func theEndOfObligationsEndsTheGrant(day: String, authorized: Bool) {
        var history = HistoryBuilder()
        history.grant(by: 1, on: "2010-01-01", attorneys: [10])
        history.fact(.obligationsEnd, person: 1, on: "2012-03-31")
        #expect(history.attorneys(for: 1, on: day) == (authorized ? [10] : []))
    }

    @Test func aDepartureEndsOnlyAuthorityTiedToEmployment() {
        var tied = HistoryBuilder()
        tied.grant(by: 1, on: "2010-01-01", attorneys: [10, 11], employment: true)
        tied.fact(.departure, person: 10, on: "2011-01-01")
        #expect(tied.attorneys(for: 1, on: "2011-01-01") == [11])
        var untied = HistoryBuilder()
        untied.grant(by: 1, on: "2010-01-01", attorneys: [10, 11], employment: false)
        untied.fact(.departure, person: 10, on: "2011-01-01")
        #expect(untied.attorneys(for: 1, on: "2011-01-01") == [10, 11])
    }
}

struct DelegationRulesTests {
    /// Grantor 1 grants to 10 (delegable); 10 delegates to 20; 20 delegates to 30 (a chain of two links).
    func chain() -> (HistoryBuilder, grant: Int64) {
        var history = HistoryBuilder()
        let grant = history.grant(by: 1, on: "2010-07-07", attorneys: [10, 11], forms: [.id, .three, .four, .five, .f144], delegable: true)
        history.delegation(by: 10, under: grant, statedGrantor: 1, on: "2010-07-09", attorneys: [20])
        history.delegation(by: 20, under: grant, statedGrantor: 1, on: "2010-08-01", attorneys: [30])
        return (history, grant)
    }

    @Test(arguments: [("2010-07-08", [Int64(10), 11]), ("2010-07-09", [10, 11, 20]), ("2010-08-01", [10, 11, 20, 30])])
    func subAttorneysMaySignFromTheDelegationsDay(day: String, expected: [Int64]) {
        #expect(chain().0.attorneys(for: 1, on: day) == Set(expected))
    }

    @Test func endingTheGrantEndsTheWholeChainTheSameDay() {
        var (history, _) = chain()
        history.grant(by: 1, on: "2011-01-01", attorneys: [11])
        #expect(history.attorneys(for: 1, on: "2010-12-31") == [10, 11, 20, 30])
        #expect(history.attorneys(for: 1, on: "2011-01-01") == [11])
        let endings = history.evaluate(for: 1).endings.filter { $0.cause == .parentEnded }
        #expect(endings.count == 2)
        #expect(endings.allSatisfy { $0.endedOn == HistoryBuilder.day("2011-01-01") })
    }

    @Test func aSubAttorneyNamedAgainByTheNewGrantKeepsAuthority() {
        var (history, _) = chain()
        history.grant(by: 1, on: "2011-01-01", attorneys: [20])
        #expect(history.attorneys(for: 1, on: "2011-06-01") == [20])
    }

    @Test func aDelegationUnderANonDelegableGrantIsInvalid() {
        var history = HistoryBuilder()
        let grant = history.grant(by: 1, on: "2010-07-07", attorneys: [10], delegable: false)
        let delegation = history.delegation(by: 10, under: grant, statedGrantor: 1, on: "2010-07-09", attorneys: [20])
        let evaluation = history.evaluate(for: 1)
        #expect(evaluation.invalidDelegations == [InvalidDelegation(delegationId: delegation, reason: .parentNotDelegable(parentId: grant))])
        #expect(history.attorneys(for: 1, on: "2010-08-01") == [10])
    }

    @Test func aDelegationBySomeoneNotNamedIsInvalid() {
        var history = HistoryBuilder()
        let grant = history.grant(by: 1, on: "2010-07-07", attorneys: [10], delegable: true)
        let delegation = history.delegation(by: 99, under: grant, statedGrantor: 1, on: "2010-07-09", attorneys: [20])
        #expect(
            history.evaluate(for: 1).invalidDelegations
                == [InvalidDelegation(delegationId: delegation, reason: .delegatorNotNamed(parentId: grant, delegatorId: 99))])
    }

    @Test func aDelegationDatedBeforeItsParentIsInvalid() {
        var history = HistoryBuilder()
        let grant = history.grant(by: 1, on: "2010-07-07", attorneys: [10], delegable: true)
        let delegation = history.delegation(by: 10, under: grant, statedGrantor: 1, on: "2010-07-01", attorneys: [20])
        #expect(
            history.evaluate(for: 1).invalidDelegations
                == [InvalidDelegation(delegationId: delegation, reason: .datedBeforeParent(parentId: grant))])
    }

    @Test func aLaterDelegationBySameDelegatorSupersedesTheEarlier() {
        var history = HistoryBuilder()
        let grant = history.grant(by: 1, on: "2010-07-07", attorneys: [10], delegable: true)
        history.delegation(by: 10, under: grant, statedGrantor: 1, on: "2010-07-09", attorneys: [20])
        history.delegation(by: 10, under: grant, statedGrantor: 1, on: "2010-09-01", attorneys: [21])
        #expect(history.attorneys(for: 1, on: "2010-08-31") == [10, 20])
        #expect(history.attorneys(for: 1, on: "2010-09-01") == [10, 21])
    }

    @Test func subAttorneysGetOnlyTheFormsBothInstrumentsCover() {
        var history = HistoryBuilder()
        let grant = history.grant(by: 1, on: "2010-07-07", attorneys: [10], forms: [.three, .four], delegable: true)
        history.delegation(by: 10, under: grant, statedGrantor: 1, on: "2010-07-09", attorneys: [20], forms: [.four, .five])
        #expect(history.attorneys(for: 1, on: "2010-08-01", form: .four) == [10, 20])
        #expect(history.attorneys(for: 1, on: "2010-08-01", form: .three) == [10])
        #expect(history.attorneys(for: 1, on: "2010-08-01", form: .five) == [])
    }

    @Test func revokingTheDelegatorsAppointmentEndsTheirDelegation() {
        var (history, _) = chain()
        history.revocation(by: 1, on: "2010-10-01", attorney: 10)
        #expect(history.attorneys(for: 1, on: "2010-10-01") == [11])
    }
}
