/// Sentence boundaries, for quoting a clause: a period followed by a space and a capital,
/// where the period does not end an initial ("J.") or a common abbreviation ("Inc.", "No.").
enum Sentences {
    private static let abbreviations: Set<String> = [
        "inc", "corp", "co", "no", "mr", "ms", "mrs", "dr", "jr", "sr", "ltd", "st", "u.s", "l.p", "n.v", "s.a",
        "l.l.c", "sec", "e.g", "i.e", "etc", "vs", "feb", "jan", "aug", "sept", "oct", "nov", "dec", "mar", "apr",
        "jun", "jul", "esq", "p.c", "n.a", "cf", "par", "art", "sec", "secs", "para",
    ]

    /// The sentence holding `offset`, within `range` and at most `maximum` bytes either side.
    static func sentence(_ passage: Passage, containing offset: Int, in range: Range<Int>, maximum: Int = 1200) -> Range<Int> {
        var start = min(offset, passage.bytes.count)
        let floor = max(range.lowerBound, offset - maximum)
        // Only a period can end a sentence: look for one on the bytes, then ask.
        passage.bytes.withUnsafeBufferPointer { bytes in
            while start > floor {
                if bytes[start - 1] == UInt8(ascii: "."), isBoundary(passage, period: start - 1) { break }
                start -= 1
            }
        }
        let end = sentenceEnd(passage, from: offset, in: range, maximum: maximum)
        return passage.skipSpaces(from: start, limit: end)..<end
    }

    /// The offset just after the period that ends the sentence running on from `offset`.
    static func sentenceEnd(_ passage: Passage, from offset: Int, in range: Range<Int>, maximum: Int = 1200) -> Int {
        var end = max(offset, 0)
        let ceiling = min(range.upperBound, offset + maximum)
        return passage.bytes.withUnsafeBufferPointer { bytes in
            while end < min(ceiling, bytes.count) {
                if bytes[end] == UInt8(ascii: "."), isBoundary(passage, period: end) { return end + 1 }
                end += 1
            }
            return ceiling
        }
    }

    /// Whether the byte at `period` is a `.` that ends a sentence.
    static func isBoundary(_ passage: Passage, period: Int) -> Bool {
        let bytes = passage.bytes
        guard period >= 0, period < bytes.count, bytes[period] == UInt8(ascii: ".") else { return false }
        let next = period + 1
        guard next >= bytes.count || ASCII.isSpace(bytes[next]) else { return false }
        let after = passage.skipSpaces(from: next)
        if after < bytes.count, ASCII.isLower(bytes[after]) { return false }
        var wordStart = period
        var asciiPair = false
        while wordStart > 0, !ASCII.isSpace(bytes[wordStart - 1]), bytes[wordStart - 1] != UInt8(ascii: "(") {
            wordStart -= 1
            // Longer than any abbreviation, and two ASCII bytes in a row (so more than one
            // character): the word can be neither. Stop here, so a long word costs nothing.
            if period - wordStart > longestAbbreviation && asciiPair { return true }
            if wordStart + 1 < period, bytes[wordStart] < 0x80, bytes[wordStart + 1] < 0x80 { asciiPair = true }
        }
        let word = String(decoding: passage.lower[wordStart..<period], as: UTF8.self)
        if word.count == 1, let first = word.first, first.isLetter { return false }
        return !abbreviations.contains(word)
    }

    private static let longestAbbreviation = abbreviations.map(\.utf8.count).max() ?? 0
}
