/// The output formats of every query command (`--format`).
public enum QueryFormat: String, CaseIterable, Sendable {
    /// Aligned columns for people, Unicode-aware; the default on a terminal.
    case table
    /// RFC 4180 quoting, a header row, LF line ends; the default when output is not a terminal.
    case csv
    /// An array of objects, one per line: numbers as numbers, NULL as null.
    case json
    /// A GitHub-flavoured markdown table.
    case markdown
}

/// One output format: told the columns once, then each row as it arrives, then the end.
protocol ResultFormatter {
    mutating func begin(columns: [String]) throws(ReportsError)
    mutating func row(_ values: [QueryValue]) throws(ReportsError)
    mutating func end() throws(ReportsError)
}

/// Streams a cursor's rows into a sink in one of the ``QueryFormat``s.
///
/// For example:
///
/// ```swift
/// let rows = try ResultWriter.write(cursor, as: .json, to: FileSink.standardOutput())
/// ```
public enum ResultWriter {
    /// Writes every row of `cursor` to `sink` as `format`, then flushes; returns the row count.
    ///
    /// Rows are formatted as they are stepped, so the first appear before the query ends, except
    /// for `table`, which first reads up to ``TableFormatter/defaultSampleSize`` rows to size its
    /// columns.
    ///
    /// `table` lays the rows out by `table` (a width to fit, colours); the other formats ignore
    /// it and keep every value whole.
    @discardableResult
    public static func write(
        _ cursor: QueryCursor, as format: QueryFormat, to sink: any OutputSink, table: TableLayout = TableLayout()
    ) throws(ReportsError) -> Int {
        try write(columns: cursor.columns, rows: cursor.next, as: format, to: sink, table: table)
    }

    /// Writes rows made in memory (by a command that computes them) to `sink` as `format`, like
    /// the rows of a query; returns the row count.
    @discardableResult
    public static func write(
        columns: [String], rows: [[QueryValue]], as format: QueryFormat, to sink: any OutputSink,
        table: TableLayout = TableLayout()
    ) throws(ReportsError) -> Int {
        var remaining = rows[...]
        return try write(
            columns: columns, rows: { () throws(ReportsError) -> [QueryValue]? in remaining.popFirst() }, as: format,
            to: sink, table: table)
    }

    private static func write(
        columns: [String], rows next: () throws(ReportsError) -> [QueryValue]?, as format: QueryFormat,
        to sink: any OutputSink, table: TableLayout
    ) throws(ReportsError) -> Int {
        switch format {
        case .table:
            var formatter = TableFormatter(sink: sink, layout: table)
            return try drive(columns, next, into: &formatter, sink: sink)
        case .csv:
            var formatter = CSVFormatter(sink: sink)
            return try drive(columns, next, into: &formatter, sink: sink)
        case .json:
            var formatter = JSONFormatter(sink: sink)
            return try drive(columns, next, into: &formatter, sink: sink)
        case .markdown:
            var formatter = MarkdownFormatter(sink: sink)
            return try drive(columns, next, into: &formatter, sink: sink)
        }
    }

    private static func drive(
        _ columns: [String], _ next: () throws(ReportsError) -> [QueryValue]?, into formatter: inout some ResultFormatter,
        sink: any OutputSink
    ) throws(ReportsError) -> Int {
        try formatter.begin(columns: columns)
        var count = 0
        do {
            while let row = try next() {
                try formatter.row(row)
                count += 1
            }
        } catch {
            // Show what was produced before the failure, then report it.
            try? formatter.end()
            try? sink.flush()
            throw error
        }
        try formatter.end()
        try sink.flush()
        return count
    }
}
