import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// The `XMLParser` delegate behind ``XMLElements``: it records each element with the lines the
/// parser is at, and the character data in one buffer that the elements index into.
///
/// The parser goes on after a well-formedness error (libxml2's recovery); an element in which an
/// error stands, between its start and its end, is marked as containing one, so its text is not
/// trusted. The parser stops when the first root element ends: EDGAR's `</XML>` wrapper and
/// anything after are not the document.
final class XMLElementCollector: NSObject, XMLParserDelegate {
    private(set) var elements: [XMLElements.Element] = []
    private(set) var text: [UInt8] = []
    /// Every error that is not harmless, in document order.
    private(set) var errors: [XMLReadError] = []
    /// The elements whose end tag has not come yet, innermost last, with the count of errors
    /// when each started.
    private var open: [(index: XMLElements.Index, errorsBefore: Int)] = []
    private var stopped = false
    private let firstLine: Int

    init(firstLine: Int) {
        self.firstLine = firstLine
    }

    /// Closes the books once the parser has returned: elements still open reach to the end.
    func finish() {
        for (index, errorsBefore) in open {
            elements[index].containsError = errors.count > errorsBefore
            elements[index].descendantsEnd = elements.count
            elements[index].text = elements[index].text.lowerBound..<text.count
        }
        open = []
    }

    private func line(_ parser: XMLParser) -> Int {
        firstLine + max(parser.lineNumber, 1) - 1
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        guard !stopped else { return }
        text.append(0x20)
        open.append((elements.count, errors.count))
        elements.append(
            XMLElements.Element(
                name: elementName.lowercased(), descendantsEnd: elements.count + 1, firstLine: line(parser), lastLine: nil,
                text: text.count..<text.count, containsError: false))
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        guard !stopped, let (index, errorsBefore) = open.popLast() else { return }
        elements[index].lastLine = line(parser)
        elements[index].containsError = errors.count > errorsBefore
        elements[index].descendantsEnd = elements.count
        elements[index].text = elements[index].text.lowerBound..<text.count
        text.append(0x20)
        if open.isEmpty { stop(parser) }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard !stopped else { return }
        text.append(contentsOf: string.utf8)
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        guard !stopped else { return }
        text.append(contentsOf: CDATABlock)
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        let code = (parseError as NSError).code
        guard !stopped, !XMLReadError.isHarmless(code: code) else { return }
        errors.append(XMLReadError(line: line(parser), reason: .parser(code: code)))
    }

    private func stop(_ parser: XMLParser) {
        stopped = true
        parser.abortParsing()
    }
}
