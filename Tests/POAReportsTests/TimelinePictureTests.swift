import Foundation
import POACore
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

@testable import POAReports

struct TimelinePictureTests {
    static func day(_ text: String) -> Day { Day.parseISO(text) ?? Day(ordinal: 0) }

    static let picture = TimelinePicture(
        title: "Who may sign for Ann <\"Test\"> & Co",
        lanes: [
            .init(attorney: "Alan J. Kreczko", bars: [.init(from: day("2010-07-07"), until: nil, path: .direct, label: "Forms 3, 4")]),
            .init(
                attorney: "Terence D. Shields",
                bars: [
                    .init(from: day("2010-07-09"), until: day("2012-03-01"), path: .delegated, label: "by delegation"),
                    .init(from: day("2012-03-01"), until: nil, path: .direct, label: "grant"),
                ]),
        ],
        markers: [.init(day: day("2012-03-01"), kind: .supersession, label: "grant of 2010-07-07 superseded")],
        today: day("2026-11-23"))

    /// Counts elements by name and class in a well-formed XML document; nil if it does not parse.
    final class Census: NSObject, XMLParserDelegate {
        var elements: [String: Int] = [:]
        var classes: [String: Int] = [:]
        var text = ""

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            elements[name, default: 0] += 1
            for token in (attributes["class"] ?? "").split(separator: " ") { classes[String(token), default: 0] += 1 }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

        static func of(_ xml: String) -> Census? {
            let census = Census()
            let parser = XMLParser(data: Data(xml.utf8))
            parser.delegate = census
            return parser.parse() ? census : nil
        }
    }

    @Test func theSVGIsWellFormedWithALaneABarAndAMarkerForEachItem() throws {
        let census = try #require(Census.of(TimelineSVG.render(Self.picture)))
        #expect(census.elements["svg"] == 1)
        #expect(census.classes["lane"] == 2)
        #expect(census.classes["bar"] == 3)
        #expect(census.classes["direct"] == 2)
        #expect(census.classes["delegated"] == 1)
        #expect(census.classes["marker"] == 1)
        #expect(census.classes["supersession"] == 1)
        #expect((census.classes["year"] ?? 0) >= 6)
        #expect(census.text.contains("Who may sign for Ann <\"Test\"> & Co"))
        #expect(census.text.contains("2012-03-01"))
    }

    @Test func barsAreLaidOutInTimeOrder() throws {
        let svg = TimelineSVG.render(Self.picture)
        let xs = svg.components(separatedBy: "class=\"bar ").dropFirst().compactMap { chunk -> Double? in
            guard let start = chunk.range(of: "x=\""), let end = chunk[start.upperBound...].firstIndex(of: "\"") else { return nil }
            return Double(chunk[start.upperBound..<end])
        }
        #expect(xs.count == 3)
        // Alan from 2010-07-07, Shields from 2010-07-09, then from 2012-03-01.
        #expect(xs[0] < xs[1])
        #expect(xs[1] < xs[2])
    }

    @Test func theHTMLPageEmbedsThePictureAndATableRowPerBar() throws {
        let html = TimelineHTML.render(Self.picture)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<svg"))
        #expect(html.components(separatedBy: "<tr><td>").count - 1 == 3)
        #expect(html.contains("in force"))
        #expect(!html.contains("<\"Test\">"))
    }
}
