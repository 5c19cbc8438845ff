import Testing

@testable import POAImport

struct RawPathTests {
    static let bytes: [(name: String, bytes: [UInt8], text: String)] = [
        ("plain ASCII", Array("filings/poa.txt".utf8), "filings/poa.txt"),
        ("UTF-8", Array("filings/café.txt".utf8), "filings/café.txt"),
        ("a Latin-1 byte", Array("caf".utf8) + [0xE9] + Array(".txt".utf8), "caf\\xE9.txt"),
        ("bytes of no encoding", [0xFF, 0xFE, 0x2F, 0x80], "\\xFF\\xFE/\\x80"),
        ("a UTF-8 sequence cut short", [0x61, 0xE2, 0x82], "a\\xE2\\x82"),
        ("an overlong slash", [0xC0, 0xAF], "\\xC0\\xAF"),
        ("a surrogate", [0xED, 0xA0, 0x80], "\\xED\\xA0\\x80"),
        ("a backslash alone", Array("a\\b".utf8), "a\\b"),
        ("a backslash before x", Array("a\\x41".utf8), "a\\\\x41"),
        ("two backslashes", Array("a\\\\b".utf8), "a\\\\\\b"),
        ("a backslash before an escaped byte", [0x5C, 0xE9], "\\\\\\xE9"),
        ("a trailing backslash", Array("a\\".utf8), "a\\"),
        ("a line break", Array("a\nb".utf8), "a\nb"),
    ]

    @Test(arguments: bytes)
    func aPathIsWrittenAsTextAndReadBackToTheSameBytes(_ name: String, _ bytes: [UInt8], _ text: String) {
        let path = RawPath(bytes: bytes)
        #expect(path.text == text, "\(name)")
        #expect(RawPath(text: text)?.bytes == bytes, "\(name)")
    }

    @Test func everyTwoBytePathIsWrittenLosslessly() {
        let paths = (UInt8.min...UInt8.max).flatMap { first in
            ([0x5C, 0x78, 0x41, 0xE9, 0x80, 0xC3, 0xA9] as [UInt8]).map { RawPath(bytes: [first, $0]) }
        }
        #expect(paths.filter { RawPath(text: $0.text) != $0 }.isEmpty)
        // Compared as bytes: Swift's String equality is canonical equivalence (U+0340 == U+0300).
        #expect(Set(paths.map { Array($0.text.utf8) }).count == paths.count)
    }

    @Test(arguments: ["\\x4", "\\xZZ", "\\x41", "a\\\\"])
    func aTextNoPathIsWrittenAsIsRefused(_ text: String) {
        #expect(RawPath(text: text) == nil)
    }
}
