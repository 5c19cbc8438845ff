/// The tags of an XML document, found in one pass over its bytes: enough to pick the few
/// elements of the ownership forms' fixed schemas without a general parser.
///
/// Liberal in what it accepts: namespace prefixes are ignored (`<ns1:issuerCik>` is
/// `issuercik`), names compare without case, comments, processing instructions and CDATA
/// sections are skipped (a `<` inside them is not a tag), attributes are passed over. Malformed
/// input never traps: an unclosed tag ends the scan, an element without its end tag is absent.
///
/// For example:
///
/// ```swift
/// let xml = Array("<a><b>x &amp; y</b></a>".utf8)
/// let tags = XMLTags(xml, 0..<xml.count)
/// tags.text("b", in: tags.whole)   // "x & y"
/// ```
struct XMLTags {
    struct Tag {
        /// The local name, lowercased.
        var name: String
        var isClose: Bool
        /// `<name/>`: an element with nothing in it.
        var isEmpty: Bool
        /// Offsets of `<` and just after `>`.
        var start: Int
        var end: Int
    }

    /// One element: the offsets of all of it, and of what is between its tags.
    struct Element {
        var outer: Range<Int>
        var inner: Range<Int>
    }

    let source: [UInt8]
    let tags: [Tag]
    let whole: Range<Int>
    /// The offsets of the line feeds in `whole`, so a line number is a binary search.
    private let newlines: [Int]

    init(_ source: [UInt8], _ range: Range<Int>) {
        self.source = source
        self.whole = range
        var tags: [Tag] = []
        var index = range.lowerBound
        let end = range.upperBound
        func starts(_ text: String, at offset: Int) -> Bool {
            source[offset..<min(end, offset + text.utf8.count)].elementsEqual(text.utf8)
        }
        func skip(past terminator: String, from offset: Int) -> Int? {
            let first = terminator.utf8.first
            var cursor = offset
            while cursor < end {
                if source[cursor] == first, starts(terminator, at: cursor) { return cursor + terminator.utf8.count }
                cursor += 1
            }
            return nil
        }
        scan: while index < end {
            guard source[index] == UInt8(ascii: "<") else {
                index += 1
                continue
            }
            let open = index
            if starts("<!--", at: index) {
                guard let after = skip(past: "-->", from: index + 4) else { break scan }
                index = after
                continue
            }
            if starts("<![CDATA[", at: index) {
                guard let after = skip(past: "]]>", from: index + 9) else { break scan }
                index = after
                continue
            }
            if starts("<?", at: index) || starts("<!", at: index) {
                guard let after = skip(past: ">", from: index + 2) else { break scan }
                index = after
                continue
            }
            var cursor = index + 1
            let isClose = cursor < end && source[cursor] == UInt8(ascii: "/")
            if isClose { cursor += 1 }
            var nameStart = cursor
            while cursor < end, !XMLTags.endsName(source[cursor]) {
                if source[cursor] == UInt8(ascii: ":") { nameStart = cursor + 1 }
                cursor += 1
            }
            let name = String(decoding: source[nameStart..<cursor].map(ASCII.lowered), as: UTF8.self)
            // Attributes: quoted values may hold `>`.
            var quote: UInt8?
            while cursor < end {
                let byte = source[cursor]
                if let open = quote {
                    if byte == open { quote = nil }
                } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                    quote = byte
                } else if byte == UInt8(ascii: ">") {
                    break
                }
                cursor += 1
            }
            guard cursor < end else { break scan }
            let isEmpty = source[cursor - 1] == UInt8(ascii: "/")
            if !name.isEmpty { tags.append(Tag(name: name, isClose: isClose, isEmpty: isEmpty, start: open, end: cursor + 1)) }
            index = cursor + 1
        }
        self.tags = tags
        self.newlines = range.filter { source[$0] == 0x0A }
    }

    private static func endsName(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/") || SourceDecoder.isSpace(byte)
    }

    /// Every element called `name` (lowercase local name) inside `range`, in document order.
    /// Elements of the same name nested in one another are matched by depth, and only the
    /// outermost is kept; one without its end tag is left out. One pass over the tags of `range`:
    /// each end tag closes the latest open one, so a run of unclosed tags costs no rescans.
    func elements(_ name: String, in range: Range<Int>) -> [Element] {
        var found: [Element] = []
        // The open tags of `name` not yet closed, and, for each, the element it makes once closed.
        var open: [Int] = []
        var closing: [Int: Int] = [:]
        var candidates: [Int] = []
        var index = tags.partitioningIndex { $0.start >= range.lowerBound }
        while index < tags.count, tags[index].end <= range.upperBound {
            let tag = tags[index]
            if tag.name == name {
                if tag.isEmpty {
                    if !tag.isClose { candidates.append(index) }
                } else if !tag.isClose {
                    open.append(index)
                    candidates.append(index)
                } else if let opener = open.popLast() {
                    closing[opener] = index
                }
            }
            index += 1
        }
        var reachedEnd = range.lowerBound
        for candidate in candidates {
            let tag = tags[candidate]
            guard tag.start >= reachedEnd else { continue }  // inside an element already found
            if tag.isEmpty {
                found.append(Element(outer: tag.start..<tag.end, inner: tag.end..<tag.end))
                reachedEnd = tag.end
            } else if let close = closing[candidate] {
                found.append(Element(outer: tag.start..<tags[close].end, inner: tag.end..<tags[close].start))
                reachedEnd = tags[close].end
            }
        }
        return found
    }

    /// The first element called `name` inside `range`.
    func element(_ name: String, in range: Range<Int>) -> Element? {
        elements(name, in: range).first
    }

    /// The text of the first element called `name` inside `range`: tags inside it dropped,
    /// CDATA unwrapped, character references decoded, white space folded; nil when absent or blank.
    func text(_ name: String, in range: Range<Int>) -> String? {
        element(name, in: range).flatMap { text(of: $0.inner) }
    }

    /// The text between two offsets, read as ``text(_:in:)`` reads an element's.
    func text(of range: Range<Int>) -> String? {
        var bytes: [UInt8] = []
        var index = range.lowerBound
        var pendingSpace = false
        func append(_ byte: UInt8) {
            if SourceDecoder.isSpace(byte) {
                pendingSpace = !bytes.isEmpty
                return
            }
            if pendingSpace { bytes.append(0x20) }
            pendingSpace = false
            bytes.append(byte)
        }
        let cdata = Array("<![CDATA[".utf8), cdataEnd = Array("]]>".utf8)
        while index < range.upperBound {
            let byte = source[index]
            if byte == UInt8(ascii: "<") {
                if source[index..<min(range.upperBound, index + cdata.count)].elementsEqual(cdata) {
                    var cursor = index + cdata.count
                    while cursor < range.upperBound, !source[cursor..<min(range.upperBound, cursor + 3)].elementsEqual(cdataEnd) {
                        append(source[cursor])
                        cursor += 1
                    }
                    index = cursor + 3
                    continue
                }
                // Any other tag inside: skipped, and it separates words.
                while index < range.upperBound, source[index] != UInt8(ascii: ">") { index += 1 }
                pendingSpace = !bytes.isEmpty
                index += 1
                continue
            }
            if byte == UInt8(ascii: "&"), let (scalar, length) = HTMLEntity.decode(source, at: index, end: range.upperBound),
                let value = Unicode.Scalar(scalar)
            {
                for unit in String(Character(value)).utf8 { append(unit) }
                index += length
                continue
            }
            append(byte)
            index += 1
        }
        guard !bytes.isEmpty else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The 1-based line of `offset`, counting from `firstLine` at the start of the scanned range.
    func line(of offset: Int, firstLine: Int) -> Int {
        firstLine + newlines.partitioningIndex { $0 >= offset }
    }
}

extension Array {
    /// The first index whose element satisfies `predicate`, for a predicate false then true along the array.
    fileprivate func partitioningIndex(where predicate: (Element) -> Bool) -> Int {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if predicate(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
