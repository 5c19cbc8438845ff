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
        var forms = Set<Form>()
        var span: SourceSpan?
        var index = range.lowerBound
        let lower = passage.lower
        // A keyword whose list scan would only retrace a scan that found no form, up to where
        // that scan stopped, finds none either: skipping it keeps the read linear on "form form ...".
        var noFormsBefore = range.lowerBound
        while index < range.upperBound {
            guard ASCII.isLetter(lower[index]), index == 0 || !ASCII.isWordByte(lower[index - 1]) else {
                index += 1
                continue
            }
            let end = passage.wordEnd(from: index)
            if isKeyword(lower[index..<end]), end > noFormsBefore {
                let (found, listEnd, stop) = list(passage, from: end, limit: range.upperBound)
                if !found.isEmpty {
                    forms.formUnion(found)
                    let here = passage.span(index..<listEnd)
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
            let token = String(decoding: passage.bytes[index..<end], as: UTF8.self)
            let lower = token.lowercased()
            if ["and", "or", "and/or", "&", "sec", "form", "forms", "schedule", "schedules", "on"].contains(lower) {
                index = end
                continue
            }
            guard let form = code(token) else { break }
            found.append(form)
            lastEnd = end
            index = end
        }
        return (found, lastEnd, min(index, limit))
    }

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
