/// A GitHub-flavoured markdown table: a header row, a `---` rule, then one row per result row.
/// A `|` inside a cell is escaped (`\|`) and line breaks become `<br>`, so every row stays one
/// line and one cell per column. Cells are not padded: markdown renderers align them.
struct MarkdownFormatter: ResultFormatter {
    let sink: any OutputSink

    func begin(columns: [String]) throws(ReportsError) {
        try sink.write(Self.line(columns))
        try sink.write(Self.line(columns.map { _ in "---" }, escaping: false))
    }

    func row(_ values: [QueryValue]) throws(ReportsError) {
        try sink.write(Self.line(values.map(\.plainText)))
    }

    func end() throws(ReportsError) {}

    static func line(_ cells: [String], escaping: Bool = true) -> String {
        var line = "|"
        for cell in cells {
            line += " " + (escaping ? escape(cell) : cell) + " |"
        }
        return line + "\n"
    }

    static func escape(_ cell: String) -> String {
        guard cell.utf8.contains(where: { $0 == UInt8(ascii: "|") || $0 == 0x0A || $0 == 0x0D }) else { return cell }
        var out = ""
        var previousWasCR = false
        for scalar in cell.unicodeScalars {
            switch scalar {
            case "|": out += "\\|"
            case "\r": out += "<br>"
            case "\n": if !previousWasCR { out += "<br>" }
            default: out.unicodeScalars.append(scalar)
            }
            previousWasCR = scalar == "\r"
        }
        return out
    }
}
