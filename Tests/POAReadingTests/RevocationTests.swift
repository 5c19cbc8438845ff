import POACore
import Testing

@testable import POAReading

/// Revocations: of one grant named by the day it was signed or filed, of all earlier powers of
/// attorney for the issuer, or of one attorney's appointment.
struct RevocationTests {
    @Test(arguments: TemplateFamily.documents("revocation"))
    func readsAsExpected(_ document: String) throws {
        try TemplateFamily.check("revocation", document)
    }

    func found(_ text: String) -> RevocationClause.Found? {
        let p = passage(text)
        return RevocationClause.read(p, in: p.whole, dates: DateScanner.dates(in: p, p.whole))
    }

    @Test func theInstrumentsOwnEndIsNotARevocation() {
        for text in [
            "The authorization set forth above shall continue in full force and effect until the undersigned revokes such authorization by written instructions.",
            "The undersigned may revoke this Power of Attorney at any time.",
        ] {
            let p = passage(text)
            #expect(RevocationClause.operativeVerb(p, in: p.whole) == nil, "\(text)")
        }
    }

    @Test func aRevocationLaterInTheTextIsTheOperativeOne() throws {
        let p = passage("This authorization continues until the undersigned revokes such authorization. The undersigned hereby revokes the power of attorney dated May 1, 2014.")
        let verb = try #require(RevocationClause.operativeVerb(p, in: p.whole))
        #expect(p.text(verb) == "hereby revokes")
    }

    @Test func theRevokedGrantByTheDayItWasDelivered() throws {
        let revocation = try #require(found("The undersigned hereby revokes the power of attorney that the undersigned executed and delivered to the Company on March 3, 2015."))
        #expect(revocation.executedOn?.description == "2015-03-03")
        #expect(!revocation.all)
    }

    @Test func theDayAGrantWasFiledIsNotTheDayItWasSigned() throws {
        let filed = try #require(found("I hereby revoke my power of attorney filed with the Commission on May 5, 2016 as an exhibit to my Form 3."))
        #expect(filed.executedOn == nil)
        let both = try #require(found("I hereby revoke my power of attorney filed with the Commission on May 9, 2016, dated May 2, 2016."))
        #expect(both.executedOn?.description == "2016-05-02")
    }

    @Test func oneAttorneyByPossessive() throws {
        let revocation = try #require(found("In accordance with the authority granted, the undersigned hereby revokes Ambrose Kettering's appointment as attorney-in-fact on behalf of the Reporting Person."))
        #expect(revocation.attorney == "Ambrose Kettering")
    }

    @Test func allEarlierPowersWithTheirEffectiveDate() throws {
        let revocation = try #require(found("I hereby revoke any and all powers of attorney previously granted by me. This revocation is effective as of July 1, 2019."))
        #expect(revocation.all)
        #expect(revocation.effective?.day.description == "2019-07-01")
    }
}
