/// Splits a passage into instruments. A document may hold several: a grant then a
/// delegation (seeds/002), a revocation then a new grant, or one POA per reporting person.
///
/// A new instrument starts at a heading ("POWER OF ATTORNEY", "Limited Power of Attorney for
/// Section 16 Reporting Obligations", "REVOCATION OF POWER OF ATTORNEY", "CONFIRMING
/// STATEMENT") once the current one has operative text (an appointment or a revocation), or
/// at an opening ("KNOW ALL ...", "Pursuant to ...", "The undersigned hereby appoints ...")
/// once the current one has been signed. Trailing text with nothing operative (a notary's
/// acknowledgment under its own heading) stays with the instrument before it.
enum InstrumentSegmenter {
    /// Segments as ranges of logical line indices, in order.
    static func segments(_ passage: Passage) -> [Range<Int>] {
        var segments: [Range<Int>] = []
        var start = 0
        var operative = false
        var signed = false
        for index in passage.lines.indices {
            let line = SignatureBlock.makeLine(passage, index)
            if index > start, (operative && isHeading(line) && !continuesSentence(passage, index, line))
                || (signed && isOpening(line))
            {
                segments.append(start..<index)
                start = index
                operative = false
                signed = false
            }
            // Once operative, a segment stays so until the next one starts: no need to look again.
            if !operative, isOperative(line.lower) { operative = true }
            if operative, !signed, SignatureBlock.isSignature(line) { signed = true }
        }
        if start < passage.lines.count {
            if !operative, let last = segments.popLast() {
                segments.append(last.lowerBound..<passage.lines.count)
            } else {
                segments.append(start..<passage.lines.count)
            }
        }
        return segments
    }

    static let headingWords = ["power of attorney", "powers of attorney", "confirming statement", "revocation", "authorization", "designation of"]
    private static let headingNeedles = Needles(headingWords)
    private static let operativeVerbs = Needles(["appoint", "designate", "revoke", "authorize"])

    /// A short title line naming an instrument.
    static func isHeading(_ line: SignatureBlock.Line) -> Bool {
        guard line.utf8.count <= 110 else { return false }
        // The checks are all required: on plain ASCII the shape, which most lines of running
        // text fail at their first long lowercase word, goes first.
        if ASCIIText.isPlain(line.utf8) {
            return isHeadingText(line.utf8) && line.lower.containsAny(headingNeedles) && !line.lower.contains("the undersigned")
        }
        guard line.lower.containsAny(headingNeedles), !line.lower.contains("the undersigned") else { return false }
        return isHeadingText(line.text)
    }

    /// The rest of ``isHeading(_:)``, by `Character`s: not ending in a comma, and ALL CAPS or
    /// at most 14 words, each capitalised, a small word or short.
    static func isHeadingText(_ text: String) -> Bool {
        guard !text.hasSuffix(",") else { return false }
        if NameText.isAllCaps(text) { return true }
        let words = text.split(separator: " ")
        guard words.count <= 14 else { return false }
        return words.allSatisfy { word in
            guard let first = word.first else { return true }
            return !first.isLowercase || NameText.smallWords.contains(String(word)) || word == "by" || word == "with"
                || word == "under" || word.count <= 3
        }
    }

    /// The rest of ``isHeading(_:)`` for a plain ASCII line (``ASCIIText``), on its bytes: not
    /// ending in a comma, and ALL CAPS or at most 14 words, each capitalised, short (three
    /// letters or fewer, which covers every small word) or "with" or "under".
    static func isHeadingText(_ utf8: ArraySlice<UInt8>) -> Bool {
        guard utf8.last != UInt8(ascii: ",") else { return false }
        return utf8.withUnsafeBufferPointer { text in
            if NameText.isAllCaps(text) { return true }
            // Word by word, stopping at the first that fails or at the fifteenth.
            var words = 0
            var index = 0
            while index < text.count {
                if text[index] == 0x20 {
                    index += 1
                    continue
                }
                let start = index
                while index < text.count, text[index] != 0x20 { index += 1 }
                words += 1
                let word = text[start..<index]
                guard words <= 14,
                    !ASCII.isLower(text[start]) || word.count <= 3 || word.elementsEqual("with".utf8) || word.elementsEqual("under".utf8)
                else { return false }
            }
            return true
        }
    }

    /// Whether a line that reads like a title is the end of the sentence above it, wrapped:
    /// "... by authority of this" / "Power of Attorney." A title in capitals stands alone.
    static func continuesSentence(_ passage: Passage, _ index: Int, _ line: SignatureBlock.Line) -> Bool {
        guard index > 0, let last = passage.bytes[passage.lines[index - 1]].last else { return false }
        let wraps = ASCII.isLower(last) || last == UInt8(ascii: ",")
        return wraps && !line.utf8.withUnsafeBufferPointer { NameText.isAllCaps($0) }
    }

    /// A line that opens a new instrument's text.
    static func isOpening(_ line: SignatureBlock.Line) -> Bool {
        for prefix in ["know all", "pursuant to", "this statement confirms", "reference is made", "by these presents"]
        where line.lower.hasPrefix(prefix) {
            return true
        }
        return (line.lower.hasPrefix("the undersigned") || line.lower.hasPrefix("i, ")) && isOperative(line.lower)
    }

    /// Whether a line holds an appointing or revoking verb.
    static func isOperative(_ lower: LowerText) -> Bool {
        lower.containsAny(operativeVerbs)
    }
}
