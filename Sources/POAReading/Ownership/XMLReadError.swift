/// Where an XML document is not what XML allows: a well-formedness error the parser met
/// (libxml2's code, as `XMLParser` reports it), or a document type declaration, which the
/// reader refuses before parsing.
struct XMLReadError: Equatable, Sendable, CustomStringConvertible {
    enum Reason: Equatable, Sendable {
        /// A parser error, by its code.
        case parser(code: Int)
        /// `<!DOCTYPE`: its entities are never expanded, so the document is not read at all.
        case documentTypeDeclaration
    }

    /// The line of the document where the error stands.
    var line: Int
    var reason: Reason

    /// Whether a parser error leaves the elements as they are written, so it is no error to the
    /// reader: namespace errors (an undeclared prefix; elements are read by their local name)
    /// and warnings.
    static func isHarmless(code: Int) -> Bool {
        (200...299).contains(code) || [27, 93, 97, 98, 99, 100, 102, 106, 107].contains(code)
    }

    var description: String {
        switch reason {
        case .documentTypeDeclaration:
            return "the XML has a document type declaration (<!DOCTYPE>) at line \(line), which is not read"
        case .parser(let code):
            return "the XML is not well-formed at line \(line): \(Self.explanation(code))"
        }
    }

    /// What the codes met in filings mean (libxml2's `xmlParserErrors`).
    private static func explanation(_ code: Int) -> String {
        switch code {
        case 1: "the parser's limits are exceeded (a text or name too large)"
        case 4: "no element where the document should start"
        case 5: "the document ends before its elements are closed, or goes on after its root"
        case 6, 7, 8: "a character reference names no character"
        case 9: "a character XML does not allow"
        case 23: "an entity reference without its ';' (a stray '&'?)"
        case 26: "an entity XML does not define (an HTML entity such as &nbsp;?)"
        case 38: "a '<' inside an attribute value"
        case 39, 40, 41: "an attribute without a quoted value"
        case 64: "an XML declaration that is not at the start"
        case 68: "a name missing after '&' or '<' (a stray '&' or '<'?)"
        case 73: "a tag without its '>'"
        case 76: "an end tag that does not match the open element"
        case 77: "a tag left open"
        case 89: "entities that refer to themselves"
        default: "XMLParser error \(code)"
        }
    }
}
