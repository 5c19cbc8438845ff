import POACore
import Testing

@testable import POAReading

/// A revocation's operative verb revokes an earlier power of attorney, appointment,
/// authorization or authority now; the instrument's own end ("until ... revokes such
/// authorization") or a condition ("if the undersigned revokes") is none. What it revokes: one grant by the
/// day it was signed, all earlier grants, or one attorney; "effective as of" states when.
struct RevocationClauseTests {
    func verb(_ text: String) -> String? {
        let p = passage(text)
        return RevocationClause.operativeVerb(p, in: p.whole).map { p.text($0) }
    }

    func found(_ text: String) -> RevocationClause.Found? {
        let p = passage(text)
        return RevocationClause.read(p, in: p.whole, dates: DateScanner.dates(in: p, p.whole))
    }

    @Test(arguments: [
        ("The undersigned hereby revokes the Power of Attorney dated March 3, 2015.", "hereby revokes"),
        ("I hereby revoke all powers of attorney previously granted by me.", "hereby revoke"),
        ("The undersigned does revoke the appointment of Omar Tisdale as attorney-in-fact.", "does revoke"),
        ("The undersigned hereby rescinds the authorization given to Omar Tisdale on May 2, 2017.", "hereby rescinds"),
        ("The undersigned hereby terminates the authority of Omar Tisdale to sign on behalf of the undersigned.", "hereby terminates"),
    ])
    func eachVerbRevokingAnInstrument(_ text: String, _ expected: String) {
        #expect(verb(text) == expected, "\(text)")
    }

    @Test(arguments: [
        "This authorization shall remain in effect unless the undersigned revokes the power of attorney in writing.",
        "If the undersigned revokes the power of attorney, the attorneys shall be notified.",
        "The powers granted shall continue until the undersigned does revoke the authority by notice.",
        "When the undersigned revokes the appointment, the Company shall be informed.",
    ])
    func aConditionIsNoRevocation(_ text: String) {
        #expect(verb(text) == nil, "\(text)")
        let p = passage(text)
        #expect(!RevocationClause.isRevocation(p, in: p.whole))
    }

    @Test(arguments: [
        "The undersigned hereby revokes this Power of Attorney as to any future filings.",
        "Should the attorney-in-fact leave the Company, the undersigned revokes it and all authority under it.",
        "The undersigned hereby revokes the foregoing authorization as of the date below.",
    ])
    func theInstrumentItselfIsNoEarlierOne(_ text: String) {
        #expect(verb(text) == nil, "\(text)")
    }

    @Test func theObjectMustBeAnInstrument() {
        #expect(verb("The undersigned hereby terminates the lease of the premises at 12 Harrow Lane.") == nil)
    }

    /// The object is looked for within 200 bytes after the verb.
    @Test func theObjectMustBeNearTheVerb() {
        let far = "The undersigned hereby revokes, " + String(repeating: "for reasons stated in the letter to the Board, ", count: 5) + "the power of attorney."
        #expect(verb(far) == nil)
        #expect(verb("The undersigned hereby revokes, for reasons stated in the letter to the Board, the power of attorney.") == "hereby revokes")
    }

    @Test func oneGrantByTheDayItWasSigned() throws {
        let revocation = try #require(found("The undersigned hereby revokes the Power of Attorney dated March 3, 2015, granted to Harriet Vale."))
        #expect(revocation.executedOn == Day(year: 2015, month: 3, day: 3))
        #expect(!revocation.all)
        #expect(revocation.attorney == nil)
        #expect(revocation.effective == nil)
        #expect(revocation.claimed.count == 1)
    }

    /// "effective as of" states when the revocation takes effect, not which grant it revokes.
    @Test func anEffectiveDateIsNotTheRevokedGrantsDate() throws {
        let revocation = try #require(found("The undersigned hereby revokes all powers of attorney previously granted with respect to Quillfeather Therapeutics, Inc., effective as of June 1, 2016."))
        #expect(revocation.executedOn == nil)
        #expect(revocation.all)
        #expect(revocation.effective?.day == Day(year: 2016, month: 6, day: 1))
    }

    @Test func anEffectiveDateAndARevokedGrantsDate() throws {
        let revocation = try #require(found("The undersigned hereby revokes the Power of Attorney executed on March 3, 2015, effective on June 1, 2016."))
        #expect(revocation.executedOn == Day(year: 2015, month: 3, day: 3))
        #expect(revocation.effective?.day == Day(year: 2016, month: 6, day: 1))
        #expect(revocation.claimed.count == 2)
    }

    @Test func oneAttorneyByTheAppointmentOf() throws {
        let revocation = try #require(found("The undersigned hereby revokes the appointment of Omar Tisdale as attorney-in-fact under any power of attorney."))
        #expect(revocation.attorney == "Omar Tisdale")
        // One attorney is not all grants, even with "any" in the clause.
        #expect(!revocation.all)
    }

    @Test func oneAttorneyByPossessiveDesignation() throws {
        let revocation = try #require(found("The undersigned hereby revokes Omar Tisdale\u{2019}s designation as attorney-in-fact."))
        #expect(revocation.attorney == "Omar Tisdale")
    }

    /// A grant known only by the day it was filed is not read.
    @Test func aFilingDayNamesNoGrant() throws {
        let revocation = try #require(found("The undersigned hereby revokes the power of attorney filed with the Commission on May 5, 2016."))
        #expect(revocation.executedOn == nil)
    }

    @Test func noVerbNothingRead() {
        #expect(found("The Power of Attorney dated March 3, 2015 remains in full force and effect.") == nil)
    }
}
