import Foundation
import Testing

@testable import POAReports

/// The `table` format fitted to a terminal's width, coloured cells, and the decisions about width
/// and colour: a table as wide as the audit's must fit 80 columns, while csv, json and markdown
/// keep every value whole.
struct TableFittingTests {
    static let reason =
        "the power of attorney granted by David N. Levenson on 2010-07-07 begins only on 2010-07-09, "
        + "after this Form 4 was signed on 2010-07-08; no earlier grant or delegation covers the signer"
    static let columns = ["document", "form", "owner", "signed_on", "verdict", "reason"]
    static let rows: [[QueryValue]] = [
        [.text("/ledgers/samples/form4_levenson_by_shields_2010-07-08.xml"), .integer(4), .text("David N. Levenson"),
         .text("2010-07-08"), .text("unauthorized"), .text(reason)],
        [.text("/ledgers/samples/form4_levenson_by_shields_2010-07-12.xml"), .integer(4), .text("José Ñúñez 東京"),
         .text("2010-07-12"), .text("authorized"), .text("granted by David N. Levenson, delegated to the signer")],
    ]

    func render(_ format: QueryFormat, _ layout: TableLayout) throws -> String {
        let sink = StringSink()
        try ResultWriter.write(columns: Self.columns, rows: Self.rows, as: format, to: sink, table: layout)
        return sink.text
    }

    @Test func aTableFitsEightyColumnsByCuttingTheReasonFirst() throws {
        let text = try render(.table, TableLayout(width: 80, shrinkFirst: ["reason"]))
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        for line in lines { #expect(DisplayWidth.of(line) <= 80, "\(DisplayWidth.of(line)) columns: \(line)") }
        #expect(lines[2].hasSuffix("…"), "\(lines[2])")
        #expect(!text.contains(Self.reason))
        // The short columns are whole: the verdict and the day are what a reader scans for.
        #expect(lines[2].contains("unauthorized") && lines[2].contains("2010-07-08"))
    }

    @Test func withoutShrinkFirstTheWidestTextColumnsAreCut() throws {
        let text = try render(.table, TableLayout(width: 80))
        for line in text.split(separator: "\n") { #expect(DisplayWidth.of(String(line)) <= 80) }
        #expect(text.contains("…"))
    }

    @Test func aTableThatFitsIsUnchangedAndNoLimitCutsNothing() throws {
        let wide = try render(.table, TableLayout(width: 1000, shrinkFirst: ["reason"]))
        #expect(wide == (try render(.table, TableLayout())))
        #expect(wide.contains(Self.reason) && !wide.contains("…"))
    }

    @Test(arguments: [QueryFormat.csv, .json, .markdown])
    func otherFormatsKeepTheFullText(format: QueryFormat) throws {
        let text = try render(format, TableLayout(width: 80, shrinkFirst: ["reason"], colour: { _, _ in .red }))
        #expect(text.contains(Self.reason))
        #expect(!text.contains("…") && !text.contains("\u{1B}"))
    }

    @Test func aColouredCellIsWrappedInEscapesThatTakeNoWidth() throws {
        let layout = TableLayout(width: 80, shrinkFirst: ["reason"]) { column, value in
            column == "verdict" && value == "unauthorized" ? .red : nil
        }
        let coloured = try render(.table, layout)
        #expect(coloured.contains("\u{1B}[31munauthorized\u{1B}[0m"))
        #expect(!coloured.contains("\u{1B}[31mauthorized"))
        // Without the escapes, the table is exactly the plain one: padding counts visible text.
        let plain = try render(.table, TableLayout(width: 80, shrinkFirst: ["reason"]))
        #expect(coloured.replacingOccurrences(of: "\u{1B}[31m", with: "").replacingOccurrences(of: "\u{1B}[0m", with: "") == plain)
    }

    @Test func laterRowsAreCutToTheFittedWidthsToo() throws {
        let sink = StringSink()
        var table = TableFormatter(sink: sink, sampleSize: 1, layout: TableLayout(width: 12))
        try table.begin(columns: ["a", "b"])
        try table.row([.text("x"), .text("y")])
        try table.row([.text("a much longer value"), .text("z")])
        try table.end()
        for line in sink.text.split(separator: "\n") { #expect(DisplayWidth.of(String(line)) <= 12, "\(line)") }
        #expect(sink.text == "a  b\n-  -\nx  y\na much l…  z\n")
    }

    @Test func fittingNeverCutsNumbers() {
        let widths = TableFormatter.fitted(
            [30, 30, 30], numeric: [true, false, false], headers: ["n", "a", "b"], layout: TableLayout(width: 50))
        #expect(widths[0] == 30)
        #expect(widths.reduce(4, +) <= 50)
    }

    @Test(arguments: [
        ("abcdef", 4, "abc…"), ("abc", 3, "abc"), ("東京都庁", 5, "東京…"), ("e\u{301}e\u{301}e\u{301}", 2, "e\u{301}…"),
        ("abc", 1, "…"), ("abc", 0, ""),
    ])
    func truncationKeepsWholeCharacters(text: String, width: Int, expected: String) {
        #expect(DisplayWidth.truncated(text, to: width) == expected)
        #expect(DisplayWidth.of(DisplayWidth.truncated(text, to: width)) <= width)
    }

    @Test func colourIsOnlyForATerminalWithoutNoColor() {
        #expect(Colour.enabled(isTerminal: true, environment: [:]))
        #expect(!Colour.enabled(isTerminal: false, environment: [:]))
        #expect(!Colour.enabled(isTerminal: true, environment: ["NO_COLOR": "1"]))
        #expect(!Colour.enabled(isTerminal: true, environment: ["NO_COLOR": ""]))
        #expect(!Colour.enabled(isTerminal: false, environment: ["NO_COLOR": "1"]))
    }

    @Test func theWidthIsColumnsElseTheTerminalElse120() {
        #expect(TerminalWidth.resolve(environment: ["COLUMNS": "80"], terminalColumns: 200) == 80)
        #expect(TerminalWidth.resolve(environment: [:], terminalColumns: 200) == 200)
        #expect(TerminalWidth.resolve(environment: [:], terminalColumns: nil) == 120)
        #expect(TerminalWidth.resolve(environment: ["COLUMNS": "wide"], terminalColumns: nil) == 120)
        #expect(TerminalWidth.resolve(environment: ["COLUMNS": "0"], terminalColumns: 90) == 90)
    }
}
