/// JSON: one array of objects, one object per line, keyed by column name in column order.
/// Integers and finite reals are JSON numbers, NULL is `null`, text is an escaped string, a blob
/// is a string of hex digits, and a non-finite real (SQLite can hold infinities) is `null`.
/// Streamed: `[` is written first and each object as its row arrives.
struct JSONFormatter: ResultFormatter {
    let sink: any OutputSink
    private var keys: [String] = []
    private var rowCount = 0

    init(sink: any OutputSink) {
        self.sink = sink
    }

    mutating func begin(columns: [String]) throws(ReportsError) {
        keys = columns.map { Self.string($0) + ":" }
        try sink.write("[")
    }

    mutating func row(_ values: [QueryValue]) throws(ReportsError) {
        var line = rowCount == 0 ? "\n{" : ",\n{"
        for (index, value) in values.enumerated() {
            if index > 0 { line += "," }
            line += keys[index]
            line += Self.json(value)
        }
        line += "}"
        rowCount += 1
        try sink.write(line)
    }

    func end() throws(ReportsError) {
        try sink.write(rowCount == 0 ? "]\n" : "\n]\n")
    }

    static func json(_ value: QueryValue) -> String {
        switch value {
        case .null: return "null"
        case .integer(let integer): return String(integer)
        case .real(let real): return real.isFinite ? String(real) : "null"
        case .text(let text): return string(text)
        case .blob(let bytes): return "\"" + QueryValue.hex(bytes) + "\""
        }
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped; the rest as
    /// UTF-8.
    static func string(_ text: String) -> String {
        // Most values need no escape: copy them whole.
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else {
            return "\"" + text + "\""
        }
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
