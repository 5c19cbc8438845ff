/// Whether the power may be delegated (the supersession clause is read by ``Supersession``).
enum PowerClauses {
    /// Delegable: "may ... delegate any authority", "full power of substitution", "power of
    /// substitution and resubstitution", "power to appoint a substitute", "substitute or
    /// substitutes". Not when negated ("without power of substitution", "may not delegate"):
    /// an express denial of substitution wins over a passing "substitute or substitutes".
    static func delegable(_ passage: Passage, in range: Range<Int>) -> Located<Bool>? {
        for phrase in deniable {
            for hit in passage.matches(phrase, in: range, limit: 8) where negated(passage, before: hit.lowerBound, in: range) {
                return Located(false, at: passage.span(hit))
            }
        }
        for phrase in substitutions {
            for hit in passage.matches(phrase, in: range) where !negated(passage, before: hit.lowerBound, in: range) {
                return Located(true, at: passage.span(hit))
            }
        }
        for hit in passage.matches("delegate", in: range) {
            let sentence = Sentences.sentence(passage, containing: hit.lowerBound, in: range, maximum: 300)
            let before = sentence.lowerBound..<hit.lowerBound
            if let may = mayWords.lazy.compactMap({ passage.find($0, in: before) }).first,
                !passage.contains("not", in: may..<hit.lowerBound)
            {
                return Located(true, at: passage.span(may..<hit.upperBound))
            }
        }
        return nil
    }

    private static let substitutions: [Phrase] = [
        "power of substitution", "power of substitution and resubstitution", "right of substitution",
        "power to appoint a substitute", "power to substitute", "powers of substitution", "power of substitutions",
        "substitute or substitutes", "power to appoint his or her substitute", "power to appoint substitutes",
        "designate one or more substitute", "appoint one or more substitute", "designate a substitute",
    ]
    /// The powers a grant may expressly deny ("without power of substitution").
    private static let deniable: [Phrase] = ["power of substitution", "right of substitution", "powers of substitution"]
    /// What gives leave to delegate, tried in this order.
    private static let mayWords: [Phrase] = ["may", "authority to", "power to", "right to"]
    /// Words between a negation and the power it denies ("without any power of substitution",
    /// "shall not have the power of substitution").
    private static let fillers: Set<String> = ["full", "any", "the", "a", "an", "have", "has", "had", "such", "right", "or"]
    private static let negations: Set<String> = ["without", "no", "not", "nor"]

    /// Whether the words right before `offset` deny the power: the first word that is not a
    /// filler is a negation. "each without the other, with full power of substitution" is not.
    private static func negated(_ passage: Passage, before offset: Int, in range: Range<Int>) -> Bool {
        var end = offset
        for _ in 0..<4 {
            var start = end
            while start > range.lowerBound, !ASCII.isWordByte(passage.lower[start - 1]) { start -= 1 }
            let wordEnd = start
            while start > range.lowerBound, ASCII.isWordByte(passage.lower[start - 1]) { start -= 1 }
            guard start < wordEnd else { return false }
            let word = String(decoding: passage.lower[start..<wordEnd], as: UTF8.self)
            if negations.contains(word) { return true }
            if !fillers.contains(word) { return false }
            end = start
        }
        return false
    }
}
