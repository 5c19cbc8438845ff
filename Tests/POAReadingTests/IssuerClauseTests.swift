import Testing

@testable import POAReading

/// The issuer: read from the name right before a defined term, after "securities of" and
/// the insider's role, or from a heading; never the sentence around the name.
struct IssuerClauseFamilyTests {
    @Test(arguments: TemplateFamily.documents("issuer-clause"))
    func readsAsExpected(_ document: String) throws {
        try TemplateFamily.check("issuer-clause", document)
    }

    func issuer(_ text: String) -> String? {
        let p = passage(text)
        return IssuerClause.read(p, in: p.whole)?.value
    }

    @Test func theNameBeforeTheDefinedTermStopsAtTheAttorneysEmployer() {
        #expect(issuer("I, Ann Lee, appoint each of Bo Chen and Cy V. Young of The Quarry Lane Corporation (the \"Company\"), signing singly") == "The Quarry Lane Corporation")
    }

    @Test func theNameBeforeTheDefinedTermStopsAtTheSentence() {
        #expect(issuer("(1) execute for and on behalf of the undersigned, in the undersigned's capacity as a reporting person of Ridgeway Tool Company (the \"Company\") pursuant to Section 16") == "Ridgeway Tool Company")
    }

    @Test func aLegalFormAfterACommaStaysWithTheName() {
        #expect(issuer("submit to the SEC, Northgate Savings Bancorp, Inc. (the \"Company\"), and/or any exchange") == "Northgate Savings Bancorp, Inc.")
    }

    @Test func aLegalFormEndingTheSentenceKeepsItsPeriod() {
        #expect(issuer("to sign Forms 3, 4 and 5 with respect to securities of Tern Harbor Financial Group, Inc.. The authority ends") == "Tern Harbor Financial Group, Inc.")
    }

    @Test func aNameSplitAcrossLinesIsReadWhole() {
        #expect(issuer("as a Section 16 reporting person of Linden\nCorporation (the \"Company\"), hereby appoints") == "Linden Corporation")
    }

    @Test func innerConnectorsStayInTheName() {
        #expect(issuer("BANK OF MERIDIAN CORPORATION, a Delaware corporation (the \"Corporation\"), does hereby appoint") == "Bank of Meridian Corporation")
        #expect(issuer("in connection with the undersigned's capacity as an officer of Harlow Fargo & Company (the \"Company\"), each of") == "Harlow Fargo & Company")
    }

    @Test func aParentheticalBeforeTheDefinedTermIsSkipped() {
        #expect(issuer("securities issued by Vantor Labs Inc. (and any successors thereto) (the \"Company\"), the undersigned") == "Vantor Labs Inc.")
    }

    @Test func securitiesOfEndsAtTheFirstLowercaseWord() {
        #expect(issuer("information regarding transactions in the securities of Orbel Semiconductor Corporation from any third party, including brokers") == "Orbel Semiconductor Corporation")
        #expect(issuer("in respect of the equity securities of Fallow Creek Midstream, LP, hereby makes, constitutes and appoints") == "Fallow Creek Midstream, LP")
    }

    @Test func onlyTheCompanyNamesNoIssuer() {
        #expect(issuer("in the undersigned's capacity as an officer of the Company (the \"Company\"), Forms 3, 4 and 5") == nil)
        #expect(issuer("with respect to the securities of the Company, signing singly") == nil)
    }

    @Test func aLawFirmIsNotTheIssuer() {
        #expect(issuer("each of Ann Lee, an officer of Brightwater Marsh LLP, and Bo Chen, to execute Forms 3, 4 and 5") == nil)
    }
}
