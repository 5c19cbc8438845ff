import POACore

/// The name keys in a range, for suggesting the nearest name to one that matches nobody.
///
/// Each read is one range of the key index (`person_alias_by_key`, `issuer_alias_by_key`),
/// answered from the index alone: only the keys, each once, never the aliases behind them.
extension LedgerReader {
    /// The distinct person name keys `k` with `from <= k < below`, in order.
    public func personKeys(from: String, below: String) throws(StoreError) -> [String] {
        try keys(LedgerReader.personKeysInRange, from: from, below: below)
    }

    /// The distinct issuer name keys `k` with `from <= k < below`, in order.
    public func issuerKeys(from: String, below: String) throws(StoreError) -> [String] {
        try keys(LedgerReader.issuerKeysInRange, from: from, below: below)
    }

    private func keys(_ sql: String, from: String, below: String) throws(StoreError) -> [String] {
        let statement = try PreparedStatement(db, sql: sql, cache: statements)
        statement.bind(from, at: 1)
        statement.bind(below, at: 2)
        return try statement.rows { columns throws(StoreError) in try columns(0, as: String.self) }
    }

    static let personKeysInRange = "SELECT DISTINCT key FROM person_alias WHERE key >= ? AND key < ? ORDER BY key"
    static let issuerKeysInRange = "SELECT DISTINCT key FROM issuer_alias WHERE key >= ? AND key < ? ORDER BY key"
}
