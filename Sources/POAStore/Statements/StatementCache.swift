import GRDB

/// The prepared statements one write transaction has used, by their SQL text.
///
/// GRDB keeps a connection's statements in a dictionary keyed by their text, and hashing a
/// text of a few hundred bytes at every use is a measurable cost for an import, which runs
/// about forty statements per document. Here the key hashes only the text's length, and texts of
/// the same length are told apart by comparing them (a statement named by the same constant is
/// the same string, which Swift compares by identity first). A text seen for the first time in
/// the transaction comes from GRDB's cache, so each is still prepared once per connection.
final class StatementCache {
    private struct Key: Hashable {
        let sql: String

        func hash(into hasher: inout Hasher) { hasher.combine(sql.utf8.count) }
    }

    private var statements: [Key: Statement] = [:]

    /// The statement for `sql` on `db`, prepared once.
    func statement(_ db: Database, sql: String) throws -> Statement {
        let key = Key(sql: sql)
        if let known = statements[key] { return known }
        let statement = try db.cachedStatement(sql: sql)
        statements[key] = statement
        return statement
    }
}
