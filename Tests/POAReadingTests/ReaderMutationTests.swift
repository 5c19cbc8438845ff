import Foundation
import POACore
import POATestSupport
import Testing

@testable import POAReading

/// The reader never crashes or hangs on damaged input: 2,000 seeded mutations of the samples
/// (byte flips, truncations, duplicated and deleted runs, spliced lines) each get a verdict.
struct ReaderMutationTests {
    static func samples() throws -> [[UInt8]] {
        let names = try FileManager.default.contentsOfDirectory(atPath: SampleFiles.folder.path)
            .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".htm") }.sorted()
        return try names.map(SampleFiles.bytes)
    }

    static func mutate(_ input: [UInt8], samples: [[UInt8]], using random: inout SeededRandom) -> [UInt8] {
        var bytes = input
        for _ in 0..<Int.random(in: 1...4, using: &random) {
            let at = bytes.isEmpty ? 0 : Int.random(in: 0..<bytes.count, using: &random)
            switch Int.random(in: 0..<6, using: &random) {
            case 0 where !bytes.isEmpty:  // flip a byte
                bytes[at] = UInt8.random(in: 0...255, using: &random)
            case 1:  // truncate
                bytes = Array(bytes.prefix(at))
            case 2 where !bytes.isEmpty:  // duplicate a run
                let end = min(bytes.count, at + Int.random(in: 1...400, using: &random))
                bytes.insert(contentsOf: bytes[at..<end], at: Int.random(in: 0...bytes.count, using: &random))
            case 3 where !bytes.isEmpty:  // delete a run
                bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...200, using: &random)))
            case 4:  // splice in part of another sample
                let other = samples[Int.random(in: 0..<samples.count, using: &random)]
                let from = Int.random(in: 0..<other.count, using: &random)
                bytes.insert(contentsOf: other[from..<min(other.count, from + 600)], at: at)
            default:  // a run of random bytes
                bytes.insert(contentsOf: (0..<Int.random(in: 1...16, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }, at: at)
            }
        }
        return bytes
    }

    @Test func twoThousandMutatedSamplesEachGetAVerdict() throws {
        let samples = try Self.samples()
        try #require(samples.count >= 13)
        var random = SeededRandom(seed: 0x504F_415F_4C45_4447)
        var labels: [String: Int] = [:]
        for round in 0..<2_000 {
            let input = Self.mutate(samples[round % samples.count], samples: samples, using: &random)
            let extraction = DocumentReader.read(input)
            labels[extraction.verdict.label, default: 0] += 1
            switch extraction.verdict {
            case .poa(let instruments):
                // Something to record: instruments, or the signatures of an ownership filing.
                #expect(!instruments.isEmpty || !extraction.signatures.isEmpty, "round \(round)")
            case .needsReview(let reason, _), .notPOA(let reason), .error(let reason): #expect(!reason.isEmpty, "round \(round)")
            }
        }
        #expect(labels.values.reduce(0, +) == 2_000)
        #expect(labels["poa", default: 0] > 0)
    }

    // MARK: Markup

    /// Pieces of HTML, XML and EDGAR SGML that readers get wrong: comments (with `>` inside,
    /// unclosed, empty), tags cut short, `<pre>`, tables, entities (valid, truncated, out of
    /// range), CDATA, stray angle brackets, scripts, and the submission's wrappers.
    static let markupPieces: [String] = [
        "<!--", "-->", "<!-- a > b -->", "<!---->", "<!--->", "<!-- unclosed", "--!>", "<!", "<!DOCTYPE html>", "<?xml version=\"1.0\"?>",
        "<p", "<p>", "</p>", "<p class=\"a>b\">", "<td", "<br/>", "<div>", "</div", "<b>", "<", ">", "<<", ">>", "< p>", "</>", "<>",
        "<pre>", "</pre>", "<PRE>\n/s/ Jane Q. Doe\n</PRE>", "<table><tr><td>", "</td><td>", "</td></tr></table>", "<table>",
        "&amp;", "&nbsp;", "&rsquo;", "&#8217;", "&#x2019;", "&#x2019", "&#", "&#x", "&#;", "&", "&amp", "&nbsp", "&#99999999999;",
        "&#xFFFFFFFF;", "&#0;", "&#55296;", "&#x110000;", "&#1114111;", "&bogus;", "&#150;",
        "<![CDATA[", "]]>", "<![CDATA[ <p> & ]]>", "<script>", "</script>", "<script", "<style>", "</style",
        "<SEC-DOCUMENT>", "<SEC-HEADER>", "</SEC-HEADER>", "<DOCUMENT>", "</DOCUMENT>", "<TYPE>EX-24", "<TYPE>", "<SEQUENCE>2",
        "<FILENAME>poa.htm", "<TEXT>", "</TEXT>", "<XML>", "</XML>", "<PDF>", "begin 644 x", "<ownershipDocument>",
        "</ownershipDocument>", "<signatureName>", "<signatureDate>2024-02-30", "<documentType>4", "\n", "\r\n", "\u{2019}", "\u{A0}",
    ].map { $0 }

    /// Markup damage: a piece inserted, the text cut just inside a tag, a tag's `<` or `>` removed,
    /// or a sample wrapped in an HTML or SGML shell that is then cut off.
    static func mutateMarkup(_ input: [UInt8], using random: inout SeededRandom) -> [UInt8] {
        var bytes = input
        for _ in 0..<Int.random(in: 1...5, using: &random) {
            let at = bytes.isEmpty ? 0 : Int.random(in: 0...bytes.count, using: &random)
            switch Int.random(in: 0..<5, using: &random) {
            case 0, 1:  // insert a piece
                let piece = markupPieces[Int.random(in: 0..<markupPieces.count, using: &random)]
                bytes.insert(contentsOf: Array(piece.utf8), at: at)
            case 2:  // cut inside a tag: just after a `<`, or just before a `>`
                let angles = bytes.indices.filter { bytes[$0] == UInt8(ascii: "<") || bytes[$0] == UInt8(ascii: ">") }
                guard let cut = angles.randomElement(using: &random) else { continue }
                bytes = Array(bytes.prefix(bytes[cut] == UInt8(ascii: "<") ? cut + 1 : cut))
            case 3:  // drop one `<`, `>` or `;`
                let marks = bytes.indices.filter { [UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: ";")].contains(bytes[$0]) }
                guard let mark = marks.randomElement(using: &random) else { continue }
                bytes.remove(at: mark)
            default:  // wrap in a shell, then maybe cut the shell off
                let shells: [(String, String)] = [
                    ("<html><body><pre>", "</pre></body></html>"),
                    ("<html><body><table><tr><td>", "</td></tr></table></body></html>"),
                    ("<!-- Document created using a word processor -->\n<html><body>\n", "\n</body></html>"),
                    ("<SEC-DOCUMENT>\n<SEC-HEADER>\nCONFORMED SUBMISSION TYPE:\t4\n</SEC-HEADER>\n<DOCUMENT>\n<TYPE>EX-24\n<SEQUENCE>2\n<TEXT>\n",
                     "\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n"),
                    ("<DOCUMENT>\n<TYPE>EX-24\n<TEXT>\n<XML>\n", "\n</XML>\n</TEXT>\n"),
                ]
                let (head, tail) = shells[Int.random(in: 0..<shells.count, using: &random)]
                bytes = Array(head.utf8) + bytes + Array(tail.utf8)
                if Bool.random(using: &random) { bytes = Array(bytes.prefix(Int.random(in: 0...bytes.count, using: &random))) }
            }
        }
        return bytes
    }

    @Test func twoThousandMarkupMutationsEachGetAVerdict() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: SampleFiles.folder.path)
            .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".htm") || $0.hasSuffix(".xml") }.sorted()
        let samples = try names.map(SampleFiles.bytes)
        try #require(samples.count >= 20)
        var random = SeededRandom(seed: 0x4854_4D4C_5F53_474D)
        var labels: [String: Int] = [:]
        for round in 0..<2_000 {
            let input = Self.mutateMarkup(samples[round % samples.count], using: &random)
            let extraction = DocumentReader.read(input)
            labels[extraction.verdict.label, default: 0] += 1
            if let reason = extraction.verdict.reason { #expect(!reason.isEmpty, "round \(round)") }
        }
        #expect(labels.values.reduce(0, +) == 2_000)
        #expect(labels["poa", default: 0] > 0)
        #expect(labels["needs-review", default: 0] + labels["not-poa", default: 0] > 0)
    }

    /// Every piece alone, and every piece in a small HTML exhibit, reads without a trap.
    @Test(arguments: markupPieces) func aMarkupPieceAloneGetsAVerdict(_ piece: String) {
        for text in [piece, piece + piece, "<p>Jane Doe" + piece, piece + "<p>POWER OF ATTORNEY</p>", "<html>" + piece] {
            let verdict = readText(text).verdict
            if let reason = verdict.reason { #expect(!reason.isEmpty, "\(text.debugDescription)") }
        }
    }

    /// A submission holding an HTML exhibit, cut off at every byte: the wrappers (`<SEC-HEADER>`,
    /// `<DOCUMENT>`, `<TYPE>`, `<TEXT>`, `</TEXT>`) end anywhere, and each prefix gets a verdict.
    @Test func aSubmissionCutOffAnywhereGetsAVerdict() throws {
        let exhibit = String(decoding: try SampleFiles.bytes("htm_exhibit_limited_poa.htm"), as: UTF8.self)
        let submission = """
            <SEC-DOCUMENT>0000000000-24-000001.txt : 20240105
            <SEC-HEADER>0000000000-24-000001.hdr.sgml : 20240105
            ACCESSION NUMBER:\t\t0000000000-24-000001
            CONFORMED SUBMISSION TYPE:\t4
            FILED AS OF DATE:\t\t20240105
            REPORTING-OWNER:\t
            \tCOMPANY CONFORMED NAME:\tDoe Jane
            \tCENTRAL INDEX KEY:\t\t0000000002
            </SEC-HEADER>
            <DOCUMENT>
            <TYPE>EX-24
            <SEQUENCE>2
            <FILENAME>poa.htm
            <TEXT>
            \(exhibit)
            </TEXT>
            </DOCUMENT>
            </SEC-DOCUMENT>

            """
        let bytes = Array(submission.utf8)
        let whole = DocumentReader.read(bytes)
        #expect(whole.verdict.label == "poa")
        var labels: [String: Int] = [:]
        for end in 0...bytes.count {
            labels[DocumentReader.read(Array(bytes.prefix(end))).verdict.label, default: 0] += 1
        }
        #expect(labels.values.reduce(0, +) == bytes.count + 1)
    }
}
