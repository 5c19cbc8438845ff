import Testing

@testable import POAImport

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
