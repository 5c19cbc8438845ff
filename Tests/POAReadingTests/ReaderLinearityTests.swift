import Foundation
import POACore
import Testing

@testable import POAReading

/// The reader's time grows linearly with its input: a large file is read to the end, and
/// doubling an input (ordinary or built to defeat a naive scanner) does not much more than
/// quadruple the work when the input is four times larger. Work is measured as this thread's
/// CPU time, the least of a few runs, with a generous bound (8x for 4x the input, so a loaded
/// machine cannot fail it): a quadratic step would show as 16x.
struct ReaderLinearityTests {
    /// The samples that hold exactly one POA instrument each, concatenated `copies` times.
    static func concatenatedSamples(copies: Int) throws -> [UInt8] {
        let one = try ["000_40181d8beca446a8.txt", "know_all_signing_singly.txt"].flatMap { name in
            try SampleFiles.bytes(name) + Array("\n\n".utf8)
        }
        return Array([[UInt8]](repeating: one, count: copies).joined())
    }

    @Test func twoMegabyteDocumentIsReadToTheEnd() throws {
        let copies = 400
        let document = try Self.concatenatedSamples(copies: copies)
        #expect(document.count >= 2_000_000)
        let extraction = DocumentReader.read(document)
        let perCopy = DocumentReader.read(try Self.concatenatedSamples(copies: 1)).verdict.instruments.count
        #expect(perCopy >= 2)
        #expect(extraction.verdict.instruments.count == perCopy * copies)
    }

    /// Inputs that make a scanner quadratic if it rescans: repeated keywords with no forms,
    /// parts with no text, a word too long to be an abbreviation, phrases without an answer.
    static let patterns: [(name: String, unit: String)] = [
        ("samples", ""),
        ("form keywords", "form forms schedule and "),
        ("submission parts", "<DOCUMENT>\n<TYPE>EX-99\n</DOCUMENT>\n"),
        ("long word", "x"),
        ("appointing verbs", "hereby appoints and designates "),
        ("dates", "dated 5/1/2009 effective as of May 1, 2009 "),
        ("delegation", "power of attorney granted to the undersigned by delegate may "),
    ]

    static func document(_ pattern: (name: String, unit: String), size: Int) throws -> [UInt8] {
        switch pattern.name {
        case "samples":
            let unit = try concatenatedSamples(copies: 1)
            return try concatenatedSamples(copies: max(1, size / unit.count))
        case "submission parts":
            let header = Array("<SEC-DOCUMENT>\n<SEC-HEADER>\nCONFORMED SUBMISSION TYPE: 4\n</SEC-HEADER>\n".utf8)
            return header + Array(repeating: Array(pattern.unit.utf8), count: size / pattern.unit.utf8.count).joined()
        case "long word":
            return Array("Power of attorney. ".utf8) + Array(repeating: UInt8(ascii: "x"), count: size)
                + Array(". Delegate may delegate. The undersigned hereby appoints Jane Roe.".utf8)
        default:
            let lead = Array("POWER OF ATTORNEY\nKnow all by these presents: ".utf8)
            return lead + Array(repeating: Array(pattern.unit.utf8), count: size / pattern.unit.utf8.count).joined()
        }
    }

    @Test(arguments: patterns.map(\.name))
    func fourTimesTheInputIsAboutFourTimesTheWork(_ name: String) throws {
        let pattern = try #require(Self.patterns.first { $0.name == name })
        let small = try Self.document(pattern, size: 100_000)
        let large = try Self.document(pattern, size: 400_000)
        let smallTime = Self.cpuTime { _ = DocumentReader.read(small) }
        let largeTime = Self.cpuTime { _ = DocumentReader.read(large) }
        // A floor of a millisecond keeps the clock's resolution out of the ratio.
        #expect(largeTime / max(smallTime, 0.001) < 8, "\(name): \(smallTime)s for 100 KB, \(largeTime)s for 400 KB")
    }

    /// The least CPU time of this thread over three runs of `body`, in seconds.
    static func cpuTime(_ body: () -> Void) -> Double {
        var best = Double.infinity
        for _ in 0..<3 {
            var start = timespec(), end = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &start)
            body()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &end)
            let seconds = Double(end.tv_sec - start.tv_sec) + Double(end.tv_nsec - start.tv_nsec) / 1e9
            best = min(best, seconds)
        }
        return best
    }
}
