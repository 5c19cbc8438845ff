import GRDB
import Testing

@testable import POAStore

/// A statement of the import's write path is bound and run again and again: each run writes
/// its own values, whether it comes from the transaction's statements or GRDB's cache.
struct PreparedStatementTests {
    static let insert = "INSERT INTO person (name) VALUES (?)"

    @Test(arguments: [true, false])
    func aStatementRunAgainWritesEachRunsValues(fromTheTransactionsStatements: Bool) throws {
        let scratch = try Scratch()
        let ledger = try Ledger.open(at: scratch.path())
        let names = ["Ann First", "Bo Second", "Cy Third"]
        try ledger.transaction { tx in
            let cache = fromTheTransactionsStatements ? StatementCache() : nil
            let statement = try PreparedStatement(tx.db, sql: Self.insert, cache: cache)
            for name in names {
                statement.bind(name, at: 1)
                try statement.execute()
            }
        }
        #expect(try ledger.snapshot { try $0.all(Person.self) }.map(\.name) == names)
    }
}
