import Testing

@testable import POAReading

/// Lists of attorneys-in-fact: groups by employer, titles after names, lettered items,
/// "Esq.", entity attorneys, and a list that starts after "solely in connection with".
struct AttorneyListTests {
    @Test(arguments: TemplateFamily.documents("attorney-list"))
    func readsAsExpected(_ document: String) throws {
        try TemplateFamily.check("attorney-list", document)
    }

    func names(_ text: String) -> [String] {
        let p = passage(text)
        return AppointmentClause.read(p, in: p.whole)?.attorneys.map(\.name) ?? []
    }

    @Test func theLastNameBeforeTheEmployerIsAPerson() {
        #expect(names("I, Ann Lee, appoint each of Bo Chen, Cy Young, and Dara V. Rao of The Quarry Lane\nCorporation (the \"Company\"), signing singly, as my attorney-in-fact") == ["Bo Chen", "Cy Young", "Dara V. Rao"])
    }

    @Test func theListGoesOnPastTheCompanysDefinedTerm() {
        #expect(names("hereby authorizes Bo Chen and Cy Young of Quarry Lane, Inc., a Delaware corporation (the \"Company\"), and Dara Rao of Fenn Marsh LLP, to execute") == ["Bo Chen", "Cy Young", "Dara Rao"])
        #expect(names("hereby appoints Bo Chen of Quarry Lane, Inc. (the \"Company\"), and each of Cy Young and Dara Rao of Fenn Marsh LLP, signing singly") == ["Bo Chen", "Cy Young", "Dara Rao"])
    }

    @Test func titlesAfterNamesAreSkipped() {
        #expect(names("hereby appoints Bo Chen, Executive Vice President, General Counsel and Secretary of QUARRY LANE FINANCIAL, a Delaware corporation (the \"Company\"), Cy Young, Chief Corporate & Securities Counsel of the Company, and Dara Rao, Senior Counsel, Securities, as attorneys") == ["Bo Chen", "Cy Young", "Dara Rao"])
        #expect(names("hereby appoints Cathy Rowe, EVP and Chief Consumer Banker and*\nKim Holt, EVP and Chief Financial Officer of Quarry* Federal, Inc. \"the Company\", as the undersigned's attorneys") == ["Cathy Rowe", "Kim Holt"])
    }

    @Test func anOfficeWrittenWithTheIsStillAnAttorney() {
        let p = passage("hereby appoints Elena Marsh and the General Counsel of the Company, or either of them, as attorneys")
        let found = AppointmentClause.read(p, in: p.whole)?.attorneys ?? []
        #expect(found.map(\.name) == ["Elena Marsh", "the General Counsel of the Company"])
        #expect(found.map(\.isOffice) == [false, true])
    }

    @Test func letteredItemsSeparatedBySemicolons() {
        #expect(names("HEREBY CONSTITUTES AND APPOINTS (A) ANN LEE; (B) BO CHEN; and (C) CY YOUNG, SIGNING SINGLY") == ["Ann Lee", "Bo Chen", "Cy Young"])
    }

    @Test func esquireIsNotPartOfTheName() {
        #expect(names("hereby appoints Ann Lee, Esq., Bo Chen, Esq., and Cy Young, paralegal, or either of them") == ["Ann Lee", "Bo Chen", "Cy Young"])
    }

    @Test func anEntityMayBeAnAttorney() {
        #expect(names("appoints each of Ann Lee, Bo Chen and Quarry Sponsor LLC, or any of them, each acting alone") == ["Ann Lee", "Bo Chen", "Quarry Sponsor LLC"])
    }

    @Test func aListAfterSolelyInConnectionWith() {
        #expect(names("hereby constitutes and appoints, solely in connection with the undersigned's capacity as an officer of Quarry & Company (the \"Company\"), each of Ann Lee, Bo Chen, and Cy Young, acting alone, the undersigned's true and lawful attorney-in-fact") == ["Ann Lee", "Bo Chen", "Cy Young"])
    }

    @Test func theFollowingPersonsAfterAColonUpToTheSentenceEnd() {
        #expect(names("has executed a power of attorney that authorizes and directs the following persons to file the Form on his behalf: Ann B.C. Lee, Bo St. Clair or Cy Young. The power of attorney is on file") == ["Ann B.C. Lee", "Bo St. Clair", "Cy Young"])
    }

    @Test func grantPowerOfAttorneyToEachOf() {
        #expect(names("I, Ann Lee, do hereby grant power of attorney to each of Bo Chen, Cy Young, and Dara Rao for the sole purpose of filing Forms 3, 4, or 5") == ["Bo Chen", "Cy Young", "Dara Rao"])
    }

    @Test func attorneysListedOnePerLineAfterAsFollows() {
        #expect(names("The individuals who are authorized to act as my Attorney-In-Fact under this Power of Attorney are as follows:\nBo Chen\nCy V. Young\nThis Power of Attorney is effective immediately.") == ["Bo Chen", "Cy V. Young"])
        #expect(names("The undersigned will do as follows:\nBo Chen\nCy Young\n") == [])
    }

    @Test func eachAndAllOfMessrs() {
        #expect(names("hereby constitutes and appoints each and all of Messrs. Bo Chen Ruiz, Cy de la Vega and Dara Rao, as his true and lawful attorneys-in-fact") == ["Bo Chen Ruiz", "Cy de la Vega", "Dara Rao"])
    }

    @Test func aLetterThatConfirmsWhoIsAuthorized() {
        #expect(names("This letter confirms that Bo Chen and Cy O'Neil are authorized and designated to sign all securities related filings, including Forms 3, 4 and 5, on my behalf.") == ["Bo Chen", "Cy O'Neil"])
        #expect(names("The undersigned confirms that the Company has received the Forms.") == [])
    }

    @Test func aMisspelledAppointIsStillTheVerb() {
        #expect(names("the undersigned hereby makes, constitutes and apppoints, Bo Chen, Cy Young, and Dara Rao each acting individually, as the undersigned's true and lawful attorney-in-fact") == ["Bo Chen", "Cy Young", "Dara Rao"])
    }
}
