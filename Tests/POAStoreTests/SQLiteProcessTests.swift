import GRDBSQLite
import SQLiteFileAccess
import Testing

@testable import POAStore

/// SQLite's memory statistics are turned off once per process, before the first connection.
struct SQLiteProcessTests {
    let scratch: Scratch

    init() throws {
        scratch = try Scratch()
    }

    @Test func theSettingReportsWhatSQLiteDoes() throws {
        let ledger = try Ledger.open(at: scratch.path())
        _ = try ledger.snapshot { try $0.count(Person.self) }
        // Counting on: an open connection holds memory, so the count is above zero. Counting off:
        // nothing is ever counted. Which one depends on whether another test opened SQLite first.
        #expect(SQLiteProcess.memoryStatisticsOff == (sqlite3_memory_used() == 0))
    }

    @Test func onceSQLiteRunsTheSettingIsRefusedAndChangesNothing() throws {
        let ledger = try Ledger.open(at: scratch.path())
        _ = try ledger.snapshot { try $0.count(Person.self) }
        let countingBefore = sqlite3_memory_used() > 0
        #expect(poa_sqlite_disable_memory_statistics() == SQLITE_MISUSE)
        _ = try ledger.snapshot { try $0.count(Person.self) }
        #expect((sqlite3_memory_used() > 0) == countingBefore)
    }
}
