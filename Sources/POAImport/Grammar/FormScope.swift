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
        while index < range.upperBound {
            guard ASCII.isLetter(lower[index]), index == 0 || !ASCII.isWordByte(lower[index - 1]) else {
                index += 1
                continue
            }
            let end = passage.wordEnd(from: index)
            let word = String(decoding: lower[index..<end], as: UTF8.self)
            if keywords.contains(word) {
                let (found, listEnd) = list(passage, from: end, limit: range.upperBound)
                if !found.isEmpty {
                    forms.formUnion(found)
                    let here = passage.span(index..<listEnd)
                    span = span.map { $0.union(here) } ?? here
                }
                index = max(end, listEnd)
            } else {
                index = end
            }
        }
        guard let located = span, !forms.isEmpty else { return nil }
        return Located(forms.sorted(), at: located)
    }

    /// The form codes after a "Form(s)" keyword: "3, 4, and 5", "ID, Form 3, Form 4 or Form 5".
    private static func list(_ passage: Passage, from start: Int, limit: Int) -> ([Form], Int) {
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
        return (found, lastEnd)
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
