import Foundation

/// CSV per RFC 4180: a header row, then one record per row; a field holding a comma, a double
/// quote, CR or LF is quoted, its quotes doubled. Lines end with LF (not RFC 4180's CRLF): the
/// output is meant for Unix pipelines, and every CSV reader accepts it. NULL is an empty field;
/// reals print in their shortest exact form; blobs as `X'HEX'`.
struct CSVFormatter: ResultFormatter {
    let sink: any OutputSink

    func begin(columns: [String]) throws(ReportsError) {
        try sink.write(Self.record(columns))
    }

    func row(_ values: [QueryValue]) throws(ReportsError) {
        try sink.write(Self.record(values.map(\.plainText)))
    }

    func end() throws(ReportsError) {}

    static func record(_ fields: [String]) -> String {
        var line = ""
        for (index, field) in fields.enumerated() {
            if index > 0 { line += "," }
            line += quoted(field)
        }
        return line + "\n"
    }

    /// `field`, quoted only when it must be.
    static func quoted(_ field: String) -> String {
        let mustQuote = field.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
        guard mustQuote else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
