import POACore
import Testing

@testable import POAReading

/// Letters to the SEC that confirm who may sign the writer's Section 16 reports: "This letter
/// confirms that A and B are authorized", "The undersigned confirms that A, B and C ... are
/// authorized", "the individuals ... are as follows:" with one name per line.
struct LetterToSECTests {
    @Test(arguments: TemplateFamily.documents("letter-to-sec"))
    func readsAsExpected(_ document: String) throws {
        try TemplateFamily.check("letter-to-sec", document)
    }

    private func passage(_ text: String) -> Passage { Passage.plainText(Array(text.utf8), 0..<text.utf8.count) }

    @Test func readsTheListBeforeAreAuthorized() throws {
        let text = """
            Securities and Exchange Commission
            Washington, D.C. 20549
            This letter confirms that Ada B. Lovel and Cyrus D. Marn are authorized to sign Forms 3, 4 and 5 on my behalf.
            /s/ Ewan F. Gale
            """
        let p = passage(text)
        let grant = try #require(LetterToSEC.read(p, in: p.whole))
        #expect(grant.appointment.attorneys.map(\.name) == ["Ada B. Lovel", "Cyrus D. Marn"])
    }

    @Test func aLetterNotToTheCommissionIsNotOne() {
        let text = """
            Dear Shareholder:
            This letter confirms that Ada B. Lovel and Cyrus D. Marn are authorized to sign Forms 3, 4 and 5 on my behalf.
            """
        let p = passage(text)
        #expect(LetterToSEC.read(p, in: p.whole) == nil)
    }

    @Test func theLetterDateStandsAloneOnItsLine() throws {
        let text = """
            Our ref. 12, filed May 5, 2011 with the registrar
            May 7, 2011
            Securities and Exchange Commission
            """
        let p = passage(text)
        let date = try #require(LetterToSEC.letterDate(p, dates: DateScanner.dates(in: p, p.whole)))
        #expect(date.day.description == "2011-05-07")
    }

    @Test func theSubjectLineNamesTheIssuerOnlyBeforePowerOfAttorney() {
        let named = passage("Re: Hollin Widget Corporation - Power of Attorney\nTo whom it may concern:")
        #expect(LetterToSEC.subjectIssuer(named, named.whole)?.value == "Hollin Widget Corporation")
        let fileNumber = passage("RE: Commission File No. 0-805\nAuthorized Representatives")
        #expect(LetterToSEC.subjectIssuer(fileNumber, fileNumber.whole) == nil)
    }

    @Test func revokingThePriorPowerIsASupersession() throws {
        let p = passage("I revoke my prior Hollin Widget Corporation - Power of Attorney. This will confirm that I have granted")
        let clause = try #require(LetterToSEC.revokesPrior(p, p.whole))
        #expect(clause.value == "I revoke my prior Hollin Widget Corporation - Power of Attorney")
    }
}

extension LetterToSECTests {
    @Test func aPowerThatMentionsTheCommissionIsNoLetter() {
        let text = """
            POWER OF ATTORNEY
            The undersigned hereby constitutes and appoints Ada Lovel to file Forms 3, 4 and 5 with the Securities and Exchange Commission.
            The undersigned has authorized Cyrus Marn to sign the undersigned's Form ID on the undersigned's behalf.
            """
        let p = Passage.plainText(Array(text.utf8), 0..<text.utf8.count)
        #expect(LetterToSEC.read(p, in: p.whole) == nil)
    }
}
