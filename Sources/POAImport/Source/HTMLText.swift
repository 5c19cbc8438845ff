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
        func flushText(upTo limit: Int) {
            if textStart < limit { line = appendHTMLText(source, textStart..<limit, line: line, to: &passage) }
        }
        while index < end {
            let byte = source[index]
            guard byte == UInt8(ascii: "<") else {
                index += 1
                continue
            }
            flushText(upTo: index)
            let tagEnd = closingAngle(source, from: index, end: end)
            let name = tagName(source, index + 1, tagEnd)
            line += newlines(source, index..<tagEnd)
            index = min(end, tagEnd + 1)
            if name == "script" || name == "style" || name == "!--" {
                let closer: [UInt8] = name == "!--" ? Array("-->".utf8) : Array("</\(name)".utf8)
                let resume = find(closer, in: source, from: tagEnd - (name == "!--" ? 2 : 0), end: end) ?? end
                line += newlines(source, index..<min(end, resume))
                index = name == "!--" ? min(end, resume + 3) : min(end, closingAngle(source, from: resume, end: end) + 1)
            } else if breakingTags.contains(name) {
                passage.breakLine()
            } else if !name.isEmpty {
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

    /// Whether bytes look like markup: a known tag near the start.
    static func looksLikeMarkup(_ lower: ArraySlice<UInt8>) -> Bool {
        ContainerProbe(lower).isMarkup
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

    /// The lowercase tag name ("p", "/td", "!--", "br/") of a tag spanning `(start, end)`.
    private static func tagName(_ source: [UInt8], _ start: Int, _ end: Int) -> String {
        if start + 2 < end, source[start] == UInt8(ascii: "!"), source[start + 1] == UInt8(ascii: "-") { return "!--" }
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
    private static func appendHTMLText(_ source: [UInt8], _ range: Range<Int>, line: Int, to passage: inout Passage) -> Int {
        var line = line
        var index = range.lowerBound
        var runStart = index
        while index < range.upperBound {
            let byte = source[index]
            if byte == 0x0A {
                // In HTML a line break is a space; the line count still advances.
                if runStart < index { line = passage.appendText(source, runStart..<index, firstLine: line) }
                passage.append(0x20, sourceLine: line)
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
