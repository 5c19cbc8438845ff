import GRDB

/// The prepared statements one write transaction has used, by their SQL text.
///
/// GRDB keeps a connection's statements in a dictionary keyed by their text, and hashing a
/// text of a few hundred bytes at every use is a measurable cost for an import, which runs
/// about forty statements per document. Here the key hashes only the text's length, and texts of
/// the same length are told apart by comparing them (a statement named by the same constant is
/// the same string, which Swift compares by identity first).
///
/// Each statement is prepared for the transaction and owned by it, never shared with GRDB's
/// cache: no GRDB call runs it with arguments of its own, so GRDB keeps taking the values
/// ``PreparedStatement`` binds as set and checked (see ``statement(_:sql:)``), and a use here
/// needs only a reset.
final class StatementCache {
    private struct Key: Hashable {
        let sql: String

        func hash(into hasher: inout Hasher) { hasher.combine(sql.utf8.count) }
    }

    private var statements: [Key: Statement] = [:]

    /// The statement for `sql` on `db`, prepared once, with GRDB told that its arguments are
    /// set and checked: they are bound by ``PreparedStatement`` before each use.
    func statement(_ db: Database, sql: String) throws -> Statement {
        let key = Key(sql: sql)
        if let known = statements[key] { return known }
        let statement = try db.makeStatement(sql: sql)
        statement.setUncheckedArguments(StatementArguments())
        statements[key] = statement
        return statement
    }
}
