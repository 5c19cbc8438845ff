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
    /// table that has a foreign key), and each inserted row skips four index lookups. Every
    /// value it writes comes from typed Swift values (`Day`s written as ISO text, ids joined by
    /// commas), so the CHECKs on the derived tables (two `date()` calls and a `GLOB` per
    /// interval) would only re-parse what was just formatted, and more than double the time
    /// intervals take to insert. Both are on again before this returns, whether `body` succeeds or
    /// throws (turning them back makes SQLite compile its statements again, with the checks), and
    /// `poa check` verifies every foreign key and CHECK afterwards (`PRAGMA integrity_check`
    /// evaluates CHECKs). Temporary storage (the sorts that build indexes) is in files, not in
    /// memory, and the page cache is half the import's, for the same length of time.
    public func derivationTransaction<T>(_ body: (LedgerTransaction) throws -> T) throws -> T {
        try session(
            setting: [
                ("foreign_keys", "OFF"), ("ignore_check_constraints", "ON"),
                // Building the indexes again sorts every derived row: in temporary files, so
                // memory stays bounded however many rows there are.
                ("temp_store", "FILE"),
                // SQLite's sorter keeps as much in memory as the page cache may hold, on top of
                // the cache itself: half the import's 64 MiB for each lowers a rebuild's peak
                // memory at the same speed (the derived rows are appended in key order; more
                // cache gains nothing).
                ("cache_size", "-32768"),
            ]
        ) { session in try session.transaction(body) }
    }
}

extension LedgerTransaction {
    /// Replaces everything derived from histories (intervals, invalid delegations, endings) with
    /// what `body` stores through the ``DerivedRebuild`` it is given, inside this transaction: a
    /// full rebuild. Readers see the old rows until the commit.
    ///
    /// Invalid delegations and endings (a few hundred thousand rows at a million instruments) are
    /// emptied and their secondary indexes dropped first, then built again from their own
    /// `CREATE INDEX` text once `body` has stored everything: one sort per index instead of
    /// scattered updates. Intervals, ten times as many, are changed where they differ
    /// (``IntervalChanges``); their indexes are dropped and built again the same way only once
    /// more than `bulkChanges` interval rows have changed. With `rewritingIntervals`, intervals
    /// are emptied with the rest, and every derived one is written again: the table is rewritten
    /// in key order.
    public func rebuildDerived<T>(
        rewritingIntervals: Bool = false, bulkChanges: Int = DerivedRebuild.defaultBulkChanges,
        _ body: (DerivedRebuild) throws -> T
    ) throws -> T {
        let indexes = try reader.fetch { try SchemaIndex.fetchAll(db, sql: LedgerQueries.indexesOfDerivedTables) }
        let (intervalIndexes, others) = (
            indexes.filter { $0.table == StoredInterval.databaseTableName },
            indexes.filter { $0.table != StoredInterval.databaseTableName }
        )
        for index in others { try index.drop(in: db) }
        var emptied = [LedgerQueries.deleteAllInvalidDelegations, LedgerQueries.deleteAllEndings]
        if rewritingIntervals { emptied.append(LedgerQueries.deleteAllIntervals) }
        for sql in emptied {
            try PreparedStatement(db, sql: sql).execute()
        }
        let rebuild = DerivedRebuild(tx: self, intervalIndexes: intervalIndexes, bulkChanges: bulkChanges)
        if rewritingIntervals { try rebuild.dropIntervalIndexes() }
        let result = try body(rebuild)
        for index in others + rebuild.droppedIndexes {
            try PreparedStatement(db, sql: index.sql).execute()
        }
        return result
    }
}

/// Stores what a full rebuild derives, range of grantors by range (see
/// ``LedgerTransaction/rebuildDerived(rewritingIntervals:bulkChanges:_:)``). Every derived
/// interval belongs to the grantor whose history derived it, so a range's changes touch no
/// other range's rows.
public final class DerivedRebuild {
    /// Changed interval rows past which the intervals' secondary indexes are dropped and built
    /// again at the end. Each changed row updates the index by attorney at a random place, which
    /// costs more, once the index outgrows the page cache, than sorting and building the whole
    /// index once when many rows change.
    public static let defaultBulkChanges = 100_000

    let tx: LedgerTransaction
    let intervalIndexes: [SchemaIndex]
    let bulkChanges: Int
    /// The intervals' indexes dropped so far, to build again at the end.
    private(set) var droppedIndexes: [SchemaIndex] = []
    /// Interval rows found different so far: stored ones no longer derived, derived ones new or changed.
    public private(set) var changedIntervals = 0

    init(tx: LedgerTransaction, intervalIndexes: [SchemaIndex], bulkChanges: Int) {
        self.tx = tx
        self.intervalIndexes = intervalIndexes
        self.bulkChanges = bulkChanges
    }

    /// Stores one range's derived rows: the changes to its intervals, and its invalid
    /// delegations and endings (their tables were emptied).
    public func store(intervals changes: IntervalChanges, invalid: [StoredInvalidDelegation], endings: [Supersession])
        throws(StoreError)
    {
        changedIntervals += changes.count
        if changedIntervals > bulkChanges { try dropIntervalIndexes() }
        if let replacement = changes.replacement {
            let delete = try PreparedStatement(tx.db, sql: LedgerQueries.deleteIntervalsOfGrantorRange, cache: tx.statements)
            delete.bind(changes.grantors.lowerBound, at: 1)
            delete.bind(changes.grantors.upperBound, at: 2)
            try delete.execute()
            try tx.insert(replacement, onConflict: .fail)
        } else if !changes.isEmpty {
            let delete = try PreparedStatement(tx.db, sql: LedgerQueries.deleteIntervalByKey, cache: tx.statements)
            for key in changes.removed {
                delete.bind(key.grantorId, at: 1)
                delete.bind(key.validFrom, at: 2)
                delete.bind(key.attorneyId, at: 3)
                delete.bind(key.via, at: 4)
                try delete.execute()
            }
            try tx.insert(changes.written, onConflict: .replace)
        }
        try tx.insert(invalid, onConflict: .replace)
        try tx.insert(endings, onConflict: .fail)
    }

    /// Drops the intervals' secondary indexes, unless already dropped.
    func dropIntervalIndexes() throws(StoreError) {
        guard droppedIndexes.isEmpty else { return }
        for index in intervalIndexes { try index.drop(in: tx.db) }
        droppedIndexes = intervalIndexes
    }
}

/// A secondary index as the schema defines it.
struct SchemaIndex: FetchableRecord {
    var name: String
    var table: String
    var sql: String

    init(row: Row) throws {
        name = try row.decode(forColumn: "name")
        table = try row.decode(forColumn: "tbl_name")
        sql = try row.decode(forColumn: "sql")
    }

    var quotedName: String { "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

    func drop(in db: Database) throws(StoreError) {
        try PreparedStatement(db, sql: "DROP INDEX \(quotedName)").execute()
    }
}
