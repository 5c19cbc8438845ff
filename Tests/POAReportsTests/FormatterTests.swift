import Foundation
import Testing

@testable import POAReports

struct FormatterTests {
    static let sample = """
        WITH t(id, name, note, score) AS (VALUES
            (1, 'José', NULL, 2.5),
            (22, '東京都', 'a, "quoted"
        line', -1),
            (333, 'e' || char(769) || 'x', 'pipe | here', 1e20))
        SELECT * FROM t
        """

    @Test func csvQuotesCommasQuotesAndLineBreaks() throws {
        let ledger = try LedgerFile()
        #expect(
            try ledger.render(Self.sample, as: .csv) == """
                id,name,note,score
                1,José,,2.5
                22,東京都,"a, ""quoted""
                line",-1
                333,éx,pipe | here,1e+20

                """)
    }

    @Test func jsonKeepsNumbersAndNullsAndEscapesStrings() throws {
        let ledger = try LedgerFile()
        #expect(
            try ledger.render(Self.sample, as: .json) == """
                [
                {"id":1,"name":"José","note":null,"score":2.5},
                {"id":22,"name":"東京都","note":"a, \\"quoted\\"\\nline","score":-1},
                {"id":333,"name":"éx","note":"pipe | here","score":1e+20}
                ]

                """)
        #expect(try ledger.render("SELECT 1 AS x WHERE 0", as: .json) == "[]\n")
        #expect(JSONFormatter.string("tab\there\u{1}\\") == #""tab\there\u0001\\""#)
    }

    @Test func tableAlignsByDisplayWidth() throws {
        let ledger = try LedgerFile()
        // 東京都 is 6 columns wide; é (e + combining acute) is one; numbers align right.
        #expect(
            try ledger.render(Self.sample, as: .table) == #"""
                 id  name    note               score
                ---  ------  -----------------  -----
                  1  José                         2.5
                 22  東京都  a, "quoted"\nline     -1
                333  éx      pipe | here        1e+20

                """#)
    }

    @Test func markdownEscapesPipesAndLineBreaks() throws {
        let ledger = try LedgerFile()
        #expect(
            try ledger.render(Self.sample, as: .markdown) == """
                | id | name | note | score |
                | --- | --- | --- | --- |
                | 1 | José |  | 2.5 |
                | 22 | 東京都 | a, "quoted"<br>line | -1 |
                | 333 | éx | pipe \\| here | 1e+20 |

                """)
    }

    @Test func aStreamedTableLetsLaterWideValuesOverflow() throws {
        let sink = StringSink()
        var table = TableFormatter(sink: sink, sampleSize: 1)
        try table.begin(columns: ["a", "b"])
        try table.row([.text("x"), .text("y")])
        try table.row([.text("longer"), .text("z")])
        try table.end()
        #expect(sink.text == "a  b\n-  -\nx  y\nlonger  z\n")
    }

    @Test(arguments: [
        ("abc", 3), ("José", 4), ("e\u{301}", 1), ("東京", 4), ("ｱ", 1), ("Ａ", 2), ("한국", 4), ("👍", 2),
        ("🇫🇷", 2), ("a\u{200B}b", 2),
    ])
    func displayWidthCountsTerminalColumns(text: String, width: Int) {
        #expect(DisplayWidth.of(text) == width)
    }
}
