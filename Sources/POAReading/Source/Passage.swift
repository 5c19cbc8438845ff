/// The readable text of one document (or one exhibit of a submission), with its provenance.
///
/// A passage is what the grammar reads: markup removed, entities decoded, runs of whitespace
/// folded to one space, typographic quotes and dashes folded to ASCII, blank lines dropped.
/// Its logical lines are separated by `\n` in `bytes`; `lower` is the same text lowercased
/// (ASCII) with line breaks read as spaces (made by ``finish()``), so phrases match across line breaks. Every byte
/// offset maps back to the 1-based line of the original source it came from. `words` indexes
/// where each word of `lower` starts, so phrase searches need not rescan the text.
struct Passage: Sendable {
    /// Where the source line changes: from `offset` on, text comes from source line `line`.
    struct LineMark: Sendable {
        var offset: Int
        var line: Int
    }

    private(set) var bytes: [UInt8] = []
    private(set) var lower: [UInt8] = []
    private(set) var marks: [LineMark] = []
    /// The logical lines, as ranges of `bytes` (without their `\n`).
    private(set) var lines: [Range<Int>] = []
    /// The keyword index of `lower`, built by ``finish()``.
    private(set) var words = WordIndex()

    var count: Int { bytes.count }
    var isEmpty: Bool { bytes.isEmpty }
    var whole: Range<Int> { 0..<bytes.count }

    /// The source line the byte at `offset` came from.
    func sourceLine(at offset: Int) -> Int {
        guard !marks.isEmpty else { return 1 }
        var low = 0, high = marks.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if marks[mid].offset <= offset { low = mid } else { high = mid - 1 }
        }
        return marks[low].line
    }

    /// The source lines a range of the passage came from.
    func span(_ range: Range<Int>) -> SourceSpan {
        let last = max(range.lowerBound, range.upperBound - 1)
        return SourceSpan(firstLine: sourceLine(at: range.lowerBound), lastLine: sourceLine(at: last))
    }

    /// The text of a range, line breaks read as spaces, trimmed.
    func text(_ range: Range<Int>) -> String {
        let clamped = range.clamped(to: whole)
        var slice = bytes[clamped]
        while let first = slice.first, first == 0x20 || first == 0x0A { slice = slice.dropFirst() }
        while let last = slice.last, last == 0x20 || last == 0x0A { slice = slice.dropLast() }
        return String(decoding: slice.map { $0 == 0x0A ? 0x20 : $0 }, as: UTF8.self)
    }

    /// The index of the logical line holding `offset`.
    func lineIndex(at offset: Int) -> Int {
        var low = 0, high = lines.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lines[mid].lowerBound <= offset { low = mid } else { high = mid - 1 }
        }
        return max(0, low)
    }

    // MARK: Building

    /// Appends one byte of text that came from `sourceLine`; whitespace is folded.
    mutating func append(_ byte: UInt8, sourceLine: Int) {
        if byte == 0x20 || byte == 0x09 || byte == 0x0C || byte == 0x0B || byte == 0x0D {
            pendingSpace = true
            return
        }
        if byte == 0x0A {
            breakLine()
            return
        }
        if lineStart == bytes.count {
            pendingSpace = false
        } else if pendingSpace {
            bytes.append(0x20)
            pendingSpace = false
        }
        if markedLine != sourceLine {
            marks.append(LineMark(offset: bytes.count, line: sourceLine))
            markedLine = sourceLine
        }
        bytes.append(byte)
    }

    /// Ends the current logical line (a no-op when it is empty).
    mutating func breakLine() {
        pendingSpace = false
        guard lineStart < bytes.count else { return }
        lines.append(lineStart..<bytes.count)
        bytes.append(0x0A)
        lineStart = bytes.count
    }

    /// Closes the last line and indexes the words; call once when done appending.
    mutating func finish() {
        breakLine()
        // `lower` follows `bytes` byte for byte; making it in one pass here is cheaper than
        // appending to both while building. The loop has no branch, so it runs a vector at a time.
        let count = bytes.count
        lower = bytes.withUnsafeBufferPointer { text in
            [UInt8](unsafeUninitializedCapacity: count) { out, initialized in
                for index in 0..<count {
                    let byte = text[index]
                    let lowered = byte &- 0x41 < 26 ? byte | 0x20 : byte
                    out[index] = byte == 0x0A ? 0x20 : lowered
                }
                initialized = count
            }
        }
        words = WordIndex(lower)
    }

    /// Reserves room for about `count` more bytes of text.
    mutating func reserve(_ count: Int) {
        bytes.reserveCapacity(bytes.count + count)
    }

    /// Appends the source bytes `source[range]` (UTF-8), whose first byte is on `firstLine`,
    /// folding typographic characters. Used for plain text and for text between HTML tags.
    ///
    /// Byte for byte what ``append(_:sourceLine:)`` does, written straight into room made for
    /// the whole range at once: the text never outgrows its source (each byte gives at most
    /// one, and a folded space is written only for a space it replaces, or for one pending
    /// from before this range), so one byte more than the range is enough.
    mutating func appendText(_ source: [UInt8], _ range: Range<Int>, firstLine: Int) -> Int {
        var line = firstLine
        var out = bytes
        bytes = []
        var written = out.count
        out.append(contentsOf: repeatElement(0, count: range.count + 1))
        var pendingSpace = self.pendingSpace, lineStart = self.lineStart, markedLine = self.markedLine
        out.withUnsafeMutableBufferPointer { out in
            source.withUnsafeBufferPointer { text in
                var index = range.lowerBound
                while index < range.upperBound {
                    var byte = text[index]
                    var length = 1
                    if byte >= 0xC2, let (ascii, folded) = Passage.typographic(source, at: index) {
                        byte = ascii
                        length = folded
                    }
                    index += length
                    if byte == 0x20 || byte == 0x09 || byte == 0x0C || byte == 0x0B || byte == 0x0D {
                        pendingSpace = true
                        continue
                    }
                    if byte == 0x0A {  // breakLine()
                        line += 1
                        pendingSpace = false
                        guard lineStart < written else { continue }
                        lines.append(lineStart..<written)
                        out[written] = 0x0A
                        written += 1
                        lineStart = written
                        continue
                    }
                    if lineStart == written {
                        pendingSpace = false
                    } else if pendingSpace {
                        out[written] = 0x20
                        written += 1
                        pendingSpace = false
                    }
                    if markedLine != line {
                        marks.append(LineMark(offset: written, line: line))
                        markedLine = line
                    }
                    out[written] = byte
                    written += 1
                    if length > 1 || !Passage.isPlain(byte) { continue }
                    // The rest of a run of plain bytes needs no folding: copy it as it is.
                    while index < range.upperBound, Passage.isPlain(text[index]) {
                        out[written] = text[index]
                        written += 1
                        index += 1
                    }
                }
            }
        }
        out.removeLast(out.count - written)
        bytes = out
        self.pendingSpace = pendingSpace
        self.lineStart = lineStart
        self.markedLine = markedLine
        return line
    }

    /// A byte that ``append(_:sourceLine:)`` copies as it is (after the first of a run): not
    /// whitespace, not a line end, and not the start of a typographic character.
    @inline(__always) private static func isPlain(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte < 0xC2
    }

    private var pendingSpace = false
    private var lineStart = 0
    /// The source line of the last mark (`marks.last?.line`), kept apart for speed.
    private var markedLine: Int?

    /// Typographic characters read as their ASCII equivalents: curly quotes, NBSP, dashes.
    static func typographic(_ source: [UInt8], at index: Int) -> (UInt8, Int)? {
        let byte = source[index]
        if byte == 0xC2, index + 1 < source.count, source[index + 1] == 0xA0 { return (0x20, 2) }
        guard byte == 0xE2, index + 2 < source.count, source[index + 1] == 0x80 else { return nil }
        switch source[index + 2] {
        case 0x98, 0x99, 0x9B: return (0x27, 3)
        case 0x9C, 0x9D, 0x9F: return (0x22, 3)
        case 0x90, 0x91, 0x92, 0x93, 0x94: return (0x2D, 3)
        case 0x8B, 0x8C, 0x8D: return (0x20, 3)  // zero-width and thin spaces: a space is harmless
        case 0x80...0x8A, 0xAF: return (0x20, 3)
        default: return nil
        }
    }
}

extension Passage {
    /// The passage of plain text `source[range]`, whose first byte is on source line `firstLine`.
    static func plainText(_ source: [UInt8], _ range: Range<Int>, firstLine: Int = 1) -> Passage {
        var passage = Passage()
        passage.reserve(range.count)
        _ = passage.appendText(source, range, firstLine: firstLine)
        passage.finish()
        return passage
    }
}
