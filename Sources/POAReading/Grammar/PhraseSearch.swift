/// Phrase searches over a passage's lowercased text.
///
/// A phrase with an anchor word is looked up in the passage's ``WordIndex``: only the places
/// where its first word starts are checked, so a search costs the occurrences of that word in
/// the range, not the length of the range. Other phrases (punctuation, prefixes) are scanned
/// for. Either way the result is the first match in text order, exactly as a scan would find.
extension Passage {
    /// The offset of the first match of `phrase` in `range`, or nil.
    func find(_ phrase: Phrase, in range: Range<Int>) -> Int? {
        let length = phrase.count
        guard length > 0, range.lowerBound >= 0, range.upperBound <= lower.count, range.count >= length else { return nil }
        let last = range.upperBound - length
        return lower.withUnsafeBufferPointer { text -> Int? in
            guard let anchor = phrase.anchor, words.isUsable else {
                return Passage.scan(phrase, text, from: range.lowerBound, through: last)
            }
            var found: Int?
            words.forEachCandidate(hash: anchor.hash, from: range.lowerBound + anchor.offset) { position in
                let start = position - anchor.offset
                if start > last { return true }
                if phrase.matches(text, at: start) {
                    found = start
                    return true
                }
                return false
            }
            return found
        }
    }

    /// The first match of `phrase` starting in `first...last`, by scanning.
    private static func scan(_ phrase: Phrase, _ text: UnsafeBufferPointer<UInt8>, from first: Int, through last: Int) -> Int? {
        guard let lead = phrase.bytes.first else { return nil }
        var index = first
        while let at = ByteSearch.firstIndex(of: lead, in: text, from: index, through: last) {
            if phrase.matches(text, at: at) { return at }
            index = at + 1
        }
        return nil
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

    /// The first `limit` matches of `phrase` in `range` (all by default), in order, not overlapping.
    func matches(_ phrase: Phrase, in range: Range<Int>, limit: Int = .max) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var from = range.lowerBound
        while found.count < limit, from < range.upperBound, let hit = match(phrase, in: from..<range.upperBound) {
            found.append(hit)
            from = hit.upperBound
        }
        return found
    }

    /// The last match of `phrase` in `range`, as the last of ``matches(_:in:limit:)``.
    func lastMatch(_ phrase: Phrase, in range: Range<Int>) -> Range<Int>? {
        var last: Range<Int>?
        var from = range.lowerBound
        while from < range.upperBound, let hit = match(phrase, in: from..<range.upperBound) {
            last = hit
            from = hit.upperBound
        }
        return last
    }

    /// Whether `phrase` occurs in `range`.
    func contains(_ phrase: Phrase, in range: Range<Int>) -> Bool { find(phrase, in: range) != nil }

    /// Whether the text at `offset` starts with `phrase` (as a word).
    func hasPhrase(_ phrase: Phrase, at offset: Int) -> Bool {
        let length = phrase.count
        guard length > 0, offset >= 0, offset + length <= count else { return false }
        return lower.withUnsafeBufferPointer { text in
            phrase.matches(text, at: offset)
                && (phrase.isPrefix || offset + length == count || !ASCII.isWordByte(text[offset + length])
                    || !ASCII.isWordByte(phrase.bytes[length - 1]))
        }
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
