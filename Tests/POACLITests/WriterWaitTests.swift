import Foundation
import GRDB
import POATestSupport
import Testing

/// Issue 23, item 4: a command that writes while another process holds the ledger's write lock
/// (a long import) waits for its turn, then says plainly what happened and what to do.
struct WriterWaitTests {
    @Test func aWriterThatCannotGetItsTurnSaysWhoHoldsItAndChangesNothing() throws {
        let workspace = try Workspace()
        try #require(try workspace.poa("import", AuthorityCommandTests.samples.path).status == 0)
        let path = workspace.path("poa.sqlite")
        let facts = try workspace.poa("facts", "--format", "json").stdout
        // Another process's write transaction, held while the command runs.
        var configuration = Configuration()
        configuration.allowsUnsafeTransactions = true
        let other = try DatabaseQueue(path: path, configuration: configuration)
        try other.inDatabase { db in try db.execute(sql: "BEGIN IMMEDIATE") }
        let started = Date()
        let result = try workspace.poa(
            "revoke", "--grantor", "David N. Levenson", "--on", "2020-01-01", "--note", "letter of 2020-01-01",
            environment: ["POA_BUSY_TIMEOUT": "1"])
        let waited = Date().timeIntervalSince(started)
        try other.inDatabase { db in try db.execute(sql: "ROLLBACK") }
        try other.close()
        #expect(result.status == 75, "\(result.stdout)\(result.stderr)")
        #expect(result.stderr.contains("is being written by another process"), "\(result.stderr)")
        #expect(result.stderr.contains("waited 1 s"))
        #expect(result.stderr.contains("POA_BUSY_TIMEOUT"))
        #expect(!result.stderr.contains("database is locked"))
        #expect(waited >= 1)
        #expect(try workspace.poa("facts", "--format", "json").stdout == facts)
        // Once the lock is free, the same command goes through.
        let again = try workspace.poa("revoke", "--grantor", "David N. Levenson", "--on", "2020-01-01", "--note", "letter of 2020-01-01")
        #expect(again.status == 0, "\(again.stderr)")
    }
}
