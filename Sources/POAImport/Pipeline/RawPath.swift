/// A path as the file system gives it: bytes, which need not be UTF-8, and the text the ledger
/// keeps for it.
///
/// Linux file names are any bytes but `/` and NUL; a name written on another system, or cut
/// from a longer one, may not be UTF-8. Foundation's `String` paths replace such bytes, so the
/// file they name cannot be opened again: the walker lists folders with `readdir` and the
/// import opens files with these bytes.
///
/// ``text`` is the path written losslessly as printable UTF-8: each byte that is not part of
/// valid UTF-8 is written `\xNN` (two uppercase hexadecimal digits, as `ls -b` and Python write
/// them), and a backslash that would make that ambiguous (one followed by `x`, by another
/// backslash or by an escaped byte) is doubled. Every other path, which is nearly every path,
/// is its own text; ``init(text:)`` reads the text back to the same bytes.
///
/// For example:
///
/// ```swift
/// RawPath(bytes: Array("filings/caf".utf8) + [0xE9, 0x2E, 0x74, 0x78, 0x74]).text  // "filings/caf\xE9.txt"
/// RawPath(text: "filings/caf\\xE9.txt")?.bytes.last(5)                           // [0xE9, 0x2E, 0x74, 0x78, 0x74]
/// ```
public struct RawPath: Hashable, Sendable {
    /// The path's bytes, without a terminating NUL.
    public let bytes: [UInt8]

    public init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The path typed as `path`: its UTF-8 bytes, taken as they are (no escape is read).
    public init(_ path: String) {
        self.bytes = Array(path.utf8)
    }

    /// The path whose ``text`` is `text`; nil when `text` is not such a text (a `\x` not followed
    /// by two hexadecimal digits, or an escaped byte that valid UTF-8 would not need escaped).
    public init?(text: String) {
        var bytes: [UInt8] = []
        let utf8 = Array(text.utf8)
        var index = 0
        while index < utf8.count {
            let byte = utf8[index]
            guard byte == UInt8(ascii: "\\"), index + 1 < utf8.count else {
                bytes.append(byte)
                index += 1
                continue
            }
            switch utf8[index + 1] {
            case UInt8(ascii: "\\"):
                bytes.append(byte)
                index += 2
            case UInt8(ascii: "x"):
                guard index + 3 < utf8.count, let high = Self.hexValue(utf8[index + 2]),
                    let low = Self.hexValue(utf8[index + 3])
                else { return nil }
                bytes.append(high << 4 | low)
                index += 4
            default:
                bytes.append(byte)
                index += 1
            }
        }
        guard RawPath(bytes: bytes).text == text else { return nil }
        self.bytes = bytes
    }

    /// The path as lossless printable text (see the type's summary): what the ledger stores,
    /// `poa import` prints and `poa show` finds.
    public var text: String {
        if bytes.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "\\") }) { return String(decoding: bytes, as: UTF8.self) }
        let valid = Self.validUTF8Lengths(bytes)
        if !valid.hasInvalidByte && !bytes.contains(UInt8(ascii: "\\")) { return String(decoding: bytes, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 8)
        var index = 0
        while index < bytes.count {
            let length = valid.lengths[index]
            guard length > 0 else {
                out += Self.escape(bytes[index])
                index += 1
                continue
            }
            if bytes[index] == UInt8(ascii: "\\"), index + 1 < bytes.count {
                let next = bytes[index + 1]
                if next == UInt8(ascii: "x") || next == UInt8(ascii: "\\") || valid.lengths[index + 1] == 0 {
                    out.append(UInt8(ascii: "\\"))
                }
            }
            out += bytes[index..<index + length]
            index += length
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// This path and `name` joined by one slash (none added after a path ending in one).
    public func appending(_ name: [UInt8]) -> RawPath {
        if bytes.last == UInt8(ascii: "/") { return RawPath(bytes: bytes + name) }
        return RawPath(bytes: bytes + [UInt8(ascii: "/")] + name)
    }

    /// Runs `body` with the path as a NUL-terminated C string, for `open`, `stat` and `opendir`.
    public func withCString<Result>(_ body: (UnsafePointer<CChar>) throws -> Result) rethrows -> Result {
        try (bytes + [0]).withUnsafeBufferPointer { buffer in
            try buffer.withMemoryRebound(to: CChar.self) { characters in
                // A buffer of at least one element has a base address.
                guard let start = characters.baseAddress else { preconditionFailure("an empty buffer") }
                return try body(start)
            }
        }
    }

    // MARK: UTF-8

    /// For each byte, the length of the valid UTF-8 sequence starting there (0 for a byte that
    /// is not part of one, and for the continuation bytes of one).
    static func validUTF8Lengths(_ bytes: [UInt8]) -> (lengths: [Int], hasInvalidByte: Bool) {
        var lengths = [Int](repeating: 0, count: bytes.count)
        var invalid = false
        var index = 0
        while index < bytes.count {
            let length = sequenceLength(bytes, at: index)
            if length == 0 {
                invalid = true
                index += 1
            } else {
                lengths[index] = length
                index += length
            }
        }
        return (lengths, invalid)
    }

    /// The length of the valid UTF-8 sequence at `index` (1 to 4), or 0: the rules of Unicode's
    /// table 3-7 (no overlong forms, no surrogates, nothing above U+10FFFF).
    private static func sequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let first = bytes[index]
        func continuation(_ offset: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
            index + offset < bytes.count && range.contains(bytes[index + offset])
        }
        switch first {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: return continuation(1) ? 2 : 0
        case 0xE0: return continuation(1, 0xA0...0xBF) && continuation(2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF: return continuation(1) && continuation(2) ? 3 : 0
        case 0xED: return continuation(1, 0x80...0x9F) && continuation(2) ? 3 : 0
        case 0xF0: return continuation(1, 0x90...0xBF) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF1...0xF3: return continuation(1) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF4: return continuation(1, 0x80...0x8F) && continuation(2) && continuation(3) ? 4 : 0
        default: return 0
        }
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    /// `\xNN` for a byte.
    private static func escape(_ byte: UInt8) -> [UInt8] {
        [UInt8(ascii: "\\"), UInt8(ascii: "x"), hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0x0F)]]
    }

    /// The value of an uppercase or lowercase hexadecimal digit.
    private static func hexValue(_ digit: UInt8) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return digit - UInt8(ascii: "0")
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return digit - UInt8(ascii: "A") + 10
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return digit - UInt8(ascii: "a") + 10
        default: return nil
        }
    }
}
