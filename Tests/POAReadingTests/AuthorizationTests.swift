import POACore
import Testing

@testable import POAReading

/// One-paragraph authorizations: "I hereby authorize A, B or any one of them to sign and file
/// on my behalf ...", "I, NAME, do hereby grant power of attorney to each of A and B for the
/// sole purpose of filing Forms 3, 4, or 5".
struct AuthorizationTests {
    @Test(arguments: TemplateFamily.documents("authorization"))
    func readsAsExpected(_ document: String) throws {
        try TemplateFamily.check("authorization", document)
    }

    private func passage(_ text: String) -> Passage { Passage.plainText(Array(text.utf8), 0..<text.utf8.count) }

    @Test func anAuthorizationMustSayWhatThePersonsMayDo() {
        let purpose = passage("I hereby authorize Ada Lovel and Cyrus Marn to sign and file on my behalf Forms 3, 4 and 5.")
        #expect(Authorization.read(purpose, in: purpose.whole)?.appointment.attorneys.count == 2)
        let none = passage("I hereby authorize Ada Lovel and Cyrus Marn. Nothing else is said here at all, in any way whatsoever, by anyone.")
        #expect(Authorization.read(none, in: none.whole) == nil)
    }

    @Test func allFormsUnderSection16AreForms3To5ButAMentionIsNot() {
        let all = passage("to sign any and all forms required by the Commission pursuant to Section 16 of the Exchange Act")
        #expect(Authorization.section16Forms(all, in: all.whole)?.value.map(\.rawValue) == ["3", "4", "5"])
        let mention = passage("to sign reports as required by Section 16 of the Exchange Act")
        #expect(Authorization.section16Forms(mention, in: mention.whole) == nil)
    }

    @Test func theAuthorizedPrincipalAmountNamesNobody() {
        let text = """
            FORM 10-K
            Annual report pursuant to Section 13 or 15(d) of the Securities Exchange Act of 1934
            Long-term debt instruments have not been filed because the authorized principal amount of any one of such issues does not exceed 10% of total assets.
            *By: /s/ Ada Lovel, Attorney-in-Fact
            """
        let extraction = DocumentReader.read(Array(text.utf8))
        #expect(extraction.verdict.label == "not-poa")
    }
}

extension AuthorizationTests {
    @Test func aRevocationThatAuthorizesStaysARevocation() {
        let text = """
            REVOCATION OF POWER OF ATTORNEY
            The undersigned hereby revokes the Power of Attorney dated May 1, 2015 in favor of Ada Lovel. I do hereby grant power of attorney to Cyrus Marn for the sole purpose of filing this revocation on my behalf.
            Dated: June 2, 2016
            /s/ Ewan F. Gale
            """
        let p = Passage.plainText(Array(text.utf8), 0..<text.utf8.count)
        #expect(InstrumentClassifier.classify(p, p.whole) == .instrument(.revocation))
    }
}
