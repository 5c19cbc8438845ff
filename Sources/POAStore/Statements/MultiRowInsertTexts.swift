import Synchronization

/// The multi-row INSERT texts built so far, by record type and row count (see
/// ``ColumnRecord/insertStatement(rows:)``).
enum MultiRowInsertTexts {
    /// Larger inserts are rare and their texts long: they are built each time, not kept.
    static let cachedRowLimit = 64

    private struct Key: Hashable {
        let type: ObjectIdentifier
        let rows: Int
    }

    private static let texts = Mutex<[Key: String]>([:])

    static func text<Entry: ColumnRecord>(for type: Entry.Type, rows: Int) -> String {
        guard rows <= cachedRowLimit else { return build(type, rows: rows) }
        let key = Key(type: ObjectIdentifier(type), rows: rows)
        if let known = texts.withLock({ $0[key] }) { return known }
        let text = build(type, rows: rows)
        texts.withLock { $0[key] = text }
        return text
    }

    static func build<Entry: ColumnRecord>(_ type: Entry.Type, rows: Int) -> String {
        let row = "(" + Array(repeating: "?", count: Entry.columns.count).joined(separator: ", ") + ")"
        return "INSERT INTO \(Entry.databaseTableName) (\(Entry.columns.joined(separator: ", "))) VALUES "
            + Array(repeating: row, count: rows).joined(separator: ", ")
    }
}
