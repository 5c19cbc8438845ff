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
        for lead in securityLeads {
            for hit in passage.matches(lead, in: range, limit: 4) {
                let start = passage.skipSpaces(from: hit.upperBound)
                var end = start
                let ceiling = min(range.upperBound, start + 160)
                while end < ceiling, passage.lower[end] != UInt8(ascii: "("), passage.lower[end] != UInt8(ascii: ";"),
                    !Sentences.isBoundary(passage, period: end)
                {
                    // Every stop word starts with a space: skip the phrase checks elsewhere.
                    if passage.lower[end] == 0x20, nameStops.contains(where: { passage.hasPhrase($0, at: end) }) { break }
                    if endsCompanyName(passage, period: end, ceiling: range.upperBound) {
                        end += 1
                        break
                    }
                    end += 1
                }
                if let issuer = candidate(passage, start..<end), NameText.looksLikeEntity(issuer.value) { return issuer }
            }
        }
        return nil
    }

    /// Corporate suffixes that end with a period which may also end the sentence.
    private static let suffixWords: Set<String> = ["corp", "inc", "co", "ltd", "llc", "plc", "lp", "l.p", "n.v", "s.a", "ag"]

    /// Whether the period at `period` closes a company name and its sentence together:
    /// "securities of Acme Corp. The authority ..." ends the name at "Corp.".
    static func endsCompanyName(_ passage: Passage, period: Int, ceiling: Int) -> Bool {
        guard passage.lower[period] == UInt8(ascii: "."), period > 0 else { return false }
        var start = period
        while start > 0, passage.lower[start - 1] != 0x20, passage.lower[start - 1] != 0x0A { start -= 1 }
        let word = String(decoding: passage.lower[start..<period], as: UTF8.self).trimmingCharacters(",")
        guard suffixWords.contains(word) else { return false }
        var next = period + 1
        guard next < ceiling, passage.lower[next] == 0x20 || passage.lower[next] == 0x0A else { return false }
        while next < ceiling, passage.lower[next] == 0x20 || passage.lower[next] == 0x0A { next += 1 }
        // A new sentence: a capital letter followed by a lowercase one ("The", "This").
        guard next + 1 < ceiling else { return true }
        let first = passage.bytes[next], second = passage.bytes[next + 1]
        return (65...90).contains(first) && (97...122).contains(second)
    }

    private static let securityLeads: [Phrase] = ["securities of", "equity securities of", "common stock of", "shares of"]
    /// Words that end an issuer's name read after "securities of".
    private static let nameStops: [Phrase] = [" that ", " which ", " and ", " as ", " to ", " in ", " or ", " for "]
    /// Where the incorporation phrase after a name starts.
    private static let incorporationCuts: [Phrase] = [
        ", a ", ", an ", " a delaware", " a nevada", " a maryland", " a new york", ", organized", ", incorporated under",
        ", a corporation",
    ]

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
        for cut in incorporationCuts {
            if let at = passage.find(cut, in: range.lowerBound..<end) { end = at }
        }
        let text = passage.text(range.lowerBound..<end).trimmingCharacters(" ,\"")
        let name = ASCIIText.isPlain(text.utf8) ? plainCandidate(text) : candidateByCharacters(text)
        return name.map { Located($0, at: passage.span(range.lowerBound..<end)) }
    }

    /// The rest of ``candidate(_:_:)`` for plain ASCII text (``ASCIIText``), on its bytes:
    /// the name canonicalised, or nil when it is not a proper name.
    static func plainCandidate(_ text: String) -> String? {
        let isDescription = ASCIIText.withPlainBytes(text) { bytes in
            // "the company", "the Issuer's securities": not a proper name.
            bytes.count > 4 && zip(bytes, "the ".utf8).allSatisfy { ASCII.lowered($0) == $1 } && !NameText.isAllCaps(bytes)
                && ASCII.isLower(bytes[4])
        }
        guard isDescription == false else { return nil }
        let name = NameText.entity(text)  // plain ASCII too: title-casing ASCII makes ASCII
        guard let first = name.utf8.first, ASCII.isUpper(first) || ASCII.isDigit(first), !notNames.contains(lowercasing: name.utf8),
            name.utf8.count >= 2, name.utf8.count <= 140
        else { return nil }
        return name
    }

    /// What names no issuer.
    private static let notNames = ASCIIWordSet(["the company", "company", "the corporation", "the issuer", "the undersigned"])

    /// The rest of ``candidate(_:_:)`` by `Character`s, for a name that is not plain ASCII:
    /// the name canonicalised, or nil when it is not a proper name.
    static func candidateByCharacters(_ trimmed: String) -> String? {
        var text = trimmed
        if text.lowercased().hasPrefix("the ") && NameText.isAllCaps(text) == false && text.dropFirst(4).first?.isLowercase == true {
            return nil
        }
        text = NameText.entity(text)
        let lower = text.lowercased()
        guard let first = text.unicodeScalars.first, first.properties.isUppercase || ASCII.isDigit(UInt8(truncatingIfNeeded: first.value)),
            !["the company", "company", "the corporation", "the issuer", "the undersigned"].contains(lower), text.count >= 2, text.count <= 140
        else { return nil }
        return text
    }
}
