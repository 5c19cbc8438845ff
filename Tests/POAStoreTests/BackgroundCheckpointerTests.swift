import Foundation
import GRDB
import Testing

@testable import POAStore

/// A session that copies the log aside leaves each commit in the database file itself, without
/// the writer checkpointing, and gives the writer its own limit back when it ends.
struct BackgroundCheckpointerTests {
    static func checkpointLimit(_ tx: LedgerTransaction) throws -> Int {
        try Int.fetchOne(tx.db, sql: "PRAGMA wal_autocheckpoint") ?? 0
    }

    func fileBytes(_ path: String) throws -> Int {
        try #require(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
    }

    /// Three transactions of 1,000 people each: far below the writer's own limit of 32 MiB, so
    /// without the checkpointer they would all still be in the log only.
    func writePeople(_ session: LedgerSession) throws {
        for round in 0..<3 {
            try session.transaction { tx in
                for index in 0..<1_000 { try tx.insert(Person(name: "Person \(round)-\(index) of a long line of names")) }
            }
        }
    }

    @Test func eachCommitIsCopiedIntoTheDatabaseFileBesideTheWriter() throws {
        let scratch = try Scratch()
        let path = scratch.path()
        let ledger = try Ledger.open(at: path)
        let before = try fileBytes(path)
        let limits = try ledger.session(copyingLogAside: true) { session in
            try writePeople(session)
            return try session.transaction(Self.checkpointLimit)
        }
        #expect(limits == 65_536)
        #expect(try fileBytes(path) > before + 100_000)
        #expect(scratch.walBytes(path) > 0, "the writer did not checkpoint: the checkpointer did")
        #expect(try ledger.snapshot { try $0.all(Person.self) }.count == 3_000)
    }

    @Test func withoutItTheCommitsStayInTheLogUntilTheWriterCheckpoints() throws {
        let scratch = try Scratch()
        let path = scratch.path()
        let ledger = try Ledger.open(at: path)
        let before = try fileBytes(path)
        try ledger.session(checkingForeignKeys: false, writePeople)
        #expect(try fileBytes(path) == before)
    }

    @Test func theWriterGetsItsLimitBackWhenTheSessionEndsOrThrows() throws {
        struct Stop: Error {}
        let scratch = try Scratch()
        let ledger = try Ledger.open(at: scratch.path())
        #expect(try ledger.transaction(Self.checkpointLimit) == 8_192)
        #expect(throws: Stop.self) {
            try ledger.session(copyingLogAside: true) { session in
                try writePeople(session)
                throw Stop()
            }
        }
        #expect(try ledger.transaction(Self.checkpointLimit) == 8_192)
        #expect(try ledger.snapshot { try $0.all(Person.self) }.count == 3_000)
    }

    @Test func aLedgerInMemoryHasNoLogToCopy() throws {
        let ledger = try Ledger.inMemory()
        try ledger.session(copyingLogAside: true, writePeople)
        #expect(try ledger.snapshot { try $0.all(Person.self) }.count == 3_000)
    }

    @Test func aCopierThatCannotOpenItsConnectionIsNone() throws {
        let scratch = try Scratch()
        #expect(BackgroundCheckpointer(path: scratch.path("missing/ledger.sqlite")) == nil)
        try Data("not a database, but long enough to be read as one".utf8).write(to: URL(fileURLWithPath: scratch.path("junk.sqlite")))
        #expect(BackgroundCheckpointer(path: scratch.path("junk.sqlite")) == nil)
    }
}
