import POACore

/// The scope: which forms an instrument covers, as named ("Forms 3, 4 and 5", "SEC Form ID,
/// Form 3, Form 4 or Form 5", "Form 144", "Schedules 13D and 13G", "Form 10-K", "Form S-8").
///
/// Forms named in a list are recorded as named, also glued to their keyword ("Forms3, 4, and
/// 5") or with words between them ("Forms 3, 4, 5 and, if applicable, 144"). Two scopes name
/// their forms by what they are: "EDGAR access codes" (or CIK and CCC codes) are what Form ID
/// applies for, so they are Form ID; and "filings under Section 16(a)", "forms required
/// pursuant to Section 16" are the Section 16(a) reports, Forms 3, 4 and 5, recorded so when no
/// one of them is named. A mere mention of Section 16 ("responsibilities to comply with
/// Section 16", "profit disgorgement under Section 16(b)") names no form, nor does "Rule 144"
/// without "Form 144". Bare numbers other than 3, 4, 5 and 144 are not forms ("Form 10").
enum FormScope {
    static let keywords: Set<String> = ["form", "forms", "schedule", "schedules"]

    /// The forms named in `range`, canonical and sorted, with the span of their mentions.
    static func read(_ passage: Passage, in range: Range<Int>) -> Located<[Form]>? {
        var forms: [Form] = []  // distinct, in the order found: a handful, so no hashing
        var span: SourceSpan?
        var index = range.lowerBound
        // A keyword whose list scan would only retrace a scan that found no form, up to where
        // that scan stopped, finds none either: skipping it keeps the read linear on "form form ...".
        var noFormsBefore = range.lowerBound
        // The keywords are whole words: the word index finds them without a pass over the text.
        for (start, end) in keywordOccurrences(passage, in: range) where start >= index {
            if end > noFormsBefore {
                let (found, listEnd, stop) = list(passage, from: end, limit: range.upperBound)
                if !found.isEmpty {
                    for form in found where !forms.contains(form) { forms.append(form) }
                    let here = passage.span(start..<listEnd)
                    span = span.map { $0.union(here) } ?? here
                } else {
                    noFormsBefore = stop
                }
                index = max(end, listEnd)
            } else {
                index = end
            }
        }
        if !forms.contains(.id), let codes = passage.firstMatch(of: accessCodes, in: range) {
            forms.append(.id)
            let here = passage.span(codes)
            span = span.map { $0.union(here) } ?? here
        }
        if !forms.contains(where: section16Reports.contains), let reports = section16Scope(passage, in: range) {
            forms += section16Reports
            let here = passage.span(reports)
            span = span.map { $0.union(here) } ?? here
        }
        guard let located = span, !forms.isEmpty else { return nil }
        return Located(forms.sorted(), at: located)
    }

    /// The reports Section 16(a) requires.
    private static let section16Reports: [Form] = [.three, .four, .five]

    /// The codes a Form ID applies for.
    private static let accessCodes: [Phrase] = [
        "edgar access codes", "edgar access code", "edgar codes", "edgar filer codes", "edgar filing codes", "cik and ccc",
        "cik/ccc", "ccc and cik", "uniform application for access codes",
    ]

    /// Where the text makes filings under Section 16(a) its scope without naming a form:
    /// a filing word ("filings", "forms", "reports") then, close before "Section 16", a word
    /// tying it to the section ("under", "pursuant to", "in accordance with", "related to").
    /// Section 16(b) and sentences about the undersigned's own responsibilities do not count.
    static func section16Scope(_ passage: Passage, in range: Range<Int>) -> Range<Int>? {
        for phrase in section16Phrases {
            for hit in passage.matches(phrase, in: range, limit: 8) {
                let after = passage.skipSpaces(from: hit.upperBound, limit: range.upperBound)
                if after + 2 < range.upperBound, passage.lower[after] == UInt8(ascii: "("), passage.lower[after + 1] == UInt8(ascii: "b") {
                    continue
                }
                let link = max(range.lowerBound, hit.lowerBound - 45)..<hit.lowerBound
                let noun = max(range.lowerBound, hit.lowerBound - 110)..<hit.lowerBound
                guard section16Links.contains(where: { passage.contains($0, in: link) }),
                    filingWords.contains(where: { passage.contains($0, in: noun) }),
                    !notScope.contains(where: { passage.contains($0, in: noun) })
                else { continue }
                return hit
            }
        }
        return nil
    }

    private static let section16Phrases: [Phrase] = ["section 16", "section16", "sections 13 and 16", "section 13 and section 16"]
    private static let section16Links: [Phrase] = [
        "under", "pursuant to", "required by", "in accordance with", "related to", "relating to", "related specifically to",
        "with respect to", "required under",
    ]
    private static let filingWords: [Phrase] = ["forms", "filings", "filing", "reports", "statements"]
    /// Words of the sentences that mention Section 16 without making it the scope.
    private static let notScope: [Phrase] = [
        "comply with", "responsibilit*", "liabilit*", "profit", "disgorgement", "obligations under", "not assuming",
    ]

    private static let keywordPhrases: [Phrase] = ["form", "forms", "schedule", "schedules"]
    /// A keyword glued to its first form ("Forms3, 4, and 5"), with the keyword's length.
    private static let gluedKeywords: [(Phrase, Int)] = [
        ("forms3", 5), ("forms4", 5), ("form3", 4), ("form4", 4), ("form5", 4), ("form144", 4), ("forms144", 5),
    ]

    /// Where each keyword (a whole word: ``keywords``) starts and ends in `range`, in text order.
    ///
    /// The same words a scan of the range's word starts would find: a phrase matches only at
    /// a word start and a word end, looking past the range's ends as the scan does.
    private static func keywordOccurrences(_ passage: Passage, in range: Range<Int>) -> [(Int, Int)] {
        var found: [(Int, Int)] = []
        for phrase in keywordPhrases {
            for hit in passage.matches(phrase, in: range) { found.append((hit.lowerBound, hit.upperBound)) }
        }
        for (phrase, keyword) in gluedKeywords {
            for hit in passage.matches(phrase, in: range) { found.append((hit.lowerBound, hit.lowerBound + keyword)) }
        }
        found.sort { $0.0 < $1.0 }
        return found
    }

    private static let keywordBytes: [[UInt8]] = keywords.map { Array($0.utf8) }

    /// Whether a lowercased word is one of ``keywords``.
    private static func isKeyword(_ word: ArraySlice<UInt8>) -> Bool {
        word.count >= 4 && word.count <= 9 && keywordBytes.contains { $0.elementsEqual(word) }
    }

    /// The form codes after a "Form(s)" keyword: "3, 4, and 5", "ID, Form 3, Form 4 or Form 5",
    /// the end of the last one, and where the scan stopped (the first token that is neither a
    /// form nor a connective, or `limit`).
    private static func list(_ passage: Passage, from start: Int, limit: Int) -> ([Form], Int, Int) {
        var found: [Form] = []
        var index = start
        var lastEnd = start
        // After "3 through" or "3 –": the forms up to the next one are named too.
        var rangeOpen = false
        while index < limit {
            index = passage.skipSpaces(from: index, limit: limit)
            guard index < limit else { break }
            let byte = passage.lower[index]
            if byte == UInt8(ascii: ",") || byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")") || byte == UInt8(ascii: "&") {
                index += 1
                continue
            }
            // "form 4's and 5's"
            if byte == UInt8(ascii: "'"), index == lastEnd, !found.isEmpty, index + 1 < limit, passage.lower[index + 1] == UInt8(ascii: "s") {
                index += 2
                continue
            }
            var end = index
            while end < limit, ASCII.isWordByte(passage.lower[end]) || passage.lower[end] == UInt8(ascii: "-") || passage.lower[end] == UInt8(ascii: "/") {
                end += 1
            }
            guard end > index else { break }
            let form: Form?
            if ASCIIText.isPlain(passage.bytes[index..<end]) {
                if let numbers = numberedList(passage.bytes[index..<end]) {
                    found += numbers
                    lastEnd = end
                    index = end
                    rangeOpen = false
                    continue
                }
                if !found.isEmpty, rangeWords.contains(lowercasing: passage.lower[index..<end]) {
                    rangeOpen = true
                    index = end
                    continue
                }
                if connectiveWords.contains(lowercasing: passage.lower[index..<end]) {
                    index = end
                    continue
                }
                form = code(passage.bytes[index..<end])
            } else {
                let token = String(decoding: passage.bytes[index..<end], as: UTF8.self)
                if !found.isEmpty, token == "\u{2013}" || token == "\u{2014}" {
                    rangeOpen = true
                    index = end
                    continue
                }
                if connectives.contains(token.lowercased()) {
                    index = end
                    continue
                }
                form = code(token)
            }
            guard let form else { break }
            if rangeOpen, let first = found.last, let from = numberedForms.firstIndex(of: first), let to = numberedForms.firstIndex(of: form),
                from + 1 < to, to <= 2
            {
                found += numberedForms[(from + 1)..<to]
            }
            rangeOpen = false
            found.append(form)
            lastEnd = end
            index = end
        }
        return (found, lastEnd, min(index, limit))
    }

    /// Words that make a range of forms: "Forms 3 through 5".
    private static let rangeWords = ASCIIWordSet(["through", "-"])

    /// Numbered forms written as one token: "3/4/5", "3-5" (a range, within Forms 3 to 5).
    static func numberedList(_ token: ArraySlice<UInt8>) -> [Form]? {
        let slash = token.contains(UInt8(ascii: "/")), dash = token.contains(UInt8(ascii: "-"))
        guard slash != dash else { return nil }
        let parts = token.split(separator: slash ? UInt8(ascii: "/") : UInt8(ascii: "-"), omittingEmptySubsequences: false)
        guard parts.count >= 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(ASCII.isDigit) }) else { return nil }
        var forms: [Form] = []
        for part in parts {
            guard let form = numberedForms.first(where: { $0.rawValue.utf8.elementsEqual(part) }) else { return nil }
            forms.append(form)
        }
        if dash {
            guard forms.count == 2, let from = numberedForms.firstIndex(of: forms[0]), let to = numberedForms.firstIndex(of: forms[1]),
                from < to, to <= 2
            else { return nil }
            return Array(numberedForms[from...to])
        }
        return forms
    }

    /// Words between the forms of a list.
    private static let connectives: Set<String> = [
        "and", "or", "and/or", "&", "sec", "form", "forms", "schedule", "schedules", "on", "if", "where", "as", "applicable",
    ]
    private static let connectiveWords = ASCIIWordSet(connectives)

    /// ``code(_:)`` of a plain ASCII token (``ASCIIText``), on its bytes; a string is made
    /// only for a form.
    static func code(_ token: ArraySlice<UInt8>) -> Form? {
        let isTrimmed = { (byte: UInt8) in byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "/") }
        var text = token.drop(while: isTrimmed)
        while let last = text.last, isTrimmed(last) { text = text.dropLast() }
        if text.count >= 2, text[text.endIndex - 2] == UInt8(ascii: "/"), ASCII.uppercased(text[text.endIndex - 1]) == UInt8(ascii: "A") {
            text = text.dropLast(2)
        }
        // "Forms 4s", "Form 144s": a plural, not a form "4S"
        if text.count >= 2, ASCII.uppercased(text[text.endIndex - 1]) == UInt8(ascii: "S"), text.dropLast().allSatisfy(ASCII.isDigit) {
            text = text.dropLast()
        }
        if text.allSatisfy(ASCII.isDigit) {
            return numberedForms.first { $0.rawValue.utf8.elementsEqual(text) }
        }
        if text.count == 2, ASCII.uppercased(text.first!) == UInt8(ascii: "I"), ASCII.uppercased(text.last!) == UInt8(ascii: "D") { return .id }
        guard text.count <= 6, text.contains(where: ASCII.isDigit), text.contains(where: ASCII.isLetter),
            !ASCII.isLetter(text.first!) || text.contains(UInt8(ascii: "-")),
            text.allSatisfy({ ASCII.isLetter($0) || ASCII.isDigit($0) || $0 == UInt8(ascii: "-") })
        else { return nil }
        return try? Form(parsing: String(decoding: text.lazy.map(ASCII.uppercased), as: UTF8.self))
    }

    /// The forms written as a bare number.
    private static let numberedForms: [Form] = [.three, .four, .five, .f144]

    /// A form code: ID, 3, 4, 5, 144, or a code with a digit such as 13D, 10-K, S-8, 13D/A.
    static func code(_ token: String) -> Form? {
        var text = token.uppercased().trimmingCharacters(".-/")
        if text.hasSuffix("/A") { text = String(text.dropLast(2)) }
        for plural in ["\u{2019}S", "'S", "S"] where text.hasSuffix(plural) && text.dropLast(plural.count).allSatisfy(\.isNumber) && text.count > plural.count {
            text = String(text.dropLast(plural.count))
            break
        }
        if text == "ID" { return .id }
        if text.allSatisfy(\.isNumber) {
            return ["3", "4", "5", "144"].contains(text) ? Form(rawValue: text) : nil
        }
        guard text.count <= 6, text.contains(where: \.isNumber), text.contains(where: \.isLetter), text.first?.isLetter == false || text.contains("-"),
            text.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }), text.unicodeScalars.allSatisfy(\.isASCII)
        else { return nil }
        return try? Form(parsing: text)
    }
}
