import POACore
import Testing

@testable import POAImport

/// Grants that end on their own: a stated day ("expires on March 31, 2025", "until the earlier
/// of (i) January 1, 2026 and ..."), or a term from signing ("valid for two years from the date
/// hereof", "the fifth (5th) anniversary of the date written below").
struct ExpiryTests {
    @Test(arguments: TemplateFamily.documents("expiry"))
    func readsAsExpected(_ document: String) throws {
        try TemplateFamily.check("expiry", document)
    }

    func end(_ text: String) -> EndCondition.Found? {
        let p = passage(text)
        return EndCondition.read(p, in: p.whole, dates: DateScanner.dates(in: p, p.whole))
    }

    @Test func theEarlierOfAStatedDayIsTheExpiry() throws {
        let found = try #require(end("shall remain in full force and effect until the earlier of (i)\nJanuary 1, 2024 and (ii) such time that it is revoked."))
        #expect(found.expiresOn?.value == Day(year: 2024, month: 1, day: 1))
    }

    @Test func anAnniversaryOfSigningIsAPeriodInYears() throws {
        let found = try #require(end("and unless sooner revoked, shall terminate upon the fifth (5th) anniversary of the date written below."))
        #expect(found.period?.months == 60)
        let third = try #require(end("This power shall terminate on the third anniversary of the date hereof."))
        #expect(third.period?.months == 36)
    }

    /// A period that runs from an event, not from the signing, gives no expiry date: the
    /// event's day is a fact recorded beside the documents.
    @Test func aPeriodAfterAnEventIsNoExpiry() throws {
        let found = try #require(end("This Power of Attorney shall automatically terminate as to named attorneys-in-fact six months after the undersigned ceases to be a Section 16 Reporting Person of the Company."))
        #expect(found.period == nil)
        #expect(found.expiresOn == nil)
        #expect(end("This Power of Attorney shall be valid for six months after the date of its execution.")?.period?.months == 6)
    }

    @Test func terminatingUponAnEventIsNoEndCondition() {
        #expect(end("This power shall terminate upon the death of the undersigned.") == nil)
    }

    @Test func aLaterClauseGivesTheExpiryTheFirstLacks() throws {
        let found = try #require(end("This Power of Attorney shall remain in effect for so long as the undersigned is a director. This Power of Attorney shall expire on December 31, 2025."))
        #expect(found.condition.value.hasPrefix("for so long as"))
        #expect(found.expiresOn?.value == Day(year: 2025, month: 12, day: 31))
    }

    @Test func theWitnessSentenceIsNotPartOfTheCondition() throws {
        let found = try #require(end("until the undersigned is no longer required to file with the SEC.\nIN WITNESS WHEREOF, executed as of this 23rd day of March, 2023."))
        #expect(!found.condition.value.contains("WITNESS"))
        #expect(found.expiresOn == nil)
    }
}
