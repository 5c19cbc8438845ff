import POACore
import Testing

@testable import POAReading

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

    @Test(arguments: [
        ("This Power of Attorney is valid until June 30, 2025.", "2025-06-30"),
        ("This Power of Attorney shall remain in full force and effect through March 31, 2026.", "2026-03-31"),
        ("This Power of Attorney will expire on 12/31/2025.", "2025-12-31"),
        ("This Power of Attorney shall expire on the earlier of (a) the undersigned ceasing to be a director or (b) December 31, 2025.", "2025-12-31"),
    ])
    func aStatedLastDay(_ text: String, _ iso: String) {
        #expect(end(text)?.expiresOn?.value.description == iso)
    }

    @Test(arguments: [
        ("This Power of Attorney shall be effective for a period of one (1) year from the date of execution.", 12),
        ("This Power of Attorney expires twelve months from its execution.", 12),
        ("This Power of Attorney shall automatically terminate twelve (12) months after the date hereof.", 12),
        ("This Power of Attorney shall terminate on the first anniversary of the date hereof.", 12),
        ("this Power of Attorney shall be valid for a term of three (3) years from the date of signature.", 36),
        ("This limited power of attorney shall expire twenty-four (24) months after the date hereof.", 24),
    ])
    func aTermFromSigning(_ text: String, _ months: Int) {
        #expect(end(text)?.period?.months == months)
    }

    @Test func aNotarysCommissionIsNoExpiry() {
        #expect(end("/s/ Jane Roe\nNotary Public\nMy Commission Expires: August 30, 2026") == nil)
        #expect(end("Notary Public, State of Texas. My Commission Expires May 23, 2026")?.expiresOn == nil)
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
