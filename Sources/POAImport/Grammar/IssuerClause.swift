/// The issuer: the company whose securities the instrument is about.
///
/// Read from the defined term ("THE HARTFORD FINANCIAL SERVICES GROUP, INC., a Delaware
/// corporation (the "Company")"), or from "securities of X" / "director of X" when X is a
/// proper name. The incorporation phrase is dropped and ALL CAPS is written in title case.
/// When the text only says "the Company", there is no issuer to read: nil, never a guess.
enum IssuerClause {
    static let definedTerms: [Phrase] = [
        "(the \"company\")", "(\"company\")", "(the \"issuer\")", "(\"issuer\")", "(the \"corporation\")",
        "(\"corporation\")", "(the \"trust\")", "(the \"partnership\")", "(the \"fund\")", "(the \"bank\")",
        "(the company)", "(hereinafter the \"company\")", "(the \"registrant\")", "(\"registrant\")",
    ]
    static let leads: [Phrase] = [
        "securities of", "security of", "shares of", "stock of", "units of", "interests in", "director of",
        "officer of", "officer and/or director of", "holder of", "owner of", "issued by", "respect to",
        "insider of", "stockholder of", "shareholder of", "affiliate of", "employee of", "capacity with",
        "relating to", "director and/or officer of", "trustee of",
    ]

    /// The issuer named in `range`, canonicalised, with the span of its name.
    static func read(_ passage: Passage, in range: Range<Int>) -> Located<String>? {
        if let term = passage.firstMatch(of: definedTerms, in: range) {
            let floor = max(range.lowerBound, term.lowerBound - 240)
            var best: Range<Int>?
            for lead in leads {
                for hit in passage.matches(lead, in: floor..<term.lowerBound) where best.map({ hit.upperBound > $0.upperBound }) ?? true {
                    best = hit
                }
            }
            let start = best.map { passage.skipSpaces(from: $0.upperBound) } ?? lineOrSentenceStart(passage, term.lowerBound, floor: floor)
            if let issuer = candidate(passage, start..<term.lowerBound) { return issuer }
        }
        for lead in ["securities of", "equity securities of", "common stock of", "shares of"] as [Phrase] {
            for hit in passage.matches(lead, in: range).prefix(4) {
                let start = passage.skipSpaces(from: hit.upperBound)
                var end = start
                let ceiling = min(range.upperBound, start + 160)
                while end < ceiling, passage.lower[end] != UInt8(ascii: "("), passage.lower[end] != UInt8(ascii: ";"),
                    !Sentences.isBoundary(passage, period: end)
                {
                    if passage.hasPhrase(" that ", at: end) || passage.hasPhrase(" which ", at: end) || passage.hasPhrase(" and ", at: end)
                        || passage.hasPhrase(" as ", at: end) || passage.hasPhrase(" to ", at: end)
                        || passage.hasPhrase(" in ", at: end) || passage.hasPhrase(" or ", at: end) || passage.hasPhrase(" for ", at: end)
                    {
                        break
                    }
                    end += 1
                }
                if let issuer = candidate(passage, start..<end), NameText.looksLikeEntity(issuer.value) { return issuer }
            }
        }
        return nil
    }

    private static func lineOrSentenceStart(_ passage: Passage, _ offset: Int, floor: Int) -> Int {
        var start = offset
        while start > floor, passage.bytes[start - 1] != 0x0A, passage.bytes[start - 1] != UInt8(ascii: ":") { start -= 1 }
        return start
    }

    /// The name in `range`, without ", a Delaware corporation" and trailing commas; nil when
    /// it is not a proper name ("the Company", "its subsidiaries").
    static func candidate(_ passage: Passage, _ range: Range<Int>) -> Located<String>? {
        guard !range.isEmpty else { return nil }
        var end = range.upperBound
        for cut in [", a ", ", an ", " a delaware", " a nevada", " a maryland", " a new york", ", organized", ", incorporated under", ", a corporation"] as [Phrase] {
            if let at = passage.find(cut, in: range.lowerBound..<end) { end = at }
        }
        var text = passage.text(range.lowerBound..<end).trimmingCharacters(" ,\"")
        if text.lowercased().hasPrefix("the ") && NameText.isAllCaps(text) == false && text.dropFirst(4).first?.isLowercase == true {
            return nil
        }
        text = NameText.entity(text)
        let lower = text.lowercased()
        guard let first = text.unicodeScalars.first, first.properties.isUppercase || ASCII.isDigit(UInt8(truncatingIfNeeded: first.value)),
            !["the company", "company", "the corporation", "the issuer", "the undersigned"].contains(lower), text.count >= 2, text.count <= 140
        else { return nil }
        return Located(text, at: passage.span(range.lowerBound..<end))
    }
}
