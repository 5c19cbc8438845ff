import GRDB
import Testing

@testable import POAStore

/// A write transaction's statements are found by their text: texts of the same length are told
/// apart, and the same text built twice finds the statement prepared the first time.
struct StatementCacheTests {
    @Test func textsOfTheSameLengthAreDifferentStatementsAndEqualTextsTheSame() throws {
        let ledger = try Ledger.inMemory()
        try ledger.transaction { tx in
            let cache = StatementCache()
            let one = try cache.statement(tx.db, sql: "SELECT 1 AS a")
            let two = try cache.statement(tx.db, sql: "SELECT 2 AS b")
            #expect(one !== two)
            #expect(try Int.fetchOne(two) == 2)
            // Built at run time: equal content in other storage.
            let again = try cache.statement(tx.db, sql: ["SELECT", "1", "AS", "a"].joined(separator: " "))
            #expect(again === one)
            #expect(try Int.fetchOne(again) == 1)
        }
    }
}
