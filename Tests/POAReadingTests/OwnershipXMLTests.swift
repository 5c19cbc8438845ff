import Foundation
import POACore
import Testing

@testable import POAReading

/// Reading the signatures of ownership filings: Forms 3, 4 and 5 and their amendments, Form 144,
/// alone or inside an EDGAR submission, and what happens to malformed XML.
struct OwnershipXMLTests {
    static func form(
        type: String = "4", owner: String = "<rptOwnerCik>1498237</rptOwnerCik><rptOwnerName>LEVENSON DAVID N</rptOwnerName>",
        signature: String = "<signatureName>/s/ Terence D. Shields, attorney-in-fact</signatureName><signatureDate>2010-07-12</signatureDate>",
        issuer: String = "<issuerCik>0000874766</issuerCik><issuerName>HARTFORD FINANCIAL SERVICES GROUP INC/DE</issuerName>"
    ) -> String {
        """
        <?xml version="1.0"?>
        <ownershipDocument>
            <schemaVersion>X0306</schemaVersion>
            <documentType>\(type)</documentType>
            <periodOfReport>2010-07-09</periodOfReport>
            <issuer>\(issuer)</issuer>
            <reportingOwner>
                <reportingOwnerId>\(owner)</reportingOwnerId>
            </reportingOwner>
            <ownerSignature>
                \(signature)
            </ownerSignature>
        </ownershipDocument>
        """
    }

    /// Why the document needs review, or what it got instead.
    func reviewReason(_ text: String) -> String {
        let verdict = readText(text).verdict
        guard case .needsReview(let reason, _) = verdict else { return "not needs-review: \(verdict)" }
        return reason
    }

    func signatures(_ text: String) throws -> [ExtractedSignature] {
        let extraction = readText(text)
        #expect(extraction.verdict == .poa([]), "\(extraction.verdict)")
        return extraction.signatures
    }

    @Test(arguments: [("3", Form.three), ("4", .four), ("5", .five), ("4/A", .four), ("3/A", .three), ("5/A", .five)])
    func formsThreeFourAndFiveAndTheirAmendmentsAreRead(_ type: String, _ form: Form) throws {
        let signature = try #require(try signatures(Self.form(type: type)).first)
        #expect(signature.form == form)
        #expect(signature.formAsFiled == type)
    }

    @Test func everyFactOfTheSignatureIsRead() throws {
        let all = try signatures(Self.form())
        let signature = try #require(all.first)
        #expect(all.count == 1)
        #expect(signature.issuerName == "HARTFORD FINANCIAL SERVICES GROUP INC/DE")
        #expect(signature.issuerCik == "0000874766")
        #expect(signature.periodOfReport == Day.parseISO("2010-07-09"))
        #expect(signature.owners == [ExtractedOwner(position: 0, name: "LEVENSON DAVID N", cik: "0001498237")])
        #expect(signature.signedOn == Day.parseISO("2010-07-12"))
        #expect(signature.signerAsWritten == "/s/ Terence D. Shields, attorney-in-fact")
        #expect(signature.signer.name == "Terence D. Shields")
        #expect(signature.span == SourceSpan(firstLine: 10, lastLine: 12))
    }

    @Test func namespacesCDATAEntitiesAndWhiteSpaceAreReadThrough() throws {
        let text = """
            <?xml version="1.0"?>
            <!-- <ownerSignature> in a comment is not one -->
            <ns1:ownershipDocument xmlns:ns1="http://www.sec.gov/edgar/ownership">
              <ns1:documentType> 4 </ns1:documentType>
              <ns1:issuer><ns1:issuerCik>874766</ns1:issuerCik><ns1:issuerName>Smith &amp; Wesson &lt;Brands&gt;, Inc.</ns1:issuerName></ns1:issuer>
              <ns1:reportingOwner><ns1:reportingOwnerId><ns1:rptOwnerName><![CDATA[O'BRIEN  THOMAS & <Ren&#233;>]]></ns1:rptOwnerName></ns1:reportingOwnerId></ns1:reportingOwner>
              <ns1:ownerSignature>
                <ns1:signatureName>/s/ Ren&#233;e&#32;Lef&#xE8;vre,
                   attorney-in-fact</ns1:signatureName>
                <ns1:signatureDate>2011-02-03</ns1:signatureDate>
              </ns1:ownerSignature>
            </ns1:ownershipDocument>
            """
        let signature = try #require(try signatures(text).first)
        #expect(signature.issuerName == "Smith & Wesson <Brands>, Inc.")
        #expect(signature.issuerCik == "0000874766")
        #expect(signature.owners.map(\.name) == ["O'BRIEN THOMAS & <Ren&#233;>"])
        #expect(signature.signer.name == "Renée Lefèvre")
    }

    @Test func aJointFilingNamesEveryOwnerAndEachSignatureKeepsTheOneItNames() throws {
        let text = Self.form(
            owner: "<rptOwnerName>LEVENSON DAVID N</rptOwnerName></reportingOwnerId></reportingOwner><reportingOwner><reportingOwnerId><rptOwnerName>KRECZKO ALAN J</rptOwnerName>",
            signature: """
                <signatureName>/s/ Terence D. Shields, attorney-in-fact</signatureName><signatureDate>2010-07-12</signatureDate>
                </ownerSignature><ownerSignature>
                <signatureName>/s/ Alan J. Kreczko</signatureName><signatureDate>2010-07-12</signatureDate>
                """)
        let all = try signatures(text)
        #expect(all.map { $0.owners.map(\.name) } == [["LEVENSON DAVID N", "KRECZKO ALAN J"], ["KRECZKO ALAN J"]])
    }

    /// A group of entities files one Form 4, each signature made for one of them: "General
    /// Counsel of X" signs for X, "Attorney-in-fact of Y" for Y.
    @Test func aSignatureNamingItsOwnerAfterAnOfficeOrAttorneyWordingSignsForItAlone() throws {
        let text = Self.form(
            owner: "<rptOwnerName>QV 2019 GP, L.L.C.</rptOwnerName></reportingOwnerId></reportingOwner><reportingOwner><reportingOwnerId><rptOwnerName>Quorran Holdings Inc.</rptOwnerName>",
            signature: """
                <signatureName>/s/ Irma Goldberg, General Counsel of QV 2019 GP, L.L.C.</signatureName><signatureDate>2023-05-10</signatureDate>
                </ownerSignature><ownerSignature>
                <signatureName>/s/ Irma Goldberg, Attorney-in-fact of Quorran Holdings Inc.</signatureName><signatureDate>2023-05-10</signatureDate>
                """)
        let all = try signatures(text)
        #expect(all.map { $0.owners.map(\.name) } == [["QV 2019 GP, L.L.C."], ["Quorran Holdings Inc."]])
    }

    @Test func aForm144NoticeIsRead() throws {
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <edgarSubmission xmlns="http://www.sec.gov/edgar/ownership">
              <headerData><submissionType>144</submissionType></headerData>
              <formData>
                <issuerInfo>
                  <issuerCik>0001500777</issuerCik><issuerName>Verdant Logistics Corp</issuerName>
                  <nameOfPersonForWhoseAccountTheSecuritiesAreToBeSold>Grant E. Holloway</nameOfPersonForWhoseAccountTheSecuritiesAreToBeSold>
                </issuerInfo>
                <noticeSignature><noticeDate>05/10/2023</noticeDate><signature>/s/ Priya Natarajan</signature></noticeSignature>
              </formData>
            </edgarSubmission>
            """
        let signature = try #require(try signatures(text).first)
        #expect(signature.form == .f144)
        #expect(signature.owners.map(\.name) == ["Grant E. Holloway"])
        #expect(signature.signedOn == Day.parseISO("2023-05-10"))
        #expect(signature.signer.name == "Priya Natarajan")
    }

    @Test func anotherEDGARXMLFormIsNotAnOwnershipFiling() {
        let text = "<?xml version=\"1.0\"?><edgarSubmission><headerData><submissionType>D</submissionType></headerData></edgarSubmission>"
        #expect(readText(text).verdict.label == "not-poa")
        #expect(readText(text).signatures.isEmpty)
    }

    @Test func insideASubmissionTheSignatureIsReadBesideTheEX24AndItsLinesCountInTheWholeFile() throws {
        let extraction = try SampleFiles.read("edgar_form4_with_ex24.txt")
        #expect(extraction.verdict.instruments.count == 1)
        let signature = try #require(extraction.signatures.first)
        #expect(signature.owners == [ExtractedOwner(position: 0, name: "Holloway Grant E", cik: "0001654321")])
        let lines = extraction.text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[signature.span.firstLine - 1].contains("<ownerSignature>"))
        #expect(lines[signature.span.lastLine - 1].contains("</ownerSignature>"))
    }

    @Test func aSubmissionWithOnlyAForm4IsRecordedForItsSignature() throws {
        let submission = """
            <SEC-DOCUMENT>0001-10-000001.txt : 20100712
            <SEC-HEADER>
            ACCESSION NUMBER:		0001-10-000001
            CONFORMED SUBMISSION TYPE:	4
            FILED AS OF DATE:		20100712
            </SEC-HEADER>
            <DOCUMENT>
            <TYPE>4
            <TEXT>
            <XML>
            \(Self.form())
            </XML>
            </TEXT>
            </DOCUMENT>
            </SEC-DOCUMENT>
            """
        let extraction = readText(submission)
        #expect(extraction.verdict == .poa([]))
        #expect(extraction.signatures.first?.span.firstLine == 20)
    }

    @Test(arguments: [
        (form(signature: "<signatureDate>2010-07-12</signatureDate>"), "has no signer (<signatureName>)"),
        (form(signature: "<signatureName>/s/ Ann Lee</signatureName>"), "has no date (<signatureDate>)"),
        (form(signature: "<signatureName>/s/ Ann Lee</signatureName><signatureDate>the 12th</signatureDate>"), "\"the 12th\""),
        (form(owner: ""), "no reporting owner named (<rptOwnerName>)"),
        (form(type: "10-K"), "document type \"10-K\" is not Form 3, 4 or 5"),
        (form(issuer: ""), "no issuer named"),
        (form().replacingOccurrences(of: "<ownerSignature>", with: "<remarks>").replacingOccurrences(of: "</ownerSignature>", with: "</remarks>"), "no signature (<ownerSignature>)"),
    ])
    func aMissingOrUnreadableFactNeedsReviewNamingIt(_ text: String, _ named: String) {
        let extraction = readText(text)
        guard case .needsReview(let reason, _) = extraction.verdict else {
            Issue.record("expected needs-review, got \(extraction.verdict)")
            return
        }
        #expect(reason.contains(named), "\(reason)")
        #expect(extraction.signatures.isEmpty)
    }

    @Test func malformedXMLNeverTrapsAndGetsAVerdict() {
        let whole = Array(Self.form().utf8)
        for cut in stride(from: 40, to: whole.count, by: 7) {
            let extraction = DocumentReader.read(Array(whole[..<cut]))
            #expect(["poa", "needs-review", "not-poa"].contains(extraction.verdict.label))
        }
        for garbage in ["<ownershipDocument><<<>>><//>", "<ownershipDocument><documentType>4", "<ownershipDocument attr=\"unclosed"] {
            #expect(readText(garbage).verdict.label == "needs-review")
        }
    }

    @Test func aCutOffDocumentWithItsSignatureStillReadsIt() throws {
        let text = Self.form().replacingOccurrences(of: "</ownershipDocument>", with: "")
        #expect(try signatures(text).count == 1)
    }

    @Test func aDocumentCutOffBeforeItsSignatureNeedsReviewNamingTheLineWhereItStops() {
        let text = Self.form().components(separatedBy: "<signatureDate>")[0]
        let reason = reviewReason(text)
        #expect(reason.contains("no signature (<ownerSignature>)"), "\(reason)")
        #expect(reason.contains("the XML is not well-formed at line 11"), "\(reason)")
    }

    @Test func aPrefixNobodyDeclaredIsReadByItsLocalName() throws {
        let text = Self.form().replacingOccurrences(of: "<", with: "<edgar:").replacingOccurrences(of: "<edgar:/", with: "</edgar:")
            .replacingOccurrences(of: "<edgar:?xml", with: "<?xml")
        #expect(text.contains("<edgar:ownerSignature>"))
        #expect(try signatures(text).first?.signer.name == "Terence D. Shields")
    }

    @Test func anElementNameIsReadWithoutCase() throws {
        let text = Self.form().replacingOccurrences(of: "ownerSignature>", with: "OwnerSignature>")
        #expect(try signatures(text).count == 1)
    }

    @Test func aDeclaredEncodingDoesNotChangeTheDecodedText() throws {
        // The decoder has already made the bytes UTF-8; the declaration speaks of the file's.
        let text = Self.form(owner: "<rptOwnerName>MÜLLER JÜRGEN</rptOwnerName>")
            .replacingOccurrences(of: "<?xml version=\"1.0\"?>", with: "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>")
        #expect(try signatures(text).first?.owners.map(\.name) == ["MÜLLER JÜRGEN"])
    }

    @Test(arguments: [
        ("<rptOwnerName>SMITH & JONES LLC</rptOwnerName>", "a name missing after '&'"),
        ("<rptOwnerName>SMITH&nbsp;JONES</rptOwnerName>", "an entity XML does not define"),
        ("<rptOwnerName>SMITH <JONES></rptOwnerName>", "an end tag that does not match"),
    ])
    func aFactTheParserCannotReadNeedsReviewNamingTheErrorAndItsLine(_ owner: String, _ named: String) {
        let reason = reviewReason(Self.form(owner: owner))
        #expect(reason.contains("no reporting owner named"), "\(reason)")
        #expect(reason.contains("the XML is not well-formed at line 8"), "\(reason)")
        #expect(reason.contains(named), "\(reason)")
    }

    @Test func anEndTagCutByALineBreakInAFootnoteHidesTheFootnoteAndNotTheSignature() throws {
        // EDGAR's old submissions wrap lines at 1,024 characters, even inside a tag.
        let text = Self.form().replacingOccurrences(
            of: "<ownerSignature>", with: "<footnotes><footnote id=\"F1\">The grant vests in three parts.</fo\notnote></footnotes>\n<ownerSignature>")
        let signature = try #require(try signatures(text).first)
        #expect(signature.signer.name == "Terence D. Shields")
        #expect(signature.span == SourceSpan(firstLine: 12, lastLine: 14))
    }

    @Test func anErrorAfterTheRootElementEndsChangesNothing() throws {
        #expect(try signatures(Self.form() + "\n</XML> & trailing <junk").count == 1)
    }
}
