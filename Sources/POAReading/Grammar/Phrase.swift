/// A lowercase phrase to look for in a passage, matched at word boundaries.
///
/// Written as a string literal: `"true and lawful"` matches whole words only; a trailing `*`
/// makes the last word a prefix (`"appoint*"` matches "appoints", "appointed"). Matching is
/// ASCII case-insensitive and reads line breaks as spaces, so phrases match across lines.
///
/// A phrase knows its first whole word (its anchor), so a search can look that word up in the
/// passage's ``WordIndex`` instead of scanning every byte. Phrases are best kept in `static let`
/// tables: building one lowercases and copies its text.
struct Phrase: ExpressibleByStringLiteral, Sendable {
    /// The first run of word bytes, which every match has at a word start.
    struct Anchor: Sendable {
        /// Where the word starts in the phrase.
        var offset: Int
        /// ``WordIndex/hash(_:)`` of the word.
        var hash: UInt32
    }

    let bytes: [UInt8]
    let isPrefix: Bool
    /// Nil when the phrase has no word ("; "), or its only word is a prefix ("appoint*"):
    /// such phrases are found by scanning.
    let anchor: Anchor?

    init(stringLiteral value: StaticString) {
        var text = value.withUTF8Buffer { literal in
            literal.allSatisfy { $0 < 0x80 } ? literal.map(ASCII.lowered) : Array(value.description.lowercased().utf8)
        }
        isPrefix = text.last == UInt8(ascii: "*")
        if isPrefix { text.removeLast() }
        bytes = text
        anchor = Phrase.anchor(of: text, isPrefix: isPrefix)
    }

    var count: Int { bytes.count }

    /// The first word of `text`, when a match must hold exactly that word at a word start.
    private static func anchor(of text: [UInt8], isPrefix: Bool) -> Anchor? {
        guard let start = text.firstIndex(where: ASCII.isWordByte) else { return nil }
        var end = start
        while end < text.count, ASCII.isWordByte(text[end]) { end += 1 }
        // A prefix phrase ending in its first word matches longer words: no exact anchor.
        if end == text.count && isPrefix { return nil }
        return Anchor(offset: start, hash: WordIndex.hash(text[start..<end]))
    }

    /// Whether the phrase matches `text` at `index`: the same bytes, starting at a word start
    /// when the phrase starts with a word byte, and ending at a word end when it ends with one
    /// (unless it is a prefix). `index` must leave room for the phrase.
    @inline(__always)
    func matches(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let length = bytes.count
        return bytes.withUnsafeBufferPointer { pattern in
            var offset = 0
            while offset < length {
                if text[index + offset] != pattern[offset] { return false }
                offset += 1
            }
            if ASCII.isWordByte(pattern[0]), index > 0, ASCII.isWordByte(text[index - 1]) { return false }
            if !isPrefix, ASCII.isWordByte(pattern[length - 1]), index + length < text.count,
                ASCII.isWordByte(text[index + length])
            {
                return false
            }
            return true
        }
    }
}

/// ASCII byte classes used by the grammar.
enum ASCII {
    @inline(__always) static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
    }
    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    @inline(__always) static func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
    @inline(__always) static func isLower(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }
    /// Letters, digits and any non-ASCII byte (part of a letter such as "é").
    @inline(__always) static func isWordByte(_ byte: UInt8) -> Bool {
        isLetter(byte) || isDigit(byte) || byte >= 0x80
    }
    @inline(__always) static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A }
    /// The byte lowercased (ASCII letters only).
    @inline(__always) static func lowered(_ byte: UInt8) -> UInt8 { isUpper(byte) ? byte | 0x20 : byte }
    /// The bytes with ASCII letters lowercased, in one branch-free pass (a vector at a time).
    static func lowercased(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        bytes.withUnsafeBufferPointer { text in
            [UInt8](unsafeUninitializedCapacity: text.count) { out, initialized in
                for index in 0..<text.count {
                    let byte = text[index]
                    out[index] = byte &- 0x41 < 26 ? byte | 0x20 : byte
                }
                initialized = text.count
            }
        }
    }

    /// The byte uppercased (ASCII letters only).
    @inline(__always) static func uppercased(_ byte: UInt8) -> UInt8 { isLower(byte) ? byte & 0xDF : byte }
}
