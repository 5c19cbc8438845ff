import POACore
import Testing

@testable import POAReading

/// HTML exhibits and EDGAR submissions: the text, not the markup, with original line numbers.
struct HTMLTextTests {
    func text(_ html: String) -> String {
        let bytes = Array(html.utf8)
        let p = HTMLText.passage(bytes, 0..<bytes.count)
        return String(decoding: p.bytes, as: UTF8.self)
    }

    @Test func tagsScriptsAndStylesAreDropped() {
        #expect(text("<p>A <b>bold</b> word</p><script>var x = '<p>no</p>';</script><style>p{}</style><p>B</p>") == "A bold word\nB\n")
    }

    @Test func entitiesAreDecoded() {
        #expect(text("<p>R&amp;D&nbsp;O&#8217;Brien &#x2019; &rsquo; &lt;x&gt; &eacute;</p>") == "R&D O'Brien ' ' <x> \u{E9}\n")
    }

    @Test func tableCellsAreSeparateLines() {
        #expect(text("<tr><td>Dated: 5/1/2009</td><td>/s/ Jane Doe</td></tr>") == "Dated: 5/1/2009\n/s/ Jane Doe\n")
    }

    @Test func linesMapBackToTheSource() {
        let html = "<html>\n<body>\n<p>first\nsecond</p>\n<p>third</p>"
        let bytes = Array(html.utf8)
        let p = HTMLText.passage(bytes, 0..<bytes.count)
        #expect(p.lines.count == 2)
        #expect(p.span(p.lines[0]) == SourceSpan(firstLine: 3, lastLine: 4))
        #expect(p.span(p.lines[1]) == SourceSpan(firstLine: 5, lastLine: 5))
    }

    @Test func commentsAreSkippedWhateverTheyHold() {
        // What Workiva writes at the top of every exhibit: a comment with no `>` inside.
        #expect(text("<!-- Document created using Workiva -->\n<p>Jane Doe</p>") == "Jane Doe\n")
        #expect(text("<p>A<!-- x > y -->B</p>") == "AB\n")
        #expect(text("<p>A</p><!--->C") == "A\n")  // unclosed: runs to the end
        #expect(text("<!---->D") == "D\n")
        #expect(text("<!--") == "")
    }

    @Test func entitiesOutOfRangeOrCutShortStayText() {
        #expect(text("<p>a&#99999999999;b</p>") == "a&#99999999999;b\n")  // too many digits: not a reference
        #expect(text("<p>&#x110000; &#0; &#55296;</p>") == "\u{FFFD} \u{FFFD} \u{FFFD}\n")  // no such scalar
        #expect(text("<p>x&#</p>") == "x&#\n")
        #expect(text("<p>R&amp D &x</p>") == "R& D &x\n")
        #expect(text("x&#x") == "x&#x\n")
    }

    @Test func strayAnglesAndCutTagsEndQuietly() {
        #expect(text("a < b and c > d") == "a d\n")  // a `<` opens a tag that runs to the next `>`
        #expect(text("<p>A</p><td") == "A\n")
        #expect(text("<p>A</p><a href=\"x>y") == "A\n")
        #expect(text("<![CDATA[ x ]]><p>B</p>") == "B\n")
    }

    @Test func commentLinesStillCount() {
        let bytes = Array("<!-- one\ntwo -->\n<p>three</p>".utf8)
        let p = HTMLText.passage(bytes, 0..<bytes.count)
        #expect(p.span(p.lines[0]) == SourceSpan(firstLine: 3, lastLine: 3))
    }

    @Test func inlineTagsSeparateNothing() {
        #expect(text("<p>as of this 10<sup>th</sup> day of <b>J</b>anuary</p>") == "as of this 10th day of January\n")
        #expect(text("<p>Jane<span> </span>Doe<br>x</p>") == "Jane Doe\nx\n")
        #expect(text("<p>Jane<img src=x>Doe</p>") == "Jane Doe\n")
    }

    @Test func preformattedTextKeepsItsLineBreaks() {
        #expect(text("<pre>IN WITNESS WHEREOF\n\n/s/ Jane Doe\nJane Doe</pre>after\nthis") == "IN WITNESS WHEREOF\n/s/ Jane Doe\nJane Doe\nafter this\n")
    }

    @Test func unclosedScriptsAndStylesEndTheText() {
        #expect(text("<p>A</p><script>var x = 1;") == "A\n")
        #expect(text("<p>A</p><STYLE>p{}</STYLE><p>B") == "A\nB\n")
    }

    @Test func htmlSampleReadsThroughTheMarkup() throws {
        let extraction = try SampleFiles.read("htm_exhibit_limited_poa.htm")
        #expect(extraction.mediaType == "text/html")
        let grant = try #require(extraction.verdict.instruments.first)
        #expect(grant.grantor?.value == "Victor H. Lemaire")
        #expect(grant.grantor?.span.firstLine == 27)
        #expect(extraction.text.contains("<TABLE>"))
    }
}

struct EDGARSubmissionTests {
    @Test func headerFactsAreKept() throws {
        let extraction = try SampleFiles.read("edgar_form4_with_ex24.txt")
        let header = try #require(extraction.header)
        #expect(header.accessionNumber == "0001209191-16-101234")
        #expect(header.filedOn == Day(year: 2016, month: 2, day: 22))
        #expect(header.issuer == FilingHeader.Party(name: "Verdant Logistics Corp", cik: "0001500777"))
        #expect(header.reportingOwners == [FilingHeader.Party(name: "HOLLOWAY GRANT E", cik: "0001654321")])
        #expect(extraction.mediaType == "application/edgar-submission")
    }

    @Test func exhibitSaysOnlyTheCompanySoIssuerIsLeftToTheHeader() throws {
        let extraction = try SampleFiles.read("edgar_form4_with_ex24.txt")
        let grant = try #require(extraction.verdict.instruments.first)
        #expect(extraction.verdict.instruments.count == 1)
        #expect(grant.issuer == nil)
        #expect(grant.grantor?.value == "Grant E. Holloway")
        let lines = extraction.text.split(separator: "\n", omittingEmptySubsequences: false)
        let grantorLine = String(lines[(grant.grantor?.span.firstLine ?? 1) - 1])
        let attorneyLine = String(lines[(grant.attorneys.first?.span.firstLine ?? 1) - 1])
        #expect(grantorLine.contains("/s/ Grant E. Holloway"))
        #expect(attorneyLine.contains("Priya Natarajan"))
    }

    @Test func submissionWithOnlyAnUnsignedForm4NeedsReviewAndKeepsItsHeader() {
        let text = """
            <SEC-DOCUMENT>
            <SEC-HEADER>
            ACCESSION NUMBER:\t0000000000-10-000001
            CONFORMED SUBMISSION TYPE:\t4
            FILED AS OF DATE:\t20100709
            </SEC-HEADER>
            <DOCUMENT>
            <TYPE>4
            <TEXT>
            <XML>
            <ownershipDocument></ownershipDocument>
            </XML>
            </TEXT>
            </DOCUMENT>
            </SEC-DOCUMENT>
            """
        let extraction = readText(text)
        #expect(extraction.verdict.label == "needs-review")
        #expect(extraction.verdict.reason?.contains("no <documentType>") == true)
        #expect(extraction.header?.filedOn == Day(year: 2010, month: 7, day: 9))
    }

    @Test func poaEmbeddedInAScheduleThirteenGIsRead() {
        let text = """
            <SEC-DOCUMENT>
            <SEC-HEADER>
            CONFORMED SUBMISSION TYPE:\tSC 13G
            SUBJECT COMPANY:\t
            \tCOMPANY DATA:\t
            \t\tCOMPANY CONFORMED NAME:\t\tOSPREY MINING CORP
            \t\tCENTRAL INDEX KEY:\t\t0000999999
            FILED BY:\t
            \tCOMPANY DATA:\t
            \t\tCOMPANY CONFORMED NAME:\t\tLARKSPUR PARTNERS LP
            </SEC-HEADER>
            <DOCUMENT>
            <TYPE>SC 13G
            <TEXT>
            Item 1. Name of Issuer: Osprey Mining Corp. The Reporting Person's power of attorney is Exhibit 99.1.
            By: /s/ Paula Reyes, attorney-in-fact
            </TEXT>
            </DOCUMENT>
            <DOCUMENT>
            <TYPE>EX-99.1
            <TEXT>
            <p>POWER OF ATTORNEY</p>
            <p>Larkspur Partners LP hereby appoints Paula Reyes and Tom Ng, or either of them, as its attorneys-in-fact to sign any Schedule 13G with respect to securities of the Company.</p>
            <p>Dated: June 1, 2012</p>
            <p>LARKSPUR PARTNERS LP</p><p>By: /s/ Ivan Kurz</p><p>Title: General Partner</p>
            </TEXT>
            </DOCUMENT>
            </SEC-DOCUMENT>
            """
        let extraction = readText(text)
        #expect(extraction.verdict.label == "poa")
        let grant = extraction.verdict.instruments.first
        #expect(grant?.grantor?.value == "Larkspur Partners LP")
        #expect(grant?.grantorIsEntity == true)
        #expect(grant?.forms?.value == [Form(rawValue: "13G")])
        #expect(grant?.attorneys.map(\.name) == ["Paula Reyes", "Tom Ng"])
        #expect(extraction.header?.issuer?.name == "OSPREY MINING CORP")
        #expect(extraction.header?.reportingOwners.first?.name == "LARKSPUR PARTNERS LP")
    }
}

struct InstrumentSegmenterTests {
    @Test func grantThenDelegationAreTwoInstruments() throws {
        let bytes = try SampleFiles.bytes("002_81423e081c3010c2.txt")
        let p = Passage.plainText(bytes, 0..<bytes.count)
        let segments = InstrumentSegmenter.segments(p)
        #expect(segments.count == 2)
        #expect(segments.map { p.span(p.lines[$0.lowerBound]).firstLine } == [1, 46])
    }

    @Test func notaryBlockStaysWithItsInstrument() throws {
        let bytes = try SampleFiles.bytes("know_all_signing_singly.txt")
        let p = Passage.plainText(bytes, 0..<bytes.count)
        #expect(InstrumentSegmenter.segments(p).count == 1)
    }

    @Test func secondKnowAllAfterASignatureStartsANewInstrument() {
        let text = """
            KNOW ALL BY THESE PRESENTS, that the undersigned hereby appoints Ann Lee as attorney-in-fact for Forms 3, 4 and 5.
            Dated: May 1, 2010
            /s/ Carl One
            KNOW ALL BY THESE PRESENTS, that the undersigned hereby appoints Bo Chen as attorney-in-fact for Forms 3, 4 and 5.
            Dated: May 2, 2010
            /s/ Dana Two
            """
        let instruments = readText(text).verdict.instruments
        #expect(instruments.map { $0.grantor?.value } == ["Carl One", "Dana Two"])
        #expect(instruments.map { $0.attorneys.map(\.name) } == [["Ann Lee"], ["Bo Chen"]])
    }

    @Test func revocationOfOneAttorneyIsRead() throws {
        let text = """
            REVOCATION
            The undersigned hereby revokes the appointment of Jane Roe as attorney-in-fact under the Power of Attorney dated March 3, 2015, effective immediately.
            Dated: April 1, 2016
            /s/ Carl Grantor
            """
        let revocation = try #require(readText(text).verdict.instruments.first)
        #expect(revocation.kind == .revocation)
        #expect(revocation.revokes?.attorney == "Jane Roe")
        #expect(revocation.revokes?.executedOn == Day(year: 2015, month: 3, day: 3))
        #expect(revocation.executedOn?.value == Day(year: 2016, month: 4, day: 1))
        #expect(revocation.effectiveOn?.value == Day(year: 2016, month: 4, day: 1))
    }

    @Test func revocationOfAllGrantsHasNoDate() throws {
        let text = """
            The undersigned hereby revokes all powers of attorney previously granted by the undersigned with respect to Forms 3, 4 and 5 for securities of the Company.
            Dated: April 1, 2016
            /s/ Carl Grantor
            """
        let revocation = try #require(readText(text).verdict.instruments.first)
        #expect(revocation.kind == .revocation)
        #expect(revocation.revokes?.executedOn == nil)
        #expect(revocation.revokes?.attorney == nil)
        #expect(revocation.revokes?.grantor == "Carl Grantor")
    }
}
