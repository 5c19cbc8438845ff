import Foundation
import GRDB
import Testing

@testable import POAStore

/// A derivation transaction (a full rebuild) runs without SQLite's foreign-key and CHECK
/// constraints, and always gives them back to the connection.
struct DerivationTransactionTests {
    static func foreignKeysEnforced(_ tx: LedgerTransaction) throws -> Bool {
        try Bool.fetchOne(tx.db, sql: "PRAGMA foreign_keys") ?? false
    }

    static func tempStore(_ tx: LedgerTransaction) throws -> Int {
        try Int.fetchOne(tx.db, sql: "PRAGMA temp_store") ?? -1
    }

    @Test func theChecksAreOffInsideAndOnAgainAfterACommit() throws {
        let scratch = try Scratch()
        let ledger = try Ledger.open(at: scratch.path())
        #expect(try ledger.transaction(Self.foreignKeysEnforced))
        #expect(try ledger.derivationTransaction(Self.foreignKeysEnforced) == false)
        #expect(try ledger.transaction(Self.foreignKeysEnforced))
    }

    /// Its sorts go to files (1), so memory stays bounded; other transactions keep their
    /// savepoint journals in memory (2).
    @Test func itsTemporaryStorageIsInFilesAndOnlyItsOwn() throws {
        let scratch = try Scratch()
        let ledger = try Ledger.open(at: scratch.path())
        #expect(try ledger.transaction(Self.tempStore) == 2)
        #expect(try ledger.derivationTransaction(Self.tempStore) == 1)
        #expect(try ledger.transaction(Self.tempStore) == 2)
    }

    static func cacheSize(_ tx: LedgerTransaction) throws -> Int {
        try Int.fetchOne(tx.db, sql: "PRAGMA cache_size") ?? 0
    }

    /// Its page cache, and so its sorter's memory, is 32 MiB; other transactions keep 64 MiB.
    @Test func itsPageCacheIsHalvedAndOnlyItsOwn() throws {
        let scratch = try Scratch()
        let ledger = try Ledger.open(at: scratch.path())
        #expect(try ledger.transaction(Self.cacheSize) == -65536)
        #expect(try ledger.derivationTransaction(Self.cacheSize) == -32768)
        #expect(try ledger.transaction(Self.cacheSize) == -65536)
    }

    @Test func theChecksAreOnAgainAfterABodyThatThrowsAndItsWritesAreUndone() throws {
        struct Stop: Error {}
        let scratch = try Scratch()
        let ledger = try Ledger.open(at: scratch.path())
        #expect(throws: Stop.self) {
            try ledger.derivationTransaction { tx in
                try tx.insert(Person(name: "Jane Q. Public"))
                throw Stop()
            }
        }
        #expect(try ledger.transaction(Self.foreignKeysEnforced))
        #expect(try ledger.transaction(Self.tempStore) == 2)
        #expect(try ledger.snapshot { try $0.all(Person.self) }.isEmpty)
        // A write that breaks a foreign key is refused again.
        #expect(throws: StoreError.self) {
            try ledger.transaction { tx in
                try tx.insert(PersonAlias(personId: 99, alias: "Nobody", key: "nobody"))
            }
        }
    }

    /// A document whose digest breaks its CHECK (64 hex digits), through one cached statement.
    static let brokenDocument = """
        INSERT INTO document (path, sha256, size, media_type, text, imported_at, status)
        VALUES ('a.txt', 'not-a-digest', 1, 'text/plain', 'x', '2026-01-01T00:00:00Z', 'imported')
        """

    @Test func checkConstraintsAreOffInsideAndTheSameStatementIsRefusedAfter() throws {
        struct Stop: Error {}
        let scratch = try Scratch()
        let ledger = try Ledger.open(at: scratch.path())
        var acceptedInside = false
        #expect(throws: Stop.self) {
            try ledger.derivationTransaction { tx in
                try PreparedStatement(tx.db, sql: Self.brokenDocument).execute()
                acceptedInside = true
                throw Stop()
            }
        }
        #expect(acceptedInside)
        // The cached statement was compiled without the CHECK; turning the checks back on makes
        // SQLite compile it again, with it.
        #expect(throws: StoreError.self) {
            try ledger.transaction { tx in try PreparedStatement(tx.db, sql: Self.brokenDocument).execute() }
        }
        #expect(try ledger.snapshot { try $0.all(Document.self) }.isEmpty)
    }

    @Test func aLedgerOpenedForReadingRefusesIt() throws {
        let scratch = try Scratch()
        _ = try Ledger.open(at: scratch.path())
        let reader = try Ledger.openForReading(at: scratch.path())
        #expect(throws: StoreError.self) { try reader.derivationTransaction { _ in } }
    }
}
