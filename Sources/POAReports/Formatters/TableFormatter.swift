/// Aligned columns for reading on a terminal:
///
/// ```
/// id  name   status
/// --  -----  --------
///  1  José   imported
/// ```
///
/// Widths are display widths (``DisplayWidth``), so `José`, combining accents and CJK line up.
/// Columns are separated by two spaces; numeric columns are right-aligned; NULL is blank; tabs and
/// line breaks in a value show as `\t` and `\n` so each row stays on one line.
///
/// To stream, the formatter sizes its columns from the first ``defaultSampleSize`` rows, prints
/// them, and then prints every later row as it arrives with the same widths. Without a width
/// limit, a later value wider than its column is printed whole, pushing the rest of that row
/// right: no value is ever cut.
///
/// With a width limit (``TableLayout/width``), a table too wide for the terminal has its text
/// columns narrowed (see ``fitted(_:numeric:headers:layout:)``) and every text value wider than
/// its column (and than the room left on the line) cut with "…", so each line fits; numbers are
/// never cut. Colours
/// (``TableLayout/colour``) wrap a cell after it is padded, so widths count only what is seen.
struct TableFormatter: ResultFormatter {
    /// Rows read before the column widths are fixed.
    static let defaultSampleSize = 1000
    /// The narrowest a column is made to fit a width: enough for a few letters and the "…".
    static let minimumColumnWidth = 4
    /// Columns no wider than this (days, verdicts, causes) are cut only when the long ones are
    /// already down to ``minimumLongWidth``: they are what a reader scans a table for.
    static let shortColumnWidth = 14
    /// How far long columns are cut before short ones are touched.
    static let minimumLongWidth = 8

    /// One cell as printed, and its colour.
    private struct Cell {
        var text: String
        var colour: Colour?
    }

    let sink: any OutputSink
    let sampleSize: Int
    let layout: TableLayout
    private var columns: [String] = []
    private var sample: [[Cell]] = []
    private var numeric: [Bool] = []
    private var widths: [Int]?

    init(sink: any OutputSink, sampleSize: Int = defaultSampleSize, layout: TableLayout = TableLayout()) {
        self.sink = sink
        self.sampleSize = max(1, sampleSize)
        self.layout = layout
    }

    mutating func begin(columns: [String]) throws(ReportsError) {
        self.columns = columns.map(DisplayWidth.printable)
        numeric = Array(repeating: true, count: columns.count)
        sample.reserveCapacity(min(sampleSize, 64))
    }

    mutating func row(_ values: [QueryValue]) throws(ReportsError) {
        let cells = values.enumerated().map { index, value in
            let text = value.plainText
            let colour = index < columns.count ? layout.colour?(columns[index], text) : nil
            return Cell(text: DisplayWidth.printable(text), colour: colour)
        }
        if let widths {
            try sink.write(line(cells, widths: widths))
            return
        }
        for (index, value) in values.enumerated() where value != .null && !value.isNumber {
            numeric[index] = false
        }
        sample.append(cells)
        if sample.count >= sampleSize { try fixWidthsAndFlushSample() }
    }

    mutating func end() throws(ReportsError) {
        if widths == nil { try fixWidthsAndFlushSample() }
    }

    /// Sizes the columns from the header and the sample, then writes the header and the sample.
    private mutating func fixWidthsAndFlushSample() throws(ReportsError) {
        var widths = columns.map(DisplayWidth.of)
        for cells in sample {
            for (index, cell) in cells.enumerated() { widths[index] = max(widths[index], DisplayWidth.of(cell.text)) }
        }
        if sample.isEmpty { numeric = numeric.map { _ in false } }
        widths = Self.fitted(widths, numeric: numeric, headers: columns, layout: layout)
        self.widths = widths
        // Headers follow their column's alignment; the rule spans the column.
        try sink.write(line(columns.map { Cell(text: $0) }, widths: widths))
        try sink.write(line(widths.map { Cell(text: String(repeating: "-", count: max($0, 1))) }, widths: widths))
        for cells in sample { try sink.write(line(cells, widths: widths)) }
        sample = []
    }

    /// The column widths that fit `layout.width`: unchanged when they already fit or there is no
    /// limit. Otherwise long text columns are cut first: those in `layout.shrinkFirst` down to the
    /// width of the widest other text column, then the widest text column one step at a time,
    /// leaving short columns (``shortColumnWidth`` or less: days, verdicts, forms) whole while a
    /// long column is wider than ``minimumLongWidth``. Only then are short columns cut, none below
    /// ``minimumColumnWidth``. Numeric columns keep their width: a cut number would mislead. When
    /// even the narrowest columns do not fit, the table stays as narrow as it can get.
    static func fitted(_ natural: [Int], numeric: [Bool], headers: [String], layout: TableLayout) -> [Int] {
        guard let limit = layout.width else { return natural }
        var widths = natural
        let separators = 2 * max(0, widths.count - 1)
        var excess = widths.reduce(separators, +) - limit
        guard excess > 0 else { return widths }
        let text = widths.indices.filter { !numeric[$0] }
        let long = text.filter { natural[$0] > shortColumnWidth }
        let first = layout.shrinkFirst.compactMap { name in headers.firstIndex(of: name).flatMap { long.contains($0) ? $0 : nil } }
        let others = long.filter { !first.contains($0) }.map { natural[$0] }.max() ?? minimumLongWidth
        for index in first {
            let cut = min(excess, widths[index] - max(others, minimumLongWidth))
            guard cut > 0 else { continue }
            widths[index] -= cut
            excess -= cut
        }
        // Long columns level down to `minimumLongWidth`, then every text column to the minimum.
        for (columns, floor) in [(long, minimumLongWidth), (text, minimumColumnWidth)] {
            while excess > 0 {
                let candidates = columns.filter { widths[$0] > min(natural[$0], floor) }
                guard let widest = candidates.max(by: { widths[$0] < widths[$1] }) else { break }
                widths[widest] -= 1
                excess -= 1
            }
        }
        return widths
    }

    /// One row: each cell padded to its column's width; the last cell not padded on the right,
    /// so lines carry no trailing spaces. With a width limit, a text cell wider than its column is
    /// cut with "…". A coloured cell is wrapped in its escapes around the visible text only.
    private func line(_ cells: [Cell], widths: [Int]) -> String {
        var line = ""
        // Room left on the line once every column has its width: a later value wider than its
        // column may use it (pushing the rest of the row right) before it is cut.
        var spare = layout.width.map { $0 - widths.reduce(2 * max(0, widths.count - 1), +) } ?? 0
        for (index, cell) in cells.enumerated() {
            if index > 0 { line += "  " }
            var text = cell.text
            if layout.width != nil, !numeric[index], DisplayWidth.of(text) > widths[index] {
                text = DisplayWidth.truncated(text, to: widths[index] + max(0, spare))
                spare -= DisplayWidth.of(text) - widths[index]
            }
            let padding = String(repeating: " ", count: max(0, widths[index] - DisplayWidth.of(text)))
            if let colour = cell.colour { text = colour.start + text + Colour.reset }
            if numeric[index] {
                line += padding + text
            } else {
                line += text
                if index < cells.count - 1 { line += padding }
            }
        }
        return line + "\n"
    }
}
