import Dispatch
import Foundation
import POACore
import POATestSupport
import Synchronization
import Testing

@testable import POAReading

/// The XML under the ownership reader, read by Foundation's `XMLParser`: names, lines, text by
/// XML's rules, and what hostile or broken XML gets (never a trap, never unbounded work).
struct XMLElementsTests {
    func parse(_ text: String, firstLine: Int = 1) -> XMLElements {
        let bytes = Array(text.utf8)
        return XMLElements(bytes, 0..<bytes.count, firstLine: firstLine)
    }

    func texts(_ xml: XMLElements, _ name: String) -> [String?] {
        xml.all(name, in: nil).map(xml.text(of:))
    }

    // MARK: - Reading

    @Test func elementsAreFoundByLocalNameWithoutCaseAndNestedOnesMatchByDepth() {
        let xml = parse("<A:Root xmlns:A=\"urn:a\"><b>1</b><x><b>2</b></x><B/><b>3<b>4</b></b></A:Root>")
        #expect(texts(xml, "b") == ["1", "2", nil, "3 4"])
        #expect(xml.errors.isEmpty)
    }

    @Test func entitiesCharacterReferencesAndCDATAAreDecodedByXMLRulesAndCommentsAreNotText() {
        let xml = parse(
            "<a><b>&amp; &lt; &gt; &quot; &apos; &#233; &#xE9;<!-- not text --> <![CDATA[<i>&amp;</i>]]></b></a>")
        #expect(texts(xml, "b") == ["& < > \" ' é é <i>&amp;</i>"])
    }

    @Test func whiteSpaceIsFoldedAndATagInsideSeparatesWords() {
        let xml = parse("<a><b>\n  Jane\t\tDoe<br/>Smith<i>Jr.</i>  </b></a>")
        #expect(texts(xml, "b") == ["Jane Doe Smith Jr."])
    }

    @Test func linesCountFromTheFirstLineOfTheDocument() throws {
        let xml = parse("<a>\n<b>\nx\n</b>\n<c/>\n</a>", firstLine: 40)
        let b = try #require(xml.element("b", in: nil)), c = try #require(xml.element("c", in: nil))
        #expect((xml.elements[b].firstLine, xml.elements[b].lastLine) == (41, 43))
        #expect((xml.elements[c].firstLine, xml.elements[c].lastLine) == (44, 44))
    }

    @Test func anEDGARWrapperAndTheXMLDeclarationAreNotTheDocumentAndKeepTheirLines() throws {
        let xml = parse("\n<XML>\n<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<a>\n<b>é</b></a>\n</XML>\n", firstLine: 10)
        let b = try #require(xml.element("b", in: nil))
        #expect(xml.text(of: b) == "é")
        #expect(xml.elements[b].firstLine == 14)
        #expect(xml.errors.isEmpty)
    }

    @Test func anElementWithoutItsEndTagIsAbsentAndOnlyTheRootIsReadToTheEnd() throws {
        let xml = parse("<a>\n<b>text</b>\n<c>more")
        #expect(texts(xml, "b") == ["text"])
        #expect(texts(xml, "c") == [])
        let root = try #require(xml.first("a"))
        #expect(xml.elements[root].lastLine == nil)
        #expect(xml.errors.first?.line == 3)
    }

    @Test func anElementInWhichAnErrorStandsHasNoTextAndTheReadingGoesOnAfterIt() {
        let xml = parse("<a>\n<b>one</b>\n<c>Smith & Jones</c>\n<b>two</b>\n</a>")
        #expect(texts(xml, "b") == ["one", "two"])
        #expect(texts(xml, "c") == [nil])
        #expect(xml.errors == [XMLReadError(line: 3, reason: .parser(code: 68))])
    }

    // MARK: - Hostile input

    /// "Billion laughs": ten entities each ten times the one before, a gigabyte of text from
    /// a kilobyte. A document type declaration is not parsed, so nothing is expanded.
    static let billionLaughs: String = {
        var text = "<?xml version=\"1.0\"?>\n<!DOCTYPE ownershipDocument [\n<!ENTITY lol0 \"lol\">\n"
        for level in 1...9 {
            text += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">\n"
        }
        return text + "]>\n<ownershipDocument><documentType>&lol9;</documentType></ownershipDocument>"
    }()

    @Test func anEntityExpansionBombIsNotExpanded() {
        let clock = ContinuousClock()
        var xml: XMLElements?
        let elapsed = clock.measure { xml = parse(Self.billionLaughs) }
        #expect(xml?.elements.isEmpty == true)
        #expect(xml?.text.isEmpty == true)
        #expect(xml?.errors == [XMLReadError(line: 2, reason: .documentTypeDeclaration)])
        #expect(elapsed < .seconds(1), "\(elapsed)")
    }

    @Test func aDocumentWithADocumentTypeDeclarationNeedsReviewSayingSo() {
        guard case .needsReview(let reason, _) = readText(Self.billionLaughs).verdict else {
            Issue.record("expected needs-review, got \(readText(Self.billionLaughs).verdict)")
            return
        }
        #expect(reason.contains("document type declaration (<!DOCTYPE>) at line 2"), "\(reason)")
    }

    @Test func anExternalEntityIsNeverRead() {
        let xml = parse(
            "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY secret SYSTEM \"file:///etc/hostname\">]><a><b>&secret;</b></a>")
        #expect(xml.text.isEmpty)
        #expect(xml.errors.map(\.reason) == [.documentTypeDeclaration])
    }

    @Test func everyCutOfAFormIsReadOrSaysWhatIsMissing() {
        let whole = Array(OwnershipXMLTests.form().utf8)
        for cut in 0...whole.count {
            let reading = OwnershipXML.read(whole, 0..<cut, firstLine: 1)
            #expect(reading.signatures.isEmpty != reading.problems.isEmpty, "cut at \(cut)")
        }
    }

    @Test func binaryGarbageAloneOrInsideAFormNeverTraps() {
        var random = SeededRandom.fresh()
        let form = Array(OwnershipXMLTests.form().utf8)
        for _ in 0..<300 {
            let garbage = (0..<Int.random(in: 0...2048, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
            let at = Int.random(in: 0...form.count, using: &random)
            for bytes in [garbage, Array(form[..<at]) + garbage + Array(form[at...])] {
                let reading = OwnershipXML.read(bytes, 0..<bytes.count, firstLine: 1)
                #expect(reading.signatures.isEmpty != reading.problems.isEmpty, "\(random.replay)")
            }
        }
    }

    /// Markup debris, valid UTF-8: the kind of input on which libxml2's recovery hands
    /// `XMLParser` callbacks it does not expect (a processing instruction without data).
    @Test func markupDebrisInsideAFormNeverTraps() {
        let pieces = [
            "<", ">", "/", "&", ";", "&#", "x", ":", "=", "\"", "<!--", "-->", "<![CDATA[", "]]>", "<?", "?>", "é", "\u{1}",
            "\u{FFFE}", "\n", " ", "ownerSignature", "signatureName", "xmlns:a=\"urn:a\"", "xmlns=\"\"", "<!DOCTYPE",
        ]
        var random = SeededRandom.fresh()
        let form = Array(OwnershipXMLTests.form().utf8)
        for _ in 0..<500 {
            let debris = (0..<Int.random(in: 0...300, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            let at = Int.random(in: 0...form.count, using: &random)
            let bytes = Array(form[..<at]) + Array(debris.utf8) + Array(form[at...])
            let reading = OwnershipXML.read(bytes, 0..<bytes.count, firstLine: 1)
            #expect(reading.signatures.isEmpty != reading.problems.isEmpty, "\(random.replay)")
        }
    }

    @Test func aProcessingInstructionWithoutDataIsPassedOver() {
        let text = OwnershipXMLTests.form().replacingOccurrences(of: "<ownerSignature>", with: "<?audit?><ownerSignature><?x?>")
        let bytes = Array(text.utf8)
        #expect(OwnershipXML.read(bytes, 0..<bytes.count, firstLine: 1).signatures.count == 1)
    }

    @Test func deepNestingIsReadInOnePass() {
        let depth = 100_000
        let text = OwnershipXMLTests.form().replacingOccurrences(
            of: "<periodOfReport>",
            with: String(repeating: "<footnote>", count: depth) + String(repeating: "</footnote>", count: depth) + "<periodOfReport>")
        let bytes = Array(text.utf8)
        let reading = OwnershipXML.read(bytes, 0..<bytes.count, firstLine: 1)
        #expect(reading.signatures.isEmpty != reading.problems.isEmpty)
        let unclosed = Array(
            OwnershipXMLTests.form().replacingOccurrences(
                of: "</ownershipDocument>", with: String(repeating: "<ownerSignature>", count: depth) + "</ownershipDocument>"
            ).utf8)
        let cut = OwnershipXML.read(unclosed, 0..<unclosed.count, firstLine: 1)
        #expect(cut.signatures.isEmpty != cut.problems.isEmpty)
    }

    @Test func aHugeAttributeDoesNotHideTheSignature() {
        let text = OwnershipXMLTests.form().replacingOccurrences(
            of: "<ownerSignature>", with: "<ownerSignature note=\"" + String(repeating: "x", count: 2_000_000) + "\">")
        let bytes = Array(text.utf8)
        #expect(OwnershipXML.read(bytes, 0..<bytes.count, firstLine: 1).signatures.count == 1)
    }

    // MARK: - Threads

    /// `XMLParser` keeps per-thread state in swift-corelibs-foundation; the import reads
    /// documents on several threads at once, and each must read as it does alone.
    @Test func readingsOnSeveralThreadsAtOnceAreTheReadingsOfOneThread() {
        let documents = [
            OwnershipXMLTests.form(), OwnershipXMLTests.form(type: "4/A"), OwnershipXMLTests.form(owner: ""),
            OwnershipXMLTests.form(signature: "<signatureName>/s/ Ann Lee</signatureName><signatureDate>2011-03-04</signatureDate>"),
            OwnershipXMLTests.form(owner: "<rptOwnerName>A & B</rptOwnerName>"), Self.billionLaughs,
        ].map { Array($0.utf8) }
        @Sendable func reading(_ bytes: [UInt8]) -> String {
            let reading = OwnershipXML.read(bytes, 0..<bytes.count, firstLine: 1)
            return "\(reading.signatures) \(reading.problems)"
        }
        let alone = documents.map(reading)
        let together = Mutex<[[String]]>([])
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            var readings: [String] = []
            for _ in 0..<25 { readings += documents.map(reading) }
            together.withLock { $0.append(readings) }
        }
        let all = together.withLock { $0 }
        #expect(all.count == 8)
        for readings in all {
            #expect(readings == Array(Array(repeating: alone, count: 25).joined()))
        }
    }
}
