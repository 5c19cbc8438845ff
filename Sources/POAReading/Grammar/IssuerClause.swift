/// The issuer: the company whose securities the instrument is about.
///
/// Read from the defined term ("THE HARTFORD FINANCIAL SERVICES GROUP, INC., a Delaware
/// corporation (the "Company")"), from "securities of X" / "director of X" / "transactions
/// in X securities" when X is a proper name, or from a heading naming one company ("ACME
/// CORP." over "POWER OF ATTORNEY"). The name itself is read by ``CompanyName``; the
/// incorporation phrase is dropped and ALL CAPS is written in title case.
/// When the text only says "the Company", there is no issuer to read: nil, never a guess.
enum IssuerClause {
    static let definedTerms: [Phrase] = [
        "(the \"company\")", "(\"company\")", "(the \"issuer\")", "(\"issuer\")", "(the \"corporation\")",
        "(\"corporation\")", "(the \"trust\")", "(the \"partnership\")", "(the \"fund\")", "(the \"bank\")",
        "(the company)", "(hereinafter the \"company\")", "(the \"registrant\")", "(\"registrant\")",
        "(the \" company \"", "(the 'company')", "(the ?company?)", "(the ?corporation?)", "\"the company\"", "(hereinafter \"company\")",
    ]
    static let leads: [Phrase] = [
        "securities of", "security of", "shares of", "stock of", "units of", "interests in", "director of",
        "officer of", "officer and/or director of", "holder of", "owner of", "issued by", "respect to",
        "insider of", "stockholder of", "shareholder of", "affiliate of", "employee of", "capacity with",
        "relating to", "director and/or officer of", "trustee of",
    ]

    /// The issuer named in `range`, canonicalised, with the span of its name.
    ///
    /// A defined term is read first: the name is the run of capitalised words right before it
    /// (``CompanyName/before(_:_:floor:)``), past an incorporation phrase or a parenthetical
    /// in between, and never further back than the last lead ("director of"). Then the leads
    /// "securities of X" and the like, read forwards (``CompanyName/after(_:_:ceiling:)``).
    static func read(_ passage: Passage, in range: Range<Int>) -> Located<String>? {
        for term in definedTermMatches(passage, in: range) {
            let floor = max(range.lowerBound, term.lowerBound - 240)
            let end = nameEnd(passage, before: term.lowerBound, floor: floor)
            guard var name = CompanyName.before(passage, end, floor: floor) else { continue }
            var best: Range<Int>?
            for lead in leads {
                for hit in passage.matches(lead, in: name.lowerBound..<end) where best.map({ hit.upperBound > $0.upperBound }) ?? true {
                    best = hit
                }
            }
            if let best {
                let start = passage.skipSpaces(from: best.upperBound, limit: name.upperBound)
                guard start < name.upperBound else { continue }
                name = start..<name.upperBound
            }
            if let issuer = candidate(passage, name) { return issuer }
        }
        // "securities of X", then "director of X" (where X is never the attorneys' law firm).
        for (leads, mayBeLawFirm) in [(securityLeads, true), (roleLeads, false)] {
            for lead in leads {
                for hit in passage.matches(lead, in: range, limit: 4) {
                    let ceiling = min(range.upperBound, hit.upperBound + 200)
                    guard let name = CompanyName.after(passage, hit.upperBound, ceiling: ceiling),
                        let issuer = candidate(passage, name), NameText.looksLikeEntity(issuer.value),
                        mayBeLawFirm || !isLawFirm(issuer.value)
                    else { continue }
                    return issuer
                }
            }
        }
        for lead in adjectiveLeads {
            for hit in passage.matches(lead, in: range, limit: 4) {
                let ceiling = min(range.upperBound, hit.upperBound + 120)
                guard let name = CompanyName.after(passage, hit.upperBound, ceiling: ceiling),
                    passage.firstMatch(of: securityNouns, in: name.upperBound..<min(ceiling, name.upperBound + 12))?.lowerBound
                        == passage.skipSpaces(from: name.upperBound, limit: ceiling),
                    let issuer = candidate(passage, name)
                else { continue }
                return issuer
            }
        }
        return heading(passage, in: range)
    }

    /// Leads before a name used as an adjective of its securities: "my transactions in
    /// Farmer Mac securities", "holdings of Acme Corporation common stock".
    private static let adjectiveLeads: [Phrase] = ["transactions in", "holdings of", "ownership of"]
    /// What follows a name used as an adjective of its securities.
    private static let securityNouns: [Phrase] = ["securities", "common stock", "stock", "shares", "equity securities"]

    /// The roles an insider holds "of" the issuer, read when no defined term or security names it.
    private static let roleLeads: [Phrase] = [
        "director of", "officer of", "reporting person of", "director and/or officer of", "officer and/or director of",
        "stockholder of", "shareholder of", "securities issued by", "insider of",
    ]

    /// Whether the name is a law firm's ("Cooley LLP"): attorneys' employers, never the issuer.
    private static func isLawFirm(_ name: String) -> Bool {
        name.hasSuffix("LLP") || name.hasSuffix("L.L.P.")
    }

    /// Legal forms of a company named in a heading ("SYNOPSYS, INC." over "POWER OF ATTORNEY").
    /// Partnerships and limited liability companies are left out: headed by their own name they
    /// are usually the grantor, not the issuer.
    private static let headingForms = ASCIIWordSet([
        "inc", "inc.", "incorporated", "corp", "corp.", "corporation", "company", "co.", "ltd", "ltd.", "limited", "plc",
        "n.v.", "s.a.", "ag", "se", "bancorp", "bancshares",
    ])

    /// The issuer named alone in a heading line before the text starts ("SYNOPSYS, INC." /
    /// "POWER OF ATTORNEY", "ACME CORP. POWER OF ATTORNEY").
    static func heading(_ passage: Passage, in range: Range<Int>) -> Located<String>? {
        let first = passage.lineIndex(at: range.lowerBound)
        var found: Located<String>?
        for index in first..<min(passage.lines.count, first + 6) {
            let line = passage.lines[index].clamped(to: range)
            guard !line.isEmpty else { continue }
            if passage.contains("know all", in: line) || passage.contains("undersigned", in: line) { break }
            var start = line.lowerBound
            if passage.hasPhrase("re:", at: passage.skipSpaces(from: start, limit: line.upperBound)) {
                start = min(line.upperBound, passage.skipSpaces(from: passage.skipSpaces(from: start, limit: line.upperBound) + 3, limit: line.upperBound))
            }
            var end = line.upperBound
            if let title = passage.firstMatch(of: ["limited power of attorney", "power of attorney"], in: start..<line.upperBound) { end = title.lowerBound }
            while end > start, ASCII.isSpace(passage.lower[end - 1]) || passage.lower[end - 1] == UInt8(ascii: "-") { end -= 1 }
            guard end > start, let name = CompanyName.after(passage, start, ceiling: end), name.lowerBound == passage.skipSpaces(from: start),
                name.upperBound >= end - 1
            else { continue }
            var last = name.upperBound
            while last > name.lowerBound, !ASCII.isSpace(passage.lower[last - 1]) { last -= 1 }
            guard headingForms.contains(lowercasing: passage.lower[last..<name.upperBound].filter { $0 != UInt8(ascii: ",") }),
                let issuer = candidate(passage, name)
            else { continue }
            // Several companies heading one text ("Acme Fund, Inc." / "Acme Bond Fund, Inc."):
            // no single issuer.
            guard found == nil else { return nil }
            found = issuer
        }
        return found
    }

    /// The first few defined terms in `range`, in text order.
    private static func definedTermMatches(_ passage: Passage, in range: Range<Int>) -> [Range<Int>] {
        // Each term's first four, merged in order: one search per term, not one per match.
        var found: [Range<Int>] = []
        for term in definedTerms { found += passage.matches(term, in: range, limit: 4) }
        found.sort { $0.lowerBound < $1.lowerBound }
        // Matches that overlap an earlier one (a term inside a longer term) are one match.
        var kept: [Range<Int>] = []
        for match in found where kept.last.map({ match.lowerBound >= $0.upperBound }) ?? true {
            kept.append(match)
            if kept.count == 4 { break }
        }
        return kept
    }

    /// Where the name before a defined term at `term` ends: before ", a Delaware corporation"
    /// and before a parenthetical such as "(and any successors thereto)".
    static func nameEnd(_ passage: Passage, before term: Int, floor: Int) -> Int {
        var end = term
        while end > floor, ASCII.isSpace(passage.lower[end - 1]) { end -= 1 }
        if end > floor, passage.lower[end - 1] == UInt8(ascii: ")") {
            var depth = 0
            var index = end - 1
            while index >= floor {
                let byte = passage.lower[index]
                if byte == UInt8(ascii: ")") { depth += 1 }
                if byte == UInt8(ascii: "(") {
                    depth -= 1
                    if depth == 0 { break }
                }
                index -= 1
            }
            if index >= floor, term - index < 120 { end = index }
        }
        let window = max(floor, end - 100)..<end
        var cut: Int?
        for phrase in incorporationCuts {
            if let at = passage.matches(phrase, in: window).last?.lowerBound, cut.map({ at > $0 }) ?? true { cut = at }
        }
        if let cut, incorporationEnds(passage, cut..<end) { end = cut }
        return end
    }

    /// Words an incorporation phrase ends with: ", a Delaware corporation", ", an Iowa
    /// limited liability company", ", a Maryland statutory trust".
    private static let incorporationNouns = ASCIIWordSet([
        "corporation", "company", "partnership", "trust", "bank", "association", "fund", "entity", "llc", "corp.", "corp",
    ])

    /// Whether `range` is an incorporation phrase (it ends with ``incorporationNouns``, and
    /// has no parenthesis or quote).
    private static func incorporationEnds(_ passage: Passage, _ range: Range<Int>) -> Bool {
        let text = passage.lower[range]
        guard !text.contains(where: { $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: ")") || $0 == UInt8(ascii: "\"") }) else { return false }
        var end = range.upperBound
        while end > range.lowerBound, !ASCII.isWordByte(passage.lower[end - 1]) && passage.lower[end - 1] != UInt8(ascii: ".") { end -= 1 }
        var start = end
        while start > range.lowerBound, !ASCII.isSpace(passage.lower[start - 1]) { start -= 1 }
        return start < end && incorporationNouns.contains(lowercasing: passage.lower[start..<end])
            || passage.contains("organized", in: range) || passage.contains("incorporated", in: range)
    }

    private static let securityLeads: [Phrase] = ["securities of", "equity securities of", "common stock of", "shares of"]
    /// Where the incorporation phrase after a name starts.
    private static let incorporationCuts: [Phrase] = [
        ", a ", ", an ", " a delaware", " a nevada", " a maryland", " a new york", ", organized", ", incorporated under",
        ", a corporation",
    ]

    /// The name in `range`, without ", a Delaware corporation" and trailing commas; nil when
    /// it is not a proper name ("the Company", "its subsidiaries").
    static func candidate(_ passage: Passage, _ range: Range<Int>) -> Located<String>? {
        guard !range.isEmpty else { return nil }
        var end = range.upperBound
        for cut in incorporationCuts {
            if let at = passage.find(cut, in: range.lowerBound..<end) { end = at }
        }
        // A word-final asterisk is a line-end mark of some filings ("Washington* Federal, Inc.").
        var text = passage.text(range.lowerBound..<end)
        // `replacing` runs the string-processing machinery even when there is nothing to replace.
        if text.utf8.contains(UInt8(ascii: "*")) { text = text.replacing("* ", with: " ") }
        text = text.trimmingCharacters(" ,\"*")
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
