/// A company's name as written in running text: a run of capitalised words ("The Charles
/// Schwab Corporation"), with inner connectors ("Bank of America Corporation", "Wells Fargo &
/// Company") and a legal form after a comma ("New York Community Bancorp, Inc.").
///
/// The run is read backwards from a defined term ("... Acme Corp. (the "Company")") or forwards
/// from a lead ("securities of Acme Corp. from any broker"). It stops at a lowercase word, at
/// punctuation that cannot be part of a name, at a comma not followed by a legal form, and at
/// "of" after a person's name or an office ("William P. Gisi of The Charles Schwab
/// Corporation", "Secretary of Acme Corp."), so the sentence around the name never becomes
/// part of it. Works on the passage's bytes; every run is bounded by a word count.
enum CompanyName {
    /// The most words a name may have.
    static let maximumWords = 14

    /// Connectors that may sit between capitalised words of a name.
    private static let connectors = ASCIIWordSet(["of", "and", "&", "for", "de", "du", "des", "la", "le", "y", "the", "et", "und"])
    /// Legal forms that may follow a comma inside a name.
    private static let legalForms = ASCIIWordSet([
        "inc", "inc.", "incorporated", "corp", "corp.", "co", "co.", "ltd", "ltd.", "limited", "llc", "l.l.c.", "lp", "l.p.",
        "llp", "l.l.p.", "n.v.", "s.a.", "plc", "p.l.c.", "ag", "se", "n.a.", "b.v.", "s.p.a.", "lllp",
    ])
    /// Words ending with a period that the period belongs to (not a sentence end).
    private static let abbreviations = ASCIIWordSet([
        "inc.", "corp.", "co.", "ltd.", "l.p.", "l.l.c.", "l.l.p.", "n.v.", "s.a.", "p.l.c.", "n.a.", "b.v.", "s.p.a.",
        "st.", "mt.", "bros.", "intl.", "u.s.", "no.",
    ])
    /// Capitalised words that are never part of an issuer's name in these documents.
    private static let notNameWords = ASCIIWordSet([
        "securities", "shares", "units", "undersigned", "attorney", "attorneys", "attorney-in-fact", "power", "re:", "my",
        "know", "whereas", "board", "directors", "committee",
    ])

    /// The name that ends at `end` (spaces before `end` skipped), read backwards no further
    /// than `floor`; nil when the word before `end` does not start a name.
    static func before(_ passage: Passage, _ end: Int, floor: Int) -> Range<Int>? {
        let bytes = passage.bytes
        guard floor >= 0, end <= bytes.count, floor < end else { return nil }
        var accepted: [Range<Int>] = []  // right to left
        var cursor = end
        while accepted.count < maximumWords, let word = previousWord(bytes, before: cursor, floor: floor) {
            var core = word
            let hasComma = bytes[core.upperBound - 1] == UInt8(ascii: ",")
            if hasComma { core = core.lowerBound..<(core.upperBound - 1) }
            guard !core.isEmpty, !containsBreak(bytes, core) else { break }
            if hasComma, !accepted.isEmpty {
                // "Bancorp, Inc.": a comma only before a legal form that ends the name.
                guard accepted.count == 1, let form = accepted.first, legalForms.contains(lowercasing: bytes[form]) else { break }
            }
            if !accepted.isEmpty, bytes[core.upperBound - 1] == UInt8(ascii: "."), !keepsPeriod(bytes, core) { break }
            let first = bytes[core.lowerBound]
            if connectors.contains(lowercasing: bytes[core]) && !isThe(bytes, core) {
                guard !accepted.isEmpty else { break }
                if ASCII.lowered(first) == UInt8(ascii: "o"), endsPersonOrOffice(bytes, before: core.lowerBound, floor: floor) { break }
                accepted.append(core)
                cursor = word.lowerBound
                continue
            }
            guard startsName(bytes, core), !notNameWords.contains(lowercasing: bytes[core]) else { break }
            accepted.append(core)
            cursor = word.lowerBound
            if isThe(bytes, core) { break }  // "The Charles Schwab Corporation" starts at "The"
        }
        // A name starts with a capitalised word, not a connector.
        while let last = accepted.last, !startsName(bytes, last) {
            accepted.removeLast()
        }
        guard let start = accepted.last?.lowerBound, let stop = accepted.first?.upperBound else { return nil }
        return start..<stop
    }

    /// The name that starts at `start` (spaces skipped), read forwards no further than
    /// `ceiling`; nil when no capitalised word starts there.
    static func after(_ passage: Passage, _ start: Int, ceiling: Int) -> Range<Int>? {
        let bytes = passage.bytes
        guard start >= 0, ceiling <= bytes.count, start < ceiling else { return nil }
        var first: Int?
        var last: Int?
        var count = 0
        var cursor = start
        while count < maximumWords, let word = nextWord(bytes, from: cursor, ceiling: ceiling) {
            count += 1
            cursor = word.upperBound
            let (core, hasComma, stops) = coreOf(bytes, word)
            guard !core.isEmpty else { break }
            if first != nil, !hasComma, !stops, connectors.contains(lowercasing: bytes[core]) { continue }
            let isLegalForm = first != nil && legalForms.contains(lowercasing: bytes[core])
            guard startsName(bytes, core) || isLegalForm, !notNameWords.contains(lowercasing: bytes[core]) else { break }
            if first == nil { first = core.lowerBound }
            if bytes[core.upperBound - 1] == UInt8(ascii: "."), !keepsPeriod(bytes, core) {
                last = core.upperBound - 1  // the sentence ends here
                break
            }
            last = core.upperBound
            if stops { break }
            if isLegalForm { break }  // "Acme Holdings, Inc." ends at its legal form
            if hasComma {
                // "DCP Midstream, LP, hereby ...": a comma goes on only into a legal form.
                guard let next = nextWord(bytes, from: cursor, ceiling: ceiling) else { break }
                let nextCore = coreOf(bytes, next).core
                guard !nextCore.isEmpty, legalForms.contains(lowercasing: bytes[nextCore]) else { break }
            }
        }
        guard let from = first, let to = last, from < to else { return nil }
        return from..<to
    }

    /// A word without a trailing comma, cut before punctuation that ends a name; whether it
    /// had the comma, and whether it was cut.
    private static func coreOf(_ bytes: [UInt8], _ word: Range<Int>) -> (core: Range<Int>, hasComma: Bool, stops: Bool) {
        var core = word
        var stops = false
        if let cut = core.firstIndex(where: { isBreak(bytes[$0]) }) {
            core = core.lowerBound..<cut
            stops = true
        }
        let hasComma = !core.isEmpty && bytes[core.upperBound - 1] == UInt8(ascii: ",")
        if hasComma { core = core.lowerBound..<(core.upperBound - 1) }
        // "Group, Inc.. The": the abbreviation's period, then the sentence's.
        if core.count >= 3, bytes[core.upperBound - 1] == UInt8(ascii: "."), bytes[core.upperBound - 2] == UInt8(ascii: ".") {
            core = core.lowerBound..<(core.upperBound - 1)
            stops = true
        }
        return (core, hasComma, stops)
    }

    /// Whether the capitalised words right before `offset` read as a person's name or an
    /// office ("William P. Gisi", "General Counsel and Secretary"): then an "of" at `offset`
    /// introduces the employer, not the rest of a company's name.
    private static func endsPersonOrOffice(_ bytes: [UInt8], before offset: Int, floor: Int) -> Bool {
        var words: [Range<Int>] = []
        var cursor = offset
        while words.count < 6, let word = previousWord(bytes, before: cursor, floor: floor) {
            let last = bytes[word.upperBound - 1]
            if last == UInt8(ascii: ",") || containsBreak(bytes, word) { break }
            let initial = bytes[word.lowerBound]
            let isParticle = NameText.particleWordSet.contains(lowercasing: bytes[word])
            guard ASCII.isUpper(initial) || isParticle, isParticle || !connectors.contains(lowercasing: bytes[word]) else { break }
            words.append(word)
            cursor = word.lowerBound
        }
        guard let start = words.last?.lowerBound, let end = words.first?.upperBound else { return false }
        let text = String(decoding: bytes[start..<end].map { $0 == 0x0A ? 0x20 : $0 }, as: UTF8.self)
        if NameText.looksLikeOffice(text) { return !NameText.looksLikeEntity(text) }
        return NameText.looksLikePerson(text)
    }

    /// Whether a word can be a word of a company's name: capitalised ("Acme"), a number
    /// ("23andMe"), or lowercase with a capital inside ("bioAffinity", "iShares").
    private static func startsName(_ bytes: [UInt8], _ word: Range<Int>) -> Bool {
        guard let first = word.first else { return false }
        let initial = bytes[first]
        if ASCII.isUpper(initial) || ASCII.isDigit(initial) { return true }
        return ASCII.isLower(initial) && bytes[word].dropFirst().contains(where: ASCII.isUpper)
    }

    private static func isThe(_ bytes: [UInt8], _ word: Range<Int>) -> Bool {
        word.count == 3 && ASCII.lowered(bytes[word.lowerBound]) == UInt8(ascii: "t") && ASCII.isUpper(bytes[word.lowerBound])
            && ASCII.lowered(bytes[word.lowerBound + 1]) == UInt8(ascii: "h") && ASCII.lowered(bytes[word.lowerBound + 2]) == UInt8(ascii: "e")
    }

    /// Whether a word's final period belongs to it: an initial ("J."), a dotted abbreviation
    /// ("U.S.", "L.P."), or a legal form ("Inc.").
    private static func keepsPeriod(_ bytes: [UInt8], _ word: Range<Int>) -> Bool {
        if word.count == 2, ASCII.isUpper(bytes[word.lowerBound]) { return true }
        if abbreviations.contains(lowercasing: bytes[word]) { return true }
        return bytes[word.lowerBound..<(word.upperBound - 1)].contains(UInt8(ascii: "."))
    }

    /// Punctuation that never occurs inside a company's name.
    @inline(__always) private static func isBreak(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: ":")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "]")
    }

    private static func containsBreak(_ bytes: [UInt8], _ word: Range<Int>) -> Bool {
        bytes[word].contains(where: isBreak)
    }

    /// The word (run of non-space bytes) that ends at or before `end`, not before `floor`.
    private static func previousWord(_ bytes: [UInt8], before end: Int, floor: Int) -> Range<Int>? {
        var stop = end
        while stop > floor, ASCII.isSpace(bytes[stop - 1]) { stop -= 1 }
        guard stop > floor else { return nil }
        var start = stop
        while start > floor, !ASCII.isSpace(bytes[start - 1]) { start -= 1 }
        return start..<stop
    }

    /// The word (run of non-space bytes) that starts at or after `start`, before `ceiling`.
    private static func nextWord(_ bytes: [UInt8], from start: Int, ceiling: Int) -> Range<Int>? {
        var first = start
        while first < ceiling, ASCII.isSpace(bytes[first]) { first += 1 }
        guard first < ceiling else { return nil }
        var end = first
        while end < ceiling, !ASCII.isSpace(bytes[end]) { end += 1 }
        return first..<end
    }
}
