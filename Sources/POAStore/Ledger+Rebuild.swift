import Foundation
import GRDB
import POACore

extension Ledger {
    /// Runs `body` in one write transaction that rewrites derived rows (intervals, endings,
    /// verdicts) from the facts it reads, with SQLite's foreign-key and CHECK constraints off: a
    /// full rebuild.
    ///
    /// Every id such a transaction writes was read inside it, from rows it leaves alone, so the
    /// foreign-key checks would only repeat lookups that cannot fail. Without them, emptying a
    /// derived table is one truncation (with the checks on, SQLite deletes row by row from any
    /// table that has a foreign key: 2 million intervals took 4 s), and each inserted row skips
    /// four index lookups. Every value it writes comes from typed Swift values (`Day`s written as
    /// ISO text, ids joined by commas), so the CHECKs on the derived tables (two `date()` calls
    /// and a `GLOB` per interval) would only re-parse what was just formatted: 2.2 million
    /// intervals insert in 2.0 s without them against 4.6–5.4 s with them. Both are on again
    /// before this returns, whether `body` succeeds or throws (turning them back makes SQLite
    /// compile its statements again, with the checks), and `poa check` verifies every foreign key
    /// and CHECK afterwards (`PRAGMA integrity_check` evaluates CHECKs). Temporary storage (the
    /// sorts that build indexes) is in files, not in memory, and the page cache is half the
    /// import's, for the same length of time.
    public func derivationTransaction<T>(_ body: (LedgerTransaction) throws -> T) throws -> T {
        guard !readOnly else { throw StoreError.notWritable(path: path, detail: "opened for reading only") }
        do {
            return try writer.writeWithoutTransaction { db in
                // None of these pragmas can change inside a transaction: they are set around one.
                try db.execute(sql: "PRAGMA foreign_keys = OFF")
                try db.execute(sql: "PRAGMA ignore_check_constraints = ON")
                // Building the indexes again sorts every derived row: in temporary files, so
                // memory stays bounded however many rows there are (200 MB at 2 million intervals,
                // against 340 MB with the sort in memory).
                let tempStore = try Int.fetchOne(db, sql: "PRAGMA temp_store") ?? 0
                try db.execute(sql: "PRAGMA temp_store = FILE")
                // SQLite's sorter keeps as much in memory as the page cache may hold, on top of
                // the cache itself: half the import's 64 MiB for each puts the peak of a
                // 1,000,000-instrument rebuild at 145-152 MB instead of 206-218 MB, at the same
                // speed (the derived rows are appended in key order; more cache gains nothing).
                let cacheSize = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
                try db.execute(sql: "PRAGMA cache_size = -32768")
                let result: Result<T, any Error>
                do {
                    var value: T?
                    try db.inTransaction {
                        value = try body(LedgerTransaction(db: db))
                        return .commit
                    }
                    result = .success(value!)
                } catch {
                    result = .failure(error)
                }
                try db.execute(sql: "PRAGMA cache_size = \(cacheSize)")
                try db.execute(sql: "PRAGMA temp_store = \(tempStore)")
                try db.execute(sql: "PRAGMA ignore_check_constraints = OFF")
                try db.execute(sql: "PRAGMA foreign_keys = ON")
                return try result.get()
            }
        } catch let error as DatabaseError {
            throw StoreError.write(error, path: path)
        }
    }
}

extension LedgerTransaction {
    /// Replaces everything derived from histories (intervals, invalid delegations, endings) with
    /// what `body` inserts, inside this transaction: a full rebuild.
    ///
    /// The derived tables are emptied and their secondary indexes dropped first, then built again
    /// from their own `CREATE INDEX` text once `body` has inserted everything: one sort per index
    /// instead of a million scattered updates. Readers see the old rows until the commit.
    public func rebuildDerived<T>(_ body: () throws -> T) throws -> T {
        let indexes = try all(SchemaIndex.self, LedgerQueries.indexesOfDerivedTables)
        for index in indexes {
            try PreparedStatement(db, sql: "DROP INDEX \(index.quotedName)").execute()
        }
        for sql in [LedgerQueries.deleteAllIntervals, LedgerQueries.deleteAllInvalidDelegations, LedgerQueries.deleteAllEndings] {
            try PreparedStatement(db, sql: sql).execute()
        }
        let result = try body()
        for index in indexes {
            try PreparedStatement(db, sql: index.sql).execute()
        }
        return result
    }

    private func all<R: ColumnRecord>(_ type: R.Type, _ sql: String) throws(StoreError) -> [R] {
        try reader.all(type, sql)
    }
}

/// A secondary index as the schema defines it.
struct SchemaIndex: ColumnRecord {
    static let databaseTableName = "sqlite_schema"
    static let columns = ["name", "sql"]
    static let insertSQL = ""
    var name: String
    var sql: String

    init(columns: some ColumnSource) throws(StoreError) {
        name = try columns(0)
        sql = try columns(1)
    }

    func put(into sink: inout ColumnSink) {}

    var quotedName: String { "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
}
