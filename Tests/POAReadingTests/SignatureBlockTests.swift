import Testing

@testable import POAReading

/// Who signed: the grantor, never a notary or a certifying secretary.
struct SignatureBlockTests {
    func signer(_ text: String) -> SignatureBlock.Signer? {
        let p = passage(text)
        return SignatureBlock.signer(p, lines: 0..<p.lines.count, operativeLine: 0)
    }

    @Test(arguments: [
        ("appoints X.\n/s/ Jane Q. Doe", "Jane Q. Doe"),
        ("appoints X.\n/s/Jane Q. Doe", "Jane Q. Doe"),
        ("appoints X.\n/Jane Q. Doe/", "Jane Q. Doe"),
        ("appoints X.\nSignature: /s/ Jane Q. Doe", "Jane Q. Doe"),
        ("appoints X.\n/s/ JANE Q. DOE", "Jane Q. Doe"),
        ("appoints X.\n/s/ Edward J. Kelly, III", "Edward J. Kelly, III"),
        ("appoints X.\n/s/ Jane Q. Doe, Chief Executive Officer", "Jane Q. Doe"),
        ("appoints X.\n_________________\nJane Q. Doe", "Jane Q. Doe"),
    ])
    func signatureForms(_ text: String, _ name: String) {
        #expect(signer(text)?.name == name)
        #expect(signer(text)?.isEntity == false)
    }

    @Test func notaryIsNeverTheGrantor() {
        let text = "appoints X.\nIN WITNESS WHEREOF, signed.\nSTATE OF OHIO )\n) ss.\nSubscribed and sworn to before me\n/s/ Nora Notary\nNotary Public"
        #expect(signer(text) == nil)
    }

    @Test func grantorBeforeNotaryIsRead() {
        let text = "appoints X.\nIN WITNESS WHEREOF, signed.\n/s/ Gary Grantor\nSTATE OF OHIO )\nbefore me\n/s/ Nora Notary\nNotary Public"
        #expect(signer(text)?.name == "Gary Grantor")
        #expect(signer(text)?.span == SourceSpan(firstLine: 3, lastLine: 3))
    }

    @Test func entitySigningByAnOfficerIsTheEntity() throws {
        let found = try #require(signer("appoints X.\nXYZ CAPITAL MANAGEMENT, LLC\nBy: /s/ Jane Doe\nName: Jane Doe\nTitle: Managing Member"))
        #expect(found.name == "XYZ Capital Management, LLC")
        #expect(found.isEntity)
        #expect(found.span == SourceSpan(firstLine: 2, lastLine: 3))
    }

    @Test func bySignatureWithNoEntityNameIsNotGuessed() {
        #expect(signer("appoints X.\nBy: /s/ Jane Doe\nTitle: Managing Member") == nil)
        #expect(signer("appoints X.\nBy: /s/ Jane Doe, Authorized Signatory") == nil)
        #expect(signer("appoints X.\nBy:\n/s/ Jane Doe\nName: Jane Doe\nTitle: General Partner") == nil)
    }

    @Test func anInsidersOwnOfficeUnderTheNameIsNoEntitys() {
        #expect(signer("appoints X.\nBy:\n/s/ Jane Doe\nName:\nJane Doe\nTitle:\nDirector")?.name == "Jane Doe")
        #expect(signer("appoints X.\nBy: /s/ Jane Doe, Chief Financial Officer")?.name == "Jane Doe")
    }

    @Test(arguments: [
        "appoints X.\nIN WITNESS WHEREOF, signed.\nBy: /s/ Dana Q. Whitcombe\nName: Dana Q. Whitcombe",
        "appoints X.\nBy:\t/s/ Dana Q. Whitcombe\nName:\tDana Q. Whitcombe\nSchedule A\n1. Ann Other, Secretary",
        "appoints X.\nBy: /s/ Dana Q. Whitcombe",
        "appoints X.\nBy: /s/ Dana Q. Whitcombe\nName: Dana Q. Whitcombe\nTitle: Attorney-in-Fact",
    ])
    func bySignatureWithNoEntityIsTheSignersOwn(_ text: String) {
        #expect(signer(text)?.name == "Dana Q. Whitcombe")
        #expect(signer(text)?.isEntity == false)
    }

    @Test func printNameOnTheLineBelowItsLabel() {
        #expect(signer("appoints X.\nSignature:\n\nPrint Name:\nDANA Q. WHITCOMBE\nDate: May 1, 2023")?.name == "Dana Q. Whitcombe")
        #expect(signer("appoints X.\n/s/ D. Whitcombe\nPrint Name: Dana Q. Whitcombe")?.name == "Dana Q. Whitcombe")
    }

    @Test(arguments: [
        "appoints X.\nIN WITNESS WHEREOF, the undersigned has caused this Power of Attorney to be\nexecuted as of this 20th day of May, 2022.\nDana Q. Whitcombe",
        "appoints X.\nIN WITNESS WHEREOF, the undersigned has caused this Power of Attorney to be executed as of this 29th day of\nApril 2022. Dana Q. Whitcombe",
        "appoints X.\nIN WITNESS WHEREOF, signed this 2nd day of May, 2022.\n/ s / Dana Q. Whitcombe",
        "appoints X.\nIN WITNESS WHEREOF, signed.\nSignature:\n/s/ Dana (Dee) Q. Whitcombe\nPrint Name:\nDANA (DEE) Q. WHITCOMBE",
    ])
    func conformedSignatures(_ text: String) {
        #expect(signer(text)?.name == "Dana Q. Whitcombe")
    }

    @Test(arguments: [
        ("appoints X.\n/s/ Dana Whitcombe\nSignature\nDana Q. Whitcombe\nPrint Name", "Dana Q. Whitcombe"),
        ("appoints X.\n/s/ Dayna Q. Whitcombe\nDana Q. Whitcombe", "Dana Q. Whitcombe"),
        ("appoints X.\n/s/ Dana Q. Whitcombe\nAnn Other", "Dana Q. Whitcombe"),
        ("appoints X.\nSignature: Print Name: Dana Q. Whitcombe\nDate: May 1, 2023", "Dana Q. Whitcombe"),
        ("appoints X.\nI acknowledge my responsibilities.\nDana Q. Whitcombe\nDate: June 6, 2023", "Dana Q. Whitcombe"),
    ])
    func theTypedNameUnderASignature(_ text: String, _ name: String) {
        #expect(signer(text)?.name == name)
    }

    @Test func printNameInsideAParagraphStandsForAnImageSignature() {
        #expect(signer(Self.paragraph + "Signature: Print Name: Dana Q. Whitcombe Date: DocuSign Envelope ID: 34-8F")?.name == "Dana Q. Whitcombe")
    }

    @Test func aTypedNameFarBelowTheWitnessClauseIsNotTaken() {
        #expect(signer("appoints X.\nIN WITNESS WHEREOF, signed.\nDate: May 1, 2022\nAddress: 1 Main St.\nCity: Springfield\nPhone: 555\nDana Q. Whitcombe") == nil)
    }

    @Test func honorificsBeforeTheNameAreDropped() {
        #expect(signer("appoints X.\n/s/ The Honorable Dana Q. Whitcombe")?.name == "Dana Q. Whitcombe")
    }

    @Test(arguments: ["Lieutenant General", "Ambassador", "Rear Admiral", "Gen."])
    func ranksBeforeTheNameAreDropped(_ rank: String) {
        #expect(signer("appoints X.\n/s/ \(rank) Dana Q. Whitcombe")?.name == "Dana Q. Whitcombe")
    }

    @Test func captionsBesideAnInlineSignatureEndTheName() {
        #expect(signer(Self.paragraph + "/s/Dana Whitcombe      Signature      Dana Whitcombe       Print Name")?.name == "Dana Whitcombe")
    }

    @Test func aNameTypedAloneBeforeAClosingDateSigns() {
        #expect(signer(Self.paragraph + "Dana Q. Whitcombe   Date: June 6, 2023")?.name == "Dana Q. Whitcombe")
    }

    @Test(arguments: [
        "Dana Q. Whitcombe   Date: June 6, 2023, at the offices of the Company in Springfield",  // more after the date
        "Signed in the presence of the Board   Date: June 6, 2023",  // no name
        "Sworn before me, a notary public. Dana Q. Whitcombe Date: June 6, 2023",  // the notary's part
    ])
    func noNameIsReadBeforeADateThatDoesNotCloseTheText(_ ending: String) {
        #expect(signer(Self.paragraph + ending) == nil)
    }

    @Test func aDocuSignStampAndDateBetweenCaptionAndNameAreSkipped() {
        let stamp = "Signature:     Print Name:        DocuSign Envelope ID: 11B058D8-F73D-47DC-BE43-64F5D3776345 7/6/2022 Dana Whitcombe"
        #expect(signer(Self.paragraph + stamp)?.name == "Dana Whitcombe")
    }

    /// One paragraph holding the whole instrument: the hidden text of a scanned page.
    static let paragraph = "The undersigned appoints Ann Other as attorney-in-fact to sign Forms 3, 4 and 5 for the undersigned, "
        + "with full power of substitution, until revoked in writing. IN WITNESS WHEREOF, the undersigned has caused this "
        + "Power of Attorney to be executed. "

    @Test(arguments: [
        ("Date: __July 12, 2022__________ By: __/s/Dana Q. Whitcombe__________ Print Name: Dana Q. Whitcombe", "Dana Q. Whitcombe"),
        ("as of this 11th day of July 2022. /s/ Ming Lo MING LO", "Ming Lo"),
        ("By: /s/ Dana Q. Whitcombe Name: Dana Q. Whitcombe Annex A 1. Ann Other", "Dana Q. Whitcombe"),
        ("/s/ Edward J. Keel, III Date: June 1, 2023", "Edward J. Keel, III"),
        ("/s/ DANA Q. WHITCOMBE Print Name", "Dana Q. Whitcombe"),
    ])
    func signatureInsideAParagraph(_ tail: String, _ name: String) {
        #expect(signer(Self.paragraph + tail)?.name == name)
    }

    @Test(arguments: [
        "/s/ Ann Other, attorney-in-fact",
        "Sworn to before me this day. /s/ Nora Notary, Notary Public",
        "/s/ ________ Name:",
        "/s/ dana whitcombe",
    ])
    func noGrantorInsideAParagraphIsInvented(_ tail: String) {
        #expect(signer(Self.paragraph + tail) == nil)
    }

    @Test func certifyingSecretaryIsNotTheGrantor() {
        let text = "appoints X.\nDated: May 1, 2010\nI, Sam Secretary, hereby certify that the foregoing is true.\n/s/ Sam Secretary"
        #expect(signer(text) == nil)
    }

    /// The segmenter asks only whether a line is a signature: the answer must be the one
    /// reading the name would give, for every way a line can be (or almost be) signed.
    @Test(arguments: [
        "/s/ Jane Doe", "/S/ Jane Doe", "x /s/", "/Jane Doe/", "/JaneDoe/", " /Jane Doe/ ", "/a/b c/", "/ab/",
        "Signature: Jane Doe", "Signature:", "Signature:   ", "Signature: ____", "Signed: /x", "SIGNED: Jane",
        "By: Jane Doe", "by:\t\tJane", "By: _Jane", "By:", "Bye: Jane", "Jane Doe", "Dated: May 1, 2010",
        "By: Jos\u{E9} Doe", "By: \u{301}_", "By: _\u{301}", "Signature: \u{A0}", "/Jos\u{E9} Doe/",
    ])
    func signatureTestAgreesWithTheName(_ text: String) {
        let lower = LowerText(text)
        let line = SignatureBlock.Line(index: 0, text: text, lower: lower)
        #expect(SignatureBlock.isSignature(line) == (SignatureBlock.signedName(line) != nil))
    }
}
