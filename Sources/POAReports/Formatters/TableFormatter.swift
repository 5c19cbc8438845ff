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
/// them, and then prints every later row as it arrives with the same widths. A later value wider
/// than its column is printed whole, pushing the rest of that row right: no value is ever cut.
struct TableFormatter: ResultFormatter {
    /// Rows read before the column widths are fixed.
    static let defaultSampleSize = 1000

    let sink: any OutputSink
    let sampleSize: Int
    private var columns: [String] = []
    private var sample: [[String]] = []
    private var numeric: [Bool] = []
    private var widths: [Int]?

    init(sink: any OutputSink, sampleSize: Int = defaultSampleSize) {
        self.sink = sink
        self.sampleSize = max(1, sampleSize)
    }

    mutating func begin(columns: [String]) throws(ReportsError) {
        self.columns = columns.map(DisplayWidth.printable)
        numeric = Array(repeating: true, count: columns.count)
        sample.reserveCapacity(min(sampleSize, 64))
    }

    mutating func row(_ values: [QueryValue]) throws(ReportsError) {
        let cells = values.map { DisplayWidth.printable($0.plainText) }
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
            for (index, cell) in cells.enumerated() { widths[index] = max(widths[index], DisplayWidth.of(cell)) }
        }
        self.widths = widths
        if sample.isEmpty { numeric = numeric.map { _ in false } }
        // Headers follow their column's alignment; the rule spans the column.
        try sink.write(line(columns, widths: widths))
        try sink.write(line(widths.map { String(repeating: "-", count: max($0, 1)) }, widths: widths))
        for cells in sample { try sink.write(line(cells, widths: widths)) }
        sample = []
    }

    /// One row: each cell padded to its column's width; the last cell not padded on the right,
    /// so lines carry no trailing spaces.
    private func line(_ cells: [String], widths: [Int]) -> String {
        var line = ""
        for (index, cell) in cells.enumerated() {
            if index > 0 { line += "  " }
            let padding = String(repeating: " ", count: max(0, widths[index] - DisplayWidth.of(cell)))
            if numeric[index] {
                line += padding + cell
            } else {
                line += cell
                if index < cells.count - 1 { line += padding }
            }
        }
        return line + "\n"
    }
}
