import Testing

@testable import POAReading

struct SourceDecoderTests {
    @Test func utf8WithBOMAndCRLFIsNormalised() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a\r\nb\rc\n".utf8)
        let decoded = try SourceDecoder.decode(bytes).get()
        #expect(decoded.utf8 == Array("a\nb\nc\n".utf8))
        #expect(decoded.encoding == .utf8)
    }

    @Test func windows1252BytesAreDecodedNotRejected() throws {
        let bytes: [UInt8] = Array("undersigned".utf8) + [0x92, 0x73, 0x20, 0x52, 0x65, 0x6E, 0xE9]
        let decoded = try SourceDecoder.decode(bytes).get()
        #expect(decoded.encoding == .windows1252)
        #expect(String(decoding: decoded.utf8, as: UTF8.self) == "undersigned\u{2019}s Ren\u{E9}")
    }

    @Test func emptyAndWhitespaceOnlyAreEmpty() {
        #expect(throws: ImportError.empty) { try SourceDecoder.decode([]).get() }
        #expect(throws: ImportError.empty) { try SourceDecoder.decode(Array(" \n\t\r\n".utf8)).get() }
    }

    @Test func nulBytesMakeItBinary() {
        let result = SourceDecoder.decode([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02])
        guard case .failure(.binary) = result else {
            Issue.record("expected binary, got \(result)")
            return
        }
    }

    @Test func aPDFOrAnImageIsNamedByItsFirstBytes() {
        #expect(throws: ImportError.unsupported(format: "PDF")) {
            try SourceDecoder.decode(Array("%PDF-1.4\nPOWER OF ATTORNEY\n".utf8)).get()
        }
        #expect(throws: ImportError.unsupported(format: "JPEG image")) {
            try SourceDecoder.decode([0xFF, 0xD8, 0xFF, 0xE0] + Array("JFIF".utf8)).get()
        }
        // Text that merely starts with the same letters is text.
        #expect((try? SourceDecoder.decode(Array("PK notes, GIF8 and II* are fine\n".utf8)).get()) != nil)
    }

    @Test func manyControlBytesMakeItBinary() {
        let bytes = (0..<200).map { UInt8($0 % 8 + 1) }
        guard case .failure(.binary) = SourceDecoder.decode(bytes) else {
            Issue.record("expected binary")
            return
        }
    }

    @Test func overlongUTF8IsNotValid() {
        #expect(!SourceDecoder.isValidUTF8([0xC0, 0xAF]))
        #expect(!SourceDecoder.isValidUTF8([0xED, 0xA0, 0x80]))
        #expect(SourceDecoder.isValidUTF8(Array("Hélène".utf8)))
    }

    /// Text read eight ASCII bytes at a time is judged as byte by byte: a bad byte anywhere
    /// in or after an ASCII run, and a sequence cut at the end, are found.
    @Test func utf8IsJudgedTheSameWhereverTheBadByteIs() {
        let runs: [[UInt8]] = [Array("abcdefghijklmnop".utf8), Array("Hélène".utf8), [0xC0, 0xAF], [0xFF], [0xE2, 0x80], [0xF0, 0x9F, 0x98, 0x80]]
        var state: UInt64 = 42
        for _ in 0..<3000 {
            var bytes: [UInt8] = []
            for _ in 0..<4 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                let run = runs[Int(state >> 33) % runs.count]
                bytes += run.prefix(1 + Int(state >> 40) % run.count)
            }
            #expect(SourceDecoder.isValidUTF8(bytes) == (String(validating: bytes, as: UTF8.self) != nil), "\(bytes)")
        }
    }
}

