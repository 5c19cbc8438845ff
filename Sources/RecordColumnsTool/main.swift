// Build-time helper of the RecordColumns plugin: writes each record's column coding from the
// schema, so that no record lists its columns by hand.
//
// Usage: RecordColumnsTool SCHEMA.sql MANIFEST OUTPUT.swift
//
// SCHEMA.sql is `Migrations/schema.sql`, what the migrations add up to (SchemaFileTests keeps it
// so). It is run in an in-memory SQLite database, and each table's or view's columns are read,
// in order, from `PRAGMA table_info`. MANIFEST names the record type of each table (see
// `Sources/POAStore/Records/columns.manifest`). Each record gets its `columns`, its INSERT, its
// decoding by position (`init(columns:)`, and GRDB's `init(row:)` through it), its encoding
// (`put(into:)`, and GRDB's `encode(to:)` through it) and, with an `id INTEGER PRIMARY KEY`,
// `assignRowID`. A property is named after its column in camel case unless the manifest says
// otherwise; its Swift type comes from the record's declaration.
import Foundation
import GRDBSQLite

/// Stops the build with a message naming what to fix.
func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("error: \(message)\n".utf8))
    exit(1)
}

let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count == 3 else { fail("usage: RecordColumnsTool SCHEMA.sql MANIFEST OUTPUT.swift") }
let (schemaPath, manifestPath, outputPath) = (arguments[0], arguments[1], arguments[2])

func contents(_ path: String) -> String {
    guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
        fail("\(path) is not readable UTF-8 text")
    }
    return text
}

// MARK: The schema

var connection: OpaquePointer?
guard sqlite3_open(":memory:", &connection) == SQLITE_OK, let db = connection else { fail("cannot open SQLite in memory") }
if sqlite3_exec(db, contents(schemaPath), nil, nil, nil) != SQLITE_OK {
    fail("\(schemaPath): \(String(cString: sqlite3_errmsg(db)))")
}

/// A column as `PRAGMA table_info` describes it.
struct Column {
    let name: String
    let type: String
    let primaryKey: Bool
}

func columns(of table: String) -> [Column] {
    var statement: OpaquePointer?
    let sql = "SELECT name, type, pk FROM pragma_table_info(?) ORDER BY cid"
    guard sqlite3_prepare_v2(db, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
        fail(String(cString: sqlite3_errmsg(db)))
    }
    defer { sqlite3_finalize(statement) }
    sqlite3_bind_text(statement, 1, table, -1, unsafeBitCast(-1, to: sqlite3_destructor_type.self))
    var found: [Column] = []
    func text(_ index: Int32) -> String { sqlite3_column_text(statement, index).map { String(cString: $0) } ?? "" }
    while sqlite3_step(statement) == SQLITE_ROW {
        found.append(Column(name: text(0), type: text(1), primaryKey: sqlite3_column_int(statement, 2) != 0))
    }
    return found
}

// MARK: The manifest

/// One line of the manifest: `Type table[(col, ...)] [read-only] [column=property[/Codec] ...]`.
struct Entry {
    let line: Int
    let type: String
    let table: String
    /// The columns a projection selects; nil for a whole record.
    let selection: [String]?
    let readOnly: Bool
    /// Property names that are not the column's camel case, by column.
    var properties: [String: String] = [:]
    /// Codecs (`static func decode`, `static func encode`) by column.
    var codecs: [String: String] = [:]
}

func camelCase(_ column: String) -> String {
    let parts = column.split(separator: "_")
    return parts.enumerated().map { $0.offset == 0 ? String($0.element) : $0.element.capitalized }.joined()
}

var entries: [Entry] = []
for (offset, raw) in contents(manifestPath).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
    let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
    guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
    let place = "\(manifestPath):\(offset + 1)"
    // A projection's column list may hold spaces: take it out before splitting into words.
    var selection: [String]?
    var rest = line
    if let open = line.firstIndex(of: "("), let close = line.firstIndex(of: ")"), open < close {
        selection = line[line.index(after: open)..<close].split(separator: ",").map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        rest = String(line[..<open]) + " " + String(line[line.index(after: close)...])
    }
    let words = rest.split(whereSeparator: \.isWhitespace).map(String.init)
    guard words.count >= 2 else { fail("\(place): expected a record type and its table") }
    var entry = Entry(
        line: offset + 1, type: words[0], table: words[1], selection: selection, readOnly: words.contains("read-only"))
    for word in words.dropFirst(2) where word != "read-only" {
        let pair = word.split(separator: "=", maxSplits: 1).map(String.init)
        guard pair.count == 2 else { fail("\(place): '\(word)' is neither read-only nor column=property") }
        let target = pair[1].split(separator: "/", maxSplits: 1).map(String.init)
        entry.properties[pair[0]] = target[0]
        if target.count == 2 { entry.codecs[pair[0]] = target[1] }
    }
    entries.append(entry)
}

// MARK: The code

/// `["a", "b", ...]`: on the declaration's line when it fits in about 120 characters (the
/// declaration takes some 40), else one item list per line of about 110, indented under `indent`.
func stringArray(_ names: [String], indent: String) -> String {
    let items = names.map { "\"\($0)\"," }
    let single = "[" + names.map { "\"\($0)\"" }.joined(separator: ", ") + "]"
    if indent.count + 40 + single.count <= 118 { return single }
    var lines: [String] = []
    var current = ""
    for item in items {
        if !current.isEmpty, current.count + item.count + 1 > 104 {
            lines.append(current)
            current = ""
        }
        current += current.isEmpty ? item : " " + item
    }
    lines.append(current)
    return "[\n" + lines.map { indent + "    " + $0 + "\n" }.joined() + indent + "]"
}

var source = """
    // Generated by the RecordColumns build plugin from Migrations/schema.sql and
    // Sources/POAStore/Records/columns.manifest. Do not edit.

    import GRDB
    import POACore

    """

for entry in entries {
    let place = "\(manifestPath):\(entry.line)"
    let all = columns(of: entry.table)
    guard !all.isEmpty else { fail("\(place): the schema has no table or view named \(entry.table)") }
    let names = entry.selection ?? all.map(\.name)
    for name in names where !all.contains(where: { $0.name == name }) {
        fail("\(place): \(entry.table) has no column \(name)")
    }
    for column in entry.properties.keys where !names.contains(column) {
        fail("\(place): \(column) is not a column \(entry.type) reads")
    }
    let decoding = names.enumerated().map { index, name in
        let property = entry.properties[name] ?? camelCase(name)
        let value = "try columns(\(index))"
        let decoded = entry.codecs[name].map { "\($0).decode(\(value))" } ?? value
        return "        \(property) = \(decoded)\n"
    }.joined()

    if let selection = entry.selection {
        source += """

            extension \(entry.type) {
                /// The columns of `\(entry.table)` a query selects, in the order ``init(columns:)`` reads them.
                static let selection = \(stringArray(selection.map { "\(entry.table).\($0)" }, indent: "    ")).joined(separator: ", ")
                /// How many columns ``selection`` names: the columns a query adds after them start here.
                static let columnCount: Int32 = \(selection.count)

                /// Decodes the first columns of a row that selects ``selection``.
                init(columns: some ColumnSource) throws(StoreError) {
            \(decoding)    }
            }

            """
        continue
    }

    let putting = names.map { name in
        let property = entry.properties[name] ?? camelCase(name)
        return "        sink.put(\(entry.codecs[name].map { "\($0).encode(\(property))" } ?? property))\n"
    }.joined()
    let rowID = all.first { $0.name == "id" && $0.primaryKey && $0.type == "INTEGER" }
    source += """

        extension \(entry.type): ColumnRecord {
            package static let columns = \(stringArray(names, indent: "    "))
            package static let insertSQL = \(entry.readOnly ? "\"\"  // a view: its rows are written otherwise" : "insertStatement()")

            package init(columns: some ColumnSource) throws(StoreError) {
        \(decoding)    }

            public init(row: Row) throws { try self.init(columns: RowColumns(row)) }

        """
    if !entry.readOnly {
        source += "\n    public func encode(to container: inout PersistenceContainer) throws { encodeColumns(to: &container) }\n"
    }
    if rowID != nil {
        source += "\n    package mutating func assignRowID(_ rowID: Int64) { id = rowID }\n"
    }
    source += """

            package func put(into sink: inout ColumnSink) {
        \(putting)    }
        }

        """
}

do {
    try source.write(toFile: outputPath, atomically: true, encoding: .utf8)
} catch {
    fail("cannot write \(outputPath): \(error)")
}
