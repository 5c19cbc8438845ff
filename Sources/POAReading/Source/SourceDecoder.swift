/// Turns a file's bytes into UTF-8 text: the first step of reading any document.
///
/// UTF-8 is tried first; anything else is read as Windows-1252 (a superset of Latin-1 for
/// printable text, and what old EDGAR files use), so no text is ever rejected for its
/// encoding. A byte-order mark is dropped and CRLF / CR line ends become LF, so line numbers
/// count the same way whatever system wrote the file.
enum SourceDecoder {
    /// The encodings a source may turn out to be in.
    enum Encoding: String, Sendable {
        case utf8 = "UTF-8"
        case utf16 = "UTF-16"
        case windows1252 = "Windows-1252"
    }

    /// Decoded text as normalised UTF-8 bytes.
    struct Decoded {
        var utf8: [UInt8]
        var encoding: Encoding
    }

    /// Decodes `bytes`, or says why they are not text.
    static func decode(_ bytes: [UInt8]) -> Result<Decoded, ImportError> {
        if let format = unsupportedFormat(bytes) { return .failure(.unsupported(format: format)) }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if body.starts(with: [0xFF, 0xFE]) || body.starts(with: [0xFE, 0xFF]) {
            return decodeUTF16(body)
        }
        if let problem = binaryProblem(body) { return .failure(problem) }
        let normalised = normaliseLineEnds(body)
        guard normalised.contains(where: { !isSpace($0) }) else { return .failure(.empty) }
        if isValidUTF8(normalised) { return .success(Decoded(utf8: normalised, encoding: .utf8)) }
        return .success(Decoded(utf8: windows1252ToUTF8(normalised), encoding: .windows1252))
    }

    /// The formats told by their first bytes (their "magic number") that hold no text as they
    /// are, so a person learns what the file is and what to do, not that it is "binary" or holds
    /// "no power-of-attorney language" (a PDF with uncompressed streams reads as text).
    private static let signatures: [(magic: [UInt8], format: String)] = [
        (Array("%PDF-".utf8), "PDF"),
        ([0x50, 0x4B, 0x03, 0x04], "ZIP archive (DOCX, XLSX and ODT files are ZIP archives)"),
        ([0x50, 0x4B, 0x05, 0x06], "ZIP archive (DOCX, XLSX and ODT files are ZIP archives)"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "Microsoft Office file (DOC, XLS)"),
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "PNG image"),
        ([0xFF, 0xD8, 0xFF], "JPEG image"),
        (Array("GIF87a".utf8), "GIF image"),
        (Array("GIF89a".utf8), "GIF image"),
        ([0x49, 0x49, 0x2A, 0x00], "TIFF image"),
        ([0x4D, 0x4D, 0x00, 0x2A], "TIFF image"),
    ]

    /// The name of the format `bytes` start with, when it is one of ``signatures``: a few byte
    /// comparisons per document, most of them ending at the first byte.
    static func unsupportedFormat(_ bytes: [UInt8]) -> String? {
        guard let first = bytes.first, first == 0x25 || first == 0x50 || first == 0xD0 || first == 0x89
            || first == 0xFF || first == 0x47 || first == 0x49 || first == 0x4D
        else { return nil }
        return signatures.first { bytes.starts(with: $0.magic) }?.format
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C || byte == 0x0B
    }

    /// NUL bytes, or more than 2% control bytes other than tab, line ends and form feed.
    private static func binaryProblem(_ bytes: ArraySlice<UInt8>) -> ImportError? {
        if bytes.isEmpty { return .empty }
        let sample = bytes.prefix(65_536)
        // One branch-free pass (it runs a vector at a time): the NULs, and the control bytes
        // other than NUL, tab, line feed, form feed and carriage return. The count is used
        // only when there is no NUL, so counting past the first NUL changes nothing.
        var control = 0
        let hasNUL = sample.withUnsafeBufferPointer { buffer -> Bool in
            var nuls = 0
            for byte in buffer {
                let isControl = byte < 0x20 || byte == 0x7F
                let isAllowed = byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
                nuls &+= byte == 0 ? 1 : 0
                control &+= isControl && !isAllowed && byte != 0 ? 1 : 0
            }
            return nuls > 0
        }
        if hasNUL { return .binary(controlBytes: sample.filter { $0 < 0x09 || $0 == 0x7F }.count, of: sample.count) }
        return control * 50 > sample.count ? .binary(controlBytes: control, of: sample.count) : nil
    }

    private static func normaliseLineEnds(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        guard bytes.contains(0x0D) else { return Array(bytes) }
        var out = [UInt8]()
        out.reserveCapacity(bytes.count)
        var previousCR = false
        for byte in bytes {
            if byte == 0x0D {
                out.append(0x0A)
                previousCR = true
                continue
            }
            if byte == 0x0A && previousCR {
                previousCR = false
                continue
            }
            previousCR = false
            out.append(byte)
        }
        return out
    }

    /// Strict UTF-8 validation (no overlongs, no surrogates), linear and allocation-free.
    static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        var index = 0
        let count = bytes.count
        while index < count {
            // Eight ASCII bytes at a time: most text is all ASCII.
            if index + 8 <= count {
                let word = bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: index, as: UInt64.self) }
                if word & 0x8080_8080_8080_8080 == 0 {
                    index += 8
                    continue
                }
            }
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            let minimum: UInt32
            var scalar: UInt32
            switch lead {
            case 0xC2...0xDF: length = 2; minimum = 0x80; scalar = UInt32(lead & 0x1F)
            case 0xE0...0xEF: length = 3; minimum = 0x800; scalar = UInt32(lead & 0x0F)
            case 0xF0...0xF4: length = 4; minimum = 0x10000; scalar = UInt32(lead & 0x07)
            default: return false
            }
            guard index + length <= count else { return false }
            for offset in 1..<length {
                let next = bytes[index + offset]
                guard next & 0xC0 == 0x80 else { return false }
                scalar = scalar << 6 | UInt32(next & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return false }
            index += length
        }
        return true
    }

    /// Windows-1252 code points for bytes 0x80-0x9F (the five undefined ones read as Latin-1).
    private static let high: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,
        0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
        0x0153, 0x9D, 0x017E, 0x0178,
    ]

    private static func windows1252ToUTF8(_ bytes: [UInt8]) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(bytes.count + bytes.count / 8)
        for byte in bytes {
            if byte < 0x80 {
                out.append(byte)
            } else {
                let scalar = byte < 0xA0 ? high[Int(byte - 0x80)] : UInt32(byte)
                appendUTF8(scalar, to: &out)
            }
        }
        return out
    }

    static func appendUTF8(_ scalar: UInt32, to out: inout [UInt8]) {
        switch scalar {
        case 0..<0x80: out.append(UInt8(scalar))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | scalar >> 6))
            out.append(UInt8(0x80 | scalar & 0x3F))
        case 0x800..<0x10000:
            out.append(UInt8(0xE0 | scalar >> 12))
            out.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            out.append(UInt8(0x80 | scalar & 0x3F))
        default:
            out.append(UInt8(0xF0 | scalar >> 18 & 0x07))
            out.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            out.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            out.append(UInt8(0x80 | scalar & 0x3F))
        }
    }

    private static func decodeUTF16(_ bytes: ArraySlice<UInt8>) -> Result<Decoded, ImportError> {
        let bigEndian = bytes.first == 0xFE
        var units = [UInt16]()
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex + 2
        while index + 1 < bytes.endIndex {
            let a = UInt16(bytes[index]), b = UInt16(bytes[index + 1])
            units.append(bigEndian ? a << 8 | b : b << 8 | a)
            index += 2
        }
        var out = [UInt8]()
        out.reserveCapacity(units.count)
        for scalar in String(decoding: units, as: UTF16.self).unicodeScalars {
            appendUTF8(scalar.value, to: &out)
        }
        if let problem = binaryProblem(out[...]) { return .failure(problem) }
        let normalised = normaliseLineEnds(out[...])
        guard normalised.contains(where: { !isSpace($0) }) else { return .failure(.empty) }
        return .success(Decoded(utf8: normalised, encoding: .utf16))
    }
}
