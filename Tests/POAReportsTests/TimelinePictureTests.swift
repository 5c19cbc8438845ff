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

    /// Issue 22, item 12: a picture fit for a memo.
    static let memo = TimelinePicture(
        title: "Who may sign for Ann Roe",
        subtitle: "Acme Widgets, Inc. \u{B7} as of 2026-11-23 \u{B7} ledger poa.sqlite",
        lanes: [
            .init(
                attorney: "Mary Quill", issuer: "Acme Widgets, Inc.",
                bars: [
                    .init(from: day("2015-03-02"), until: day("2016-01-01"), path: .direct, label: "Forms 3, 4, 5", source: "a.txt, lines 1-40"),
                    .init(from: day("2017-06-01"), until: nil, path: .direct, label: "Forms 3, 4, 5", source: "b.txt, lines 3-44"),
                ]),
            .init(
                attorney: "Nora Pell", issuer: "Acme Widgets, Inc.",
                bars: [.init(from: day("2018-01-10"), until: nil, path: .delegated, label: "by delegation")], delegator: "Mary Quill"),
        ],
        markers: [.init(day: day("2016-01-01"), kind: .revocation, label: "grant of 2015-03-02 revoked")],
        today: day("2026-11-23"))

    @Test func aMemoPictureSaysWhatItIsOfAndAsOfWhen() throws {
        let svg = TimelineSVG.render(Self.memo)
        let census = try #require(Census.of(svg))
        #expect(census.text.contains("Acme Widgets, Inc. \u{B7} as of 2026-11-23 \u{B7} ledger poa.sqlite"))
        #expect(census.classes["today"] == 1)
        #expect(census.text.contains("as of 2026-11-23"))
        // Authority in force is solid up to today, not faded.
        #expect(!svg.contains("url(#open-"))
        #expect(census.classes["open"] == 2)
        // Every bar says its first and last days.
        for label in ["2015-03-02", "2016-01-01", "2017-06-01", "2018-01-10", "in force"] {
            #expect(census.text.contains(label), "\(label)")
        }
        // The year without authority in Mary Quill's lane is drawn as a gap.
        #expect(census.classes["gap"] == 1)
        #expect(svg.contains("no authority from 2016-01-01 to 2017-06-01"))
        // The delegate's lane names its delegator.
        #expect(census.text.contains("\u{21B3} Nora Pell"))
        #expect(census.text.contains("from Mary Quill \u{B7} Acme Widgets, Inc."))
        // The axis starts before the first bar: the year of its start is labelled.
        #expect(census.classes["year"] ?? 0 >= 10)
        #expect(census.text.contains("2015"))
    }

    @Test func theLegendListsOnlyWhatThePictureShows() throws {
        let census = try #require(Census.of(TimelineSVG.render(Self.memo)))
        #expect(census.text.contains("direct grant") && census.text.contains("by delegation") && census.text.contains("revoked"))
        #expect(!census.text.contains("superseded") && !census.text.contains("obligations ended"))
        let plain = TimelinePicture(
            title: "t", lanes: [.init(attorney: "A B", bars: [.init(from: Self.day("2020-01-01"), until: nil, path: .direct, label: "x")])],
            markers: [], today: Self.day("2026-01-01"))
        let text = try #require(Census.of(TimelineSVG.render(plain))).text
        #expect(text.contains("direct grant") && !text.contains("by delegation") && !text.contains("revoked"))
    }

    @Test func theTableKeepsDatesOnOneLineAndCitesDocumentAndLines() {
        let html = TimelineHTML.render(Self.memo)
        #expect(html.contains("td.day{white-space:nowrap}"))
        #expect(html.contains("<td class=\"day\">2017-06-01</td>"))
        #expect(html.contains("<td>b.txt, lines 3-44</td>"))
        #expect(html.contains("<th>Issuer</th>"))
    }

    /// Each `<text>` of one class: where it stands, how it is anchored, what it says.
    final class Labels: NSObject, XMLParserDelegate {
        struct Label {
            var x: Double, y: Double, anchor: String, fontSize: Double, text: String
            /// The span it covers on its line, by the renderer's width estimate.
            var span: ClosedRange<Double> {
                let width = TimelineSVG.textWidth(text, fontSize: fontSize)
                switch anchor {
                case "end": return (x - width)...x
                case "middle": return (x - width / 2)...(x + width / 2)
                default: return x...(x + width)
                }
            }
        }
        let wanted: String
        var labels: [Label] = []
        var open: Label?

        init(_ wanted: String) { self.wanted = wanted }

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            guard name == "text", attributes["class"] == wanted else { return }
            open = Label(
                x: Double(attributes["x"] ?? "") ?? .nan, y: Double(attributes["y"] ?? "") ?? .nan,
                anchor: attributes["text-anchor"] ?? "start", fontSize: Double(attributes["font-size"] ?? "") ?? .nan, text: "")
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { open?.text += string }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "text", let label = open { labels.append(label) }
            open = nil
        }

        static func of(_ xml: String, class wanted: String) -> [Label] {
            let labels = Labels(wanted)
            let parser = XMLParser(data: Data(xml.utf8))
            parser.delegate = labels
            return parser.parse() ? labels.labels : []
        }
    }

    /// A bar of ten days in a picture of sixteen years, a bar right after it, and two markers two
    /// days apart.
    static let crowded = TimelinePicture(
        title: "Who may sign for Ann Test",
        lanes: [
            .init(attorney: "Alan J. Kreczko", bars: [.init(from: day("2010-07-07"), until: nil, path: .direct, label: "grant")]),
            .init(
                attorney: "Terence D. Shields",
                bars: [
                    .init(from: day("2015-03-01"), until: day("2015-03-11"), path: .delegated, label: "by delegation"),
                    .init(from: day("2015-03-11"), until: nil, path: .direct, label: "grant"),
                ]),
        ],
        markers: [
            .init(day: day("2015-03-11"), kind: .supersession, label: "grant of 2010-07-07 superseded"),
            .init(day: day("2015-03-13"), kind: .revocation, label: "delegation revoked"),
        ],
        today: day("2026-11-23"))

    @Test func dayLabelsNeverRunIntoEachOther() throws {
        let svg = TimelineSVG.render(Self.crowded)
        for kind in ["bar-day", "marker-day"] {
            let labels = Labels.of(svg, class: kind)
            #expect(!labels.isEmpty, "no \(kind) label")
            for line in Dictionary(grouping: labels, by: \.y).values {
                let spans = line.map(\.span).sorted { $0.lowerBound < $1.lowerBound }
                for (left, right) in zip(spans, spans.dropFirst()) {
                    #expect(left.upperBound <= right.lowerBound, "\(kind) labels overlap: \(left) and \(right)")
                }
            }
        }
    }

    @Test func aShortBarKeepsItsFirstDayAndItsTooltipBoth() throws {
        let svg = TimelineSVG.render(Self.crowded)
        let days = Labels.of(svg, class: "bar-day").map(\.text)
        #expect(days.contains("2015-03-01"))
        // The day one bar ends and the next begins is written once at most (here it is the
        // marker's, and the short bar's first day takes the room under the bars).
        #expect(days.filter { $0 == "2015-03-11" }.count <= 1, "\(days)")
        #expect(svg.contains("<title>by delegation: 2015-03-01 to 2015-03-11</title>"))
        // The first of two close markers is labelled; both keep their tooltips.
        #expect(Labels.of(svg, class: "marker-day").map(\.text) == ["2015-03-11"])
        #expect(svg.contains("2015-03-13: delegation revoked"))
    }
}
