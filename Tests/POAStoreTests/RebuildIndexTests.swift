import GRDB
import Testing

@testable import POAStore

/// A full rebuild drops the secondary indexes of the derived tables while it writes, and builds
/// each again from its own `CREATE INDEX` text before the commit: one sort per index instead of
/// scattered updates, and the same schema afterwards.
struct RebuildIndexTests {
    static let derivedIndexes = """
        SELECT name, sql FROM sqlite_schema
        WHERE type = 'index' AND sql IS NOT NULL
          AND tbl_name IN ('authority_interval', 'invalid_delegation', 'supersession')
        ORDER BY name
        """

    @Test func theDerivedTablesIndexesAreDroppedWhileItWritesAndBuiltAgainAfter() throws {
        let scratch = try Scratch()
        let ledger = try Ledger.open(at: scratch.path())
        let before = try ledger.snapshot { try Row.fetchAll($0.db, sql: Self.derivedIndexes) }
        #expect(before.count >= 3, "the schema gives each derived table an index")
        let during = try ledger.derivationTransaction { tx in
            try tx.rebuildDerived(rewritingIntervals: true) { rebuild in
                try Row.fetchAll(rebuild.tx.db, sql: Self.derivedIndexes)
            }
        }
        #expect(during.isEmpty)
        #expect(try ledger.snapshot { try Row.fetchAll($0.db, sql: Self.derivedIndexes) } == before)
    }
}
