import Synchronization

/// What an INSERT does with a row that breaks a uniqueness rule: fail, skip the row, or replace
/// the row it collides with. SQLite applies it row by row, in order, also within one multi-row
/// statement: the same as inserting the rows one at a time.
enum InsertConflict: String, Hashable, Sendable {
    /// The statement stops at the row and throws; the rows before it stay, for the caller to undo
    /// with the transaction or savepoint around it (every caller here does: a failed write
    /// throws out of its document's savepoint or its transaction). SQLite's default, `ABORT`,
    /// would undo them itself, and to be able to, it copies every page that a multi-row
    /// statement touches, and that existed before it, into a statement journal, which grows
    /// to gigabytes of temporary file when a rebuild rewrites the intervals of a large ledger.
    case fail = "INSERT OR FAIL"
    case ignore = "INSERT OR IGNORE"
    case replace = "INSERT OR REPLACE"
}

/// The multi-row INSERT texts built so far, by record type, conflict clause and row count (see
/// ``LedgerTransaction/insert(_:onConflict:)``).
///
/// An import asks for the same few texts (one instrument's attorneys, forms, sources) tens of
/// thousands of times, and building one cost more instructions than SQLite's insert of its
/// rows. Rows go in statements of at most ``rowsPerStatement``, so there are few distinct
/// texts, each built once per process, and no statement passes SQLite's limit on parameters.
enum MultiRowInsertTexts {
    /// Rows per statement: more than a document's attorneys, forms or provenance (one statement
    /// each), few enough that every text stays cached and far below SQLite's limit on parameters.
    static let rowsPerStatement = 32

    private struct Key: Hashable {
        let type: ObjectIdentifier
        let conflict: InsertConflict
        let rows: Int
    }

    private static let texts = Mutex<[Key: String]>([:])

    /// The INSERT of `rows` rows (1 ... ``rowsPerStatement``) of `type`.
    static func text<Entry: ColumnRecord>(for type: Entry.Type, rows: Int, conflict: InsertConflict = .fail) -> String {
        precondition((1...rowsPerStatement).contains(rows), "\(rows) rows in one INSERT")
        let key = Key(type: ObjectIdentifier(type), conflict: conflict, rows: rows)
        if let known = texts.withLock({ $0[key] }) { return known }
        let text = build(type, rows: rows, conflict: conflict)
        texts.withLock { $0[key] = text }
        return text
    }

    static func build<Entry: ColumnRecord>(_ type: Entry.Type, rows: Int, conflict: InsertConflict = .fail) -> String {
        let row = "(" + Array(repeating: "?", count: Entry.columns.count).joined(separator: ", ") + ")"
        return "\(conflict.rawValue) INTO \(Entry.databaseTableName) (\(Entry.columns.joined(separator: ", "))) VALUES "
            + Array(repeating: row, count: rows).joined(separator: ", ")
    }
}
