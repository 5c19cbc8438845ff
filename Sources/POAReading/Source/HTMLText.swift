/// Reads the text of HTML (or other markup): tags dropped, scripts and styles skipped,
/// entities decoded, block elements read as line breaks, table cells as line breaks too
/// (a signature cell and a date cell are separate facts), every byte keeping its source line.
enum HTMLText {
    /// The passage of markup `source[range]`, whose first byte is on source line `firstLine`.
    static func passage(_ source: [UInt8], _ range: Range<Int>, firstLine: Int = 1) -> Passage {
        var passage = Passage()
        var line = firstLine
        var index = range.lowerBound
        let end = range.upperBound
        var textStart = index
        // Inside `<pre>` a line break in the source is a line break of the text.
        var preformatted = false
        func flushText(upTo limit: Int) {
            if textStart < limit {
                line = appendHTMLText(source, textStart..<limit, line: line, preformatted: preformatted, to: &passage)
            }
        }
        while index < end {
            let byte = source[index]
            guard byte == UInt8(ascii: "<") else {
                index += 1
                continue
            }
            flushText(upTo: index)
            if startsComment(source, at: index, end: end) {
                // A comment runs to the first `-->` after its opening `<!--`; a `>` inside it
                // ends nothing. An unclosed comment runs to the end of the markup.
                let closer = find(Array("-->".utf8), in: source, from: index + 4, end: end)
                let resume = closer.map { $0 + 3 } ?? end
                line += newlines(source, index..<resume)
                index = resume
                textStart = index
                continue
            }
            let tagEnd = closingAngle(source, from: index, end: end)
            let name = tagName(source, index + 1, tagEnd)
            line += newlines(source, index..<tagEnd)
            index = min(end, tagEnd + 1)
            if name == "script" || name == "style" {
                // Their content is not text: skip to the closing tag (or the end, if none).
                let resume = find(Array("</\(name)".utf8), in: source, from: index, end: end) ?? end
                line += newlines(source, index..<max(index, resume))
                index = resume < end ? min(end, closingAngle(source, from: resume, end: end) + 1) : end
            } else if breakingTags.contains(name) {
                if name == "pre" || name == "/pre" { preformatted = name == "pre" }
                passage.breakLine()
            } else if !name.isEmpty && !inlineTags.contains(name) {
                passage.append(0x20, sourceLine: line)
            }
            textStart = index
        }
        flushText(upTo: end)
        passage.finish()
        return passage
    }

    /// Tags (open or close) that end a line of text.
    static let breakingTags: Set<String> = [
        "p", "/p", "br", "br/", "div", "/div", "tr", "/tr", "td", "/td", "th", "/th", "li", "/li", "h1", "/h1",
        "h2", "/h2", "h3", "/h3", "h4", "/h4", "h5", "/h5", "h6", "/h6", "table", "/table", "center", "/center",
        "blockquote", "/blockquote", "pre", "/pre", "hr", "ul", "/ul", "ol", "/ol", "title", "/title", "body",
        "/body", "html", "/html", "document", "/document", "text", "/text", "type", "page", "/page",
    ]

    /// Tags (open or close) that style a run of text inside a word as often as around one
    /// (`10<sup>th</sup>`, `<b>J</b>ane`): they separate nothing, so they add no space.
    static let inlineTags: Set<String> = [
        "sup", "/sup", "sub", "/sub", "b", "/b", "i", "/i", "u", "/u", "span", "/span", "font", "/font", "a", "/a",
        "em", "/em", "strong", "/strong", "small", "/small", "big", "/big", "s", "/s", "strike", "/strike",
    ]

    /// Whether bytes look like markup: a known tag near the start.
    static func looksLikeMarkup(_ lower: ArraySlice<UInt8>) -> Bool {
        ContainerProbe(lower).isMarkup
    }

    /// Whether `<!--` opens at `index`.
    private static func startsComment(_ source: [UInt8], at index: Int, end: Int) -> Bool {
        index + 3 < end && source[index + 1] == UInt8(ascii: "!") && source[index + 2] == UInt8(ascii: "-")
            && source[index + 3] == UInt8(ascii: "-")
    }

    private static func closingAngle(_ source: [UInt8], from start: Int, end: Int) -> Int {
        var index = start + 1
        var quote: UInt8 = 0
        while index < end {
            let byte = source[index]
            if quote != 0 {
                if byte == quote { quote = 0 }
            } else if byte == UInt8(ascii: ">") {
                return index
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                if index > start + 1, source[index - 1] == UInt8(ascii: "=") { quote = byte }
            }
            index += 1
        }
        return end
    }

    /// The lowercase tag name ("p", "/td", "br/") of a tag spanning `(start, end)`.
    private static func tagName(_ source: [UInt8], _ start: Int, _ end: Int) -> String {
        var name = [UInt8]()
        var index = start
        while index < end, name.count < 12 {
            let byte = source[index]
            if ASCII.isLetter(byte) || ASCII.isDigit(byte) || (byte == UInt8(ascii: "/") && (name.isEmpty || index + 1 == end))
                || (byte == UInt8(ascii: "!") && name.isEmpty) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ":")
            {
                name.append(byte | (ASCII.isUpper(byte) ? 0x20 : 0))
                index += 1
            } else {
                break
            }
        }
        return String(decoding: name, as: UTF8.self)
    }

    private static func newlines(_ source: [UInt8], _ range: Range<Int>) -> Int {
        var count = 0
        for index in range where index < source.count && source[index] == 0x0A { count += 1 }
        return count
    }

    private static func find(_ needle: [UInt8], in source: [UInt8], from start: Int, end: Int) -> Int? {
        guard let first = needle.first else { return nil }
        var index = max(0, start)
        while index + needle.count <= end {
            if source[index] | 0x20 == first | 0x20 {
                var matched = true
                for offset in 1..<needle.count where source[index + offset] | 0x20 != needle[offset] | 0x20 {
                    matched = false
                    break
                }
                if matched { return index }
            }
            index += 1
        }
        return nil
    }

    /// Appends text between tags, decoding entities; returns the source line after it.
    private static func appendHTMLText(
        _ source: [UInt8], _ range: Range<Int>, line: Int, preformatted: Bool, to passage: inout Passage
    ) -> Int {
        var line = line
        var index = range.lowerBound
        var runStart = index
        while index < range.upperBound {
            let byte = source[index]
            if byte == 0x0A {
                // In HTML a line break is a space (a break inside `<pre>`); the line count still advances.
                if runStart < index { line = passage.appendText(source, runStart..<index, firstLine: line) }
                if preformatted { passage.breakLine() } else { passage.append(0x20, sourceLine: line) }
                line += 1
                index += 1
                runStart = index
            } else if byte == UInt8(ascii: "&"), let (scalar, length) = HTMLEntity.decode(source, at: index, end: range.upperBound) {
                if runStart < index { line = passage.appendText(source, runStart..<index, firstLine: line) }
                var encoded = [UInt8]()
                SourceDecoder.appendUTF8(scalar, to: &encoded)
                _ = passage.appendText(encoded, 0..<encoded.count, firstLine: line)
                index += length
                runStart = index
            } else {
                index += 1
            }
        }
        if runStart < range.upperBound { line = passage.appendText(source, runStart..<range.upperBound, firstLine: line) }
        return line
    }
}
