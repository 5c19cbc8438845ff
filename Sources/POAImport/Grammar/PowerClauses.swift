/// Two short clauses about the power itself: whether it may be delegated, and whether it
/// supersedes the grantor's earlier authorizations.
enum PowerClauses {
    /// Delegable: "may ... delegate any authority", "full power of substitution", "power of
    /// substitution and resubstitution", "power to appoint a substitute". Not when negated
    /// ("without power of substitution", "may not delegate").
    static func delegable(_ passage: Passage, in range: Range<Int>) -> Located<Bool>? {
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
        "power to appoint a substitute", "power to substitute", "powers of substitution",
    ]
    /// What gives leave to delegate, tried in this order.
    private static let mayWords: [Phrase] = ["may", "authority to", "power to", "right to"]
    private static let negations: [Phrase] = ["without", "no", "not"]
    private static let supersessionTails: [Phrase] = [
        ", and shall remain", " and shall remain", ", and will remain", ", and this power", "; provided", ", and continues",
        ", and shall continue", " and continues",
    ]

    private static func negated(_ passage: Passage, before offset: Int, in range: Range<Int>) -> Bool {
        let window = max(range.lowerBound, offset - 30)..<offset
        return negations.contains { passage.contains($0, in: window) }
    }

    static let supersessionPhrases: [Phrase] = [
        "supersede", "supersedes", "supercede", "supercedes", "revokes all prior", "revoke all prior",
        "revokes any prior", "revokes all previous", "revoke all previous", "prior authorizations are hereby revoked", "superseded", "are hereby superseded",
        "previous powers of attorney are hereby revoked", "in substitution for all prior", "replaces all prior",
    ]

    /// The supersession clause, quoted: the sentence up to ", and shall remain ...".
    static func supersession(_ passage: Passage, in range: Range<Int>) -> Located<String>? {
        guard let hit = passage.firstMatch(of: supersessionPhrases, in: range) else { return nil }
        let sentence = Sentences.sentence(passage, containing: hit.lowerBound, in: range, maximum: 500)
        var end = sentence.upperBound
        for tail in supersessionTails {
            if let at = passage.find(tail, in: hit.upperBound..<end) { end = at }
        }
        let quoted = passage.text(sentence.lowerBound..<end).trimmingCharacters(" .,;")
        return Located(quoted, at: passage.span(sentence.lowerBound..<end))
    }
}
