/// A lowercase phrase to look for in a passage, matched at word boundaries.
///
/// Written as a string literal: `"true and lawful"` matches whole words only; a trailing `*`
/// makes the last word a prefix (`"appoint*"` matches "appoints", "appointed"). Matching is
/// ASCII case-insensitive and reads line breaks as spaces, so phrases match across lines.
struct Phrase: ExpressibleByStringLiteral, Sendable {
    let bytes: [UInt8]
    let isPrefix: Bool

    init(stringLiteral value: String) {
        var text = Array(value.lowercased().utf8)
        isPrefix = text.last == UInt8(ascii: "*")
        if isPrefix { text.removeLast() }
        bytes = text
    }

    var count: Int { bytes.count }
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
}

extension Passage {
    /// The offset of the first match of `phrase` in `range`, or nil.
    func find(_ phrase: Phrase, in range: Range<Int>) -> Int? {
        let needle = phrase.bytes
        let length = needle.count
        guard let first = needle.first, range.lowerBound >= 0, range.upperBound <= lower.count, range.count >= length else { return nil }
        let wordStart = ASCII.isWordByte(first)
        let wordEnd = !phrase.isPrefix && ASCII.isWordByte(needle[length - 1])
        return lower.withUnsafeBufferPointer { text -> Int? in
            needle.withUnsafeBufferPointer { pattern -> Int? in
                let total = text.count
                let last = range.upperBound - length
                var index = range.lowerBound
                while index <= last {
                    if text[index] == first {
                        var offset = 1
                        while offset < length && text[index + offset] == pattern[offset] { offset += 1 }
                        if offset == length, !wordStart || index == 0 || !ASCII.isWordByte(text[index - 1]),
                            !wordEnd || index + length >= total || !ASCII.isWordByte(text[index + length])
                        {
                            return index
                        }
                    }
                    index += 1
                }
                return nil
            }
        }
    }

    /// The range of the first match of `phrase` in `range`, or nil.
    func match(_ phrase: Phrase, in range: Range<Int>) -> Range<Int>? {
        guard let start = find(phrase, in: range) else { return nil }
        return start..<(start + phrase.count)
    }

    /// The earliest match of any of `phrases` in `range`.
    func firstMatch(of phrases: [Phrase], in range: Range<Int>) -> Range<Int>? {
        var best: Range<Int>?
        for phrase in phrases {
            let limit = best.map { range.lowerBound..<min(range.upperBound, $0.lowerBound + phrase.count) } ?? range
            if let found = match(phrase, in: limit), best.map({ found.lowerBound < $0.lowerBound }) ?? true {
                best = found
            }
        }
        return best
    }

    /// All matches of `phrase` in `range`, in order, not overlapping.
    func matches(_ phrase: Phrase, in range: Range<Int>) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var from = range.lowerBound
        while from < range.upperBound, let hit = match(phrase, in: from..<range.upperBound) {
            found.append(hit)
            from = hit.upperBound
        }
        return found
    }

    /// Whether `phrase` occurs in `range`.
    func contains(_ phrase: Phrase, in range: Range<Int>) -> Bool { find(phrase, in: range) != nil }

    /// Whether the text at `offset` starts with `phrase` (as a word).
    func hasPhrase(_ phrase: Phrase, at offset: Int) -> Bool {
        guard offset + phrase.count <= count else { return false }
        return find(phrase, in: offset..<(offset + phrase.count)) == offset
            && (phrase.isPrefix || offset + phrase.count == count || !ASCII.isWordByte(lower[offset + phrase.count])
                || !ASCII.isWordByte(phrase.bytes[phrase.count - 1]))
    }

    /// The offset after any spaces from `offset`.
    func skipSpaces(from offset: Int, limit: Int? = nil) -> Int {
        var index = offset
        let end = limit ?? count
        while index < end, ASCII.isSpace(lower[index]) { index += 1 }
        return index
    }

    /// The end of the word starting at `offset` (letters, digits, non-ASCII, inner `.'-`).
    func wordEnd(from offset: Int) -> Int {
        var index = offset
        while index < count, ASCII.isWordByte(lower[index]) { index += 1 }
        return index
    }
}
