import Testing

@testable import POAReading

/// Documents that are not powers of attorney although they mention attorneys-in-fact: annual
/// reports and registration statements signed "By: /s/ NAME, Attorney-in-Fact", joint filing
/// agreements. They are `not-poa`, with what they are in the reason.
struct NotPOATests {
    @Test(arguments: TemplateFamily.documents("not-poa"))
    func readsAsExpected(_ document: String) throws {
        try TemplateFamily.check("not-poa", document)
    }

    private func passage(_ text: String) -> Passage { Passage.plainText(Array(text.utf8), 0..<text.utf8.count) }

    @Test func theCoverSaysWhatFilingItIs() {
        #expect(OtherFiling.kind(passage("FORM 10-K\nAnnual report pursuant to Section 13")) == "a Form 10-K annual report")
        #expect(OtherFiling.kind(passage("SCHEDULE 13D\nUnder the Securities Exchange Act of 1934")) == "a Schedule 13D")
        #expect(OtherFiling.kind(passage("POWER OF ATTORNEY\nKnow all by these presents")) == nil)
        #expect(OtherFiling.kind(passage("POWER OF ATTORNEY\nto sign Forms 3, 4 and 5 and\nSchedules 13D and 13G")) == nil)
    }

    @Test func aPowerOfAttorneyInsideAReportIsStillRead() {
        let text = """
            FORM 10-K
            Annual report pursuant to Section 13 or 15(d) of the Securities Exchange Act of 1934
            POWER OF ATTORNEY
            Know all by these presents, that the undersigned hereby constitutes and appoints Ada Lovel and Cyrus Marn, and each of them, as the undersigned's true and lawful attorneys-in-fact to sign this Annual Report on Form 10-K.
            Dated: March 1, 2016
            /s/ Ewan F. Gale
            """
        let extraction = DocumentReader.read(Array(text.utf8))
        #expect(extraction.verdict.instruments.first?.attorneys.map(\.name) == ["Ada Lovel", "Cyrus Marn"])
    }
}
