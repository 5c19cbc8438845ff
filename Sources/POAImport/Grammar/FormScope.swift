import POACore

/// The scope: which forms an instrument covers, as named ("Forms 3, 4 and 5", "SEC Form ID,
/// Form 3, Form 4 or Form 5", "Form 144", "Schedules 13D and 13G", "Form 10-K", "Form S-8").
///
/// Only forms the text names are recorded: a mention of "Section 16(a)" does not imply
/// Forms 3, 4 and 5. Bare numbers other than 3, 4, 5 and 144 are not forms ("Form 10").
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
        guard let located = span, !forms.isEmpty else { return nil }
        return Located(forms.sorted(), at: located)
    }

    private static let keywordPhrases: [Phrase] = ["form", "forms", "schedule", "schedules"]

    /// Where each keyword (a whole word: ``keywords``) starts and ends in `range`, in text order.
    ///
    /// The same words a scan of the range's word starts would find: a phrase matches only at
    /// a word start and a word end, looking past the range's ends as the scan does.
    private static func keywordOccurrences(_ passage: Passage, in range: Range<Int>) -> [(Int, Int)] {
        var found: [(Int, Int)] = []
        for phrase in keywordPhrases {
            for hit in passage.matches(phrase, in: range) { found.append((hit.lowerBound, hit.upperBound)) }
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
        while index < limit {
            index = passage.skipSpaces(from: index, limit: limit)
            guard index < limit else { break }
            let byte = passage.lower[index]
            if byte == UInt8(ascii: ",") || byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")") {
                index += 1
                continue
            }
            var end = index
            while end < limit, ASCII.isWordByte(passage.lower[end]) || passage.lower[end] == UInt8(ascii: "-") || passage.lower[end] == UInt8(ascii: "/") {
                end += 1
            }
            guard end > index else { break }
            let form: Form?
            if ASCIIText.isPlain(passage.bytes[index..<end]) {
                if connectiveWords.contains(lowercasing: passage.lower[index..<end]) {
                    index = end
                    continue
                }
                form = code(passage.bytes[index..<end])
            } else {
                let token = String(decoding: passage.bytes[index..<end], as: UTF8.self)
                if connectives.contains(token.lowercased()) {
                    index = end
                    continue
                }
                form = code(token)
            }
            guard let form else { break }
            found.append(form)
            lastEnd = end
            index = end
        }
        return (found, lastEnd, min(index, limit))
    }

    /// Words between the forms of a list.
    private static let connectives: Set<String> = ["and", "or", "and/or", "&", "sec", "form", "forms", "schedule", "schedules", "on"]
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
        if text.allSatisfy(ASCII.isDigit) {
            return numberedForms.first { $0.rawValue.utf8.elementsEqual(text) }
        }
        if text.count == 2, ASCII.uppercased(text.first!) == UInt8(ascii: "I"), ASCII.uppercased(text.last!) == UInt8(ascii: "D") { return .id }
        guard text.count <= 6, text.contains(where: ASCII.isDigit), !ASCII.isLetter(text.first!) || text.contains(UInt8(ascii: "-")),
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
        if text == "ID" { return .id }
        if text.allSatisfy(\.isNumber) {
            return ["3", "4", "5", "144"].contains(text) ? Form(rawValue: text) : nil
        }
        guard text.count <= 6, text.contains(where: \.isNumber), text.first?.isLetter == false || text.contains("-"),
            text.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }), text.unicodeScalars.allSatisfy(\.isASCII)
        else { return nil }
        return try? Form(parsing: text)
    }
}
