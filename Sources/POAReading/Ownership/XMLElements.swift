import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// The elements of an XML document as Foundation's `XMLParser` reads them: each element's local
/// name, the lines of its tags and its text, enough to pick the few elements of the ownership
/// forms' fixed schemas.
///
/// Names are local and compare without case (`<ns1:issuerCik>` is `issuercik`); entities and
/// character references are decoded by XML's rules, CDATA is text, comments are not. External
/// entities are never resolved, and a document with a document type declaration is not parsed
/// at all (its entities could expand without bound), so the work grows with the input alone.
///
/// Liberal in what it accepts, as EDGAR's files need (old filings wrap lines inside end tags): a
/// namespace prefix nobody declared is read by its local name, and the parser recovers from a
/// well-formedness error and goes on. Nothing is guessed: an element in which an error stands
/// has no text, and the errors are kept in ``errors``; an element still open where the document
/// ends (a cut-off file) has no end, and only a root is read without one.
///
/// For example:
///
/// ```swift
/// let xml = Array("<a><b>x &amp; y</b></a>".utf8)
/// let document = XMLElements(xml, 0..<xml.count, firstLine: 1)
/// document.text("b", in: document.first("a"))   // "x & y"
/// ```
struct XMLElements {
    /// One element, by its place in ``elements`` (document order of the start tags).
    typealias Index = Int

    struct Element {
        /// The local name, lowercased.
        var name: String
        /// The index just after this element's last descendant.
        var descendantsEnd: Index
        /// The line of the start tag's end, and of the end tag; `lastLine` is nil when the
        /// element has no end tag.
        var firstLine: Int
        var lastLine: Int?
        /// Its text in ``text``, descendants' included.
        var text: Range<Int>
        /// Whether a well-formedness error stands between its start and its end.
        var containsError: Bool
    }

    private(set) var elements: [Element] = []
    /// The character data of the document, with a space wherever a tag stands.
    private(set) var text: [UInt8] = []
    /// The well-formedness errors of the document, in order; empty when it is well-formed (up
    /// to the end of its root).
    private(set) var errors: [XMLReadError] = []

    /// Reads the XML in `range` of `source` (UTF-8), whose first line is `firstLine`.
    ///
    /// The bytes are the decoder's UTF-8 whatever the XML declaration says, so the declaration
    /// is blanked before the parser sees it, as is an EDGAR `<XML>` wrapper around it: both keep
    /// their line feeds, so lines count as in the source.
    init(_ source: [UInt8], _ range: Range<Int>, firstLine: Int) {
        var bytes = Array(source[range])
        // The decoder's output is UTF-8 already; bytes that are not (a caller's own) are
        // repaired, as `XMLParser` traps on a name that is not UTF-8 once libxml2 recovers.
        if !SourceDecoder.isValidUTF8(bytes) { bytes = Array(String(decoding: bytes, as: UTF8.self).utf8) }
        Self.blankProcessingInstructionsWithoutData(&bytes)
        switch Self.prepareProlog(&bytes) {
        case .refused(let line):
            errors = [XMLReadError(line: firstLine + line - 1, reason: .documentTypeDeclaration)]
            return
        case .ready:
            break
        }
        let collector = XMLElementCollector(firstLine: firstLine)
        let parser = XMLParser(data: Data(bytes))
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = true
        parser.delegate = collector
        _ = parser.parse()  // false after any error or stop, which the collector has recorded
        collector.finish()
        elements = collector.elements
        text = collector.text
        errors = collector.errors
    }

    // MARK: - Queries

    /// The first element called `name` (lowercase local name) at any depth, with or without its end tag.
    func first(_ name: String) -> Index? {
        elements.firstIndex { $0.name == name }
    }

    /// Every element called `name` inside `parent` (the whole document when nil), in document
    /// order: of elements nested in one another only the outermost is kept, and one without its
    /// end tag is left out.
    func all(_ name: String, in parent: Index?) -> [Index] {
        var found: [Index] = []
        var index = parent.map { $0 + 1 } ?? 0
        let end = parent.map { elements[$0].descendantsEnd } ?? elements.count
        while index < end {
            let element = elements[index]
            if element.name == name, element.lastLine != nil {
                found.append(index)
                index = element.descendantsEnd
            } else {
                index += 1
            }
        }
        return found
    }

    /// The first element called `name` inside `parent`, as ``all(_:in:)`` finds them.
    func element(_ name: String, in parent: Index?) -> Index? {
        all(name, in: parent).first
    }

    /// The text of the first element called `name` inside `parent`; nil when absent or blank.
    func text(_ name: String, in parent: Index?) -> String? {
        element(name, in: parent).flatMap(text(of:))
    }

    /// An element's text, white space folded to single spaces (a tag inside separates words);
    /// nil when blank, or when an error stands in the element (what the parser recovered is
    /// not what was written).
    func text(of index: Index) -> String? {
        guard !elements[index].containsError else { return nil }
        var folded: [UInt8] = []
        var pendingSpace = false
        for byte in text[elements[index].text] {
            if SourceDecoder.isSpace(byte) {
                pendingSpace = !folded.isEmpty
                continue
            }
            if pendingSpace { folded.append(0x20) }
            pendingSpace = false
            folded.append(byte)
        }
        return folded.isEmpty ? nil : String(decoding: folded, as: UTF8.self)
    }

    // MARK: - Before the parser

    /// Blanks every `<?target?>`: swift-corelibs-foundation's `XMLParser` dereferences the
    /// missing data of such a processing instruction and crashes. The pattern is blanked
    /// wherever it stands (even inside a comment or CDATA, where it would be text), so no
    /// recovery of the parser can reach one; a processing instruction is never a fact.
    private static func blankProcessingInstructionsWithoutData(_ bytes: inout [UInt8]) {
        var index = 0
        let count = bytes.count
        while index + 1 < count {
            guard bytes[index] == UInt8(ascii: "<"), bytes[index + 1] == UInt8(ascii: "?") else {
                index += 1
                continue
            }
            // The target: whatever is not white space or '?', which no XML name holds.
            var cursor = index + 2
            while cursor < count, bytes[cursor] != UInt8(ascii: "?"), !SourceDecoder.isSpace(bytes[cursor]) { cursor += 1 }
            if cursor + 1 < count, bytes[cursor] == UInt8(ascii: "?"), bytes[cursor + 1] == UInt8(ascii: ">") {
                for offset in index...(cursor + 1) { bytes[offset] = 0x20 }
                index = cursor + 2
            } else {
                index += 2
            }
        }
    }


    private enum Prolog {
        case ready
        /// A `<!DOCTYPE`, on this line of the bytes.
        case refused(line: Int)
    }

    /// Blanks an EDGAR `<XML>` wrapper and the XML declaration at the start of `bytes`, and
    /// refuses a document type declaration: what comes before the first element.
    private static func prepareProlog(_ bytes: inout [UInt8]) -> Prolog {
        var index = 0
        func starts(with text: String, caseInsensitive: Bool = false) -> Bool {
            let pattern = Array(text.utf8)
            guard index + pattern.count <= bytes.count else { return false }
            return zip(bytes[index..<(index + pattern.count)], pattern).allSatisfy {
                caseInsensitive ? ASCII.lowered($0) == $1 : $0 == $1
            }
        }
        func end(of terminator: String) -> Int {
            let pattern = Array(terminator.utf8)
            var cursor = index
            while cursor + pattern.count <= bytes.count {
                if bytes[cursor..<(cursor + pattern.count)].elementsEqual(pattern) { return cursor + pattern.count }
                cursor += 1
            }
            return bytes.count
        }
        func blank(to end: Int) {
            for offset in index..<end where bytes[offset] != 0x0A { bytes[offset] = 0x20 }
            index = end
        }
        while index < bytes.count {
            if SourceDecoder.isSpace(bytes[index]) {
                index += 1
            } else if starts(with: "<xml>", caseInsensitive: true) {
                blank(to: index + 5)
            } else if starts(with: "<?xml"), index + 5 < bytes.count, SourceDecoder.isSpace(bytes[index + 5]) {
                blank(to: end(of: "?>"))
            } else if starts(with: "<!--") {
                index = end(of: "-->")
            } else if starts(with: "<?") {
                index = end(of: "?>")
            } else if starts(with: "<!doctype", caseInsensitive: true) {
                return .refused(line: 1 + bytes[..<index].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) })
            } else {
                break
            }
        }
        return .ready
    }
}
