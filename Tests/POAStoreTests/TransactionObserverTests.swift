import Foundation
import GRDB
import POACore
import Synchronization
import Testing

@testable import POAStore

/// Every write of a ledger transaction, the import's and the rebuild's bulk inserts included
/// (`PreparedStatement.execute()`), runs through GRDB's statements: GRDB asks its transaction observers about each INSERT statement before it
/// runs, reports each row inserted in a rowid table, and the commit that makes it visible. (SQLite
/// reports no row of a `WITHOUT ROWID` table, whoever writes it: GRDB documents that its
/// observation misses those rows.)
struct TransactionObserverTests {
    /// Counts INSERT statements and inserted rows by table, and commits.
    final class InsertCounter: TransactionObserver, Sendable {
        private struct Counts {
            var statements: [String: Int] = [:]
            var rows: [String: Int] = [:]
            var commits = 0
        }
        private let counts = Mutex(Counts())
        var statements: [String: Int] { counts.withLock { $0.statements } }
        var inserted: [String: Int] { counts.withLock { $0.rows } }
        var commits: Int { counts.withLock { $0.commits } }

        func observes(eventsOfKind eventKind: DatabaseEventKind) -> Bool {
            if case .insert(let table) = eventKind { counts.withLock { $0.statements[table, default: 0] += 1 } }
            return true
        }

        func databaseDidChange(with event: DatabaseEvent) {
            guard event.kind == .insert else { return }
            let table = event.tableName
            counts.withLock { $0.rows[table, default: 0] += 1 }
        }

        func databaseDidCommit(_ db: Database) { counts.withLock { $0.commits += 1 } }
        func databaseDidRollback(_ db: Database) {}
    }

    let scratch: Scratch
    let ledger: Ledger
    let counter = InsertCounter()

    init() throws {
        scratch = try Scratch()
        ledger = try Ledger.open(at: scratch.path())
        ledger.writer.add(transactionObserver: counter)
    }

    @Test func anImportsWritesInsideADocumentsSavepointAreSeen() throws {
        try ledger.transaction(checkingForeignKeys: false) { tx in
            try tx.atomically {
                let grantor = try #require(try tx.insert(Person(name: "Ann First")).id)
                let document = try #require(
                    try tx.insertUnlessStored(
                        Document(
                            path: "a.txt", sha256: String(repeating: "a", count: 64), size: 1, mediaType: "text/plain",
                            text: "POWER OF ATTORNEY", importedAt: "2026-11-23T00:00:00Z", status: .imported)))
                let documentId = try #require(document.id)
                let grant = try #require(
                    try tx.insert(
                        Instrument(
                            documentId: documentId, position: 0, kind: .grant, grantorId: grantor, issuerId: nil,
                            executedOn: .on("2020-01-01"), lineStart: 1, lineEnd: 1)
                    ).id)
                try tx.insert(
                    all: (0..<3).map {
                        InstrumentAttorney(
                            instrumentId: grant, position: $0, personId: nil, office: "office", nameAsWritten: "office \($0)",
                            lineStart: 1, lineEnd: 1)
                    })
            }
        }
        // The attorneys go in one multi-row statement (see `MultiRowInsertTexts`).
        #expect(counter.statements == ["person": 1, "document": 1, "instrument": 1, "instrument_attorney": 1])
        #expect(counter.inserted == ["person": 1, "document": 1, "instrument": 1])
        #expect(counter.commits == 1)
    }

    @Test func aDocumentAlreadyStoredIsNoInsert() throws {
        let document = Document(
            path: "a.txt", sha256: String(repeating: "a", count: 64), size: 1, mediaType: "text/plain",
            text: "POWER OF ATTORNEY", importedAt: "2026-11-23T00:00:00Z", status: .imported)
        let stored = try ledger.transaction { tx in
            [try tx.insertUnlessStored(document), try tx.insertUnlessStored(document)]
        }
        #expect(stored[0]?.id != nil)
        #expect(stored[1] == nil)
        #expect(counter.inserted == ["document": 1])
    }

    @Test func aRebuildsIntervalWritesAreSeen() throws {
        let intervals = (1...40).map { attorney in
            StoredInterval(
                grantorId: 1, validFrom: .on("2020-01-01"), attorneyId: Int64(attorney), via: [7], validUntil: nil,
                issuerId: nil, forms: [.four])
        }
        try ledger.derivationTransaction { tx in
            try tx.rebuildDerived(rewritingIntervals: true) { rebuild in
                try rebuild.store(
                    intervals: IntervalChanges(grantors: 1...1, stored: [], derived: intervals), invalid: [], endings: [])
            }
        }
        #expect(counter.statements["authority_interval"] == (40 + MultiRowInsertTexts.rowsPerStatement - 1) / MultiRowInsertTexts.rowsPerStatement)
        #expect(counter.commits == 1)
        #expect(try ledger.snapshot { try $0.intervals(grantorId: 1) } == intervals)
    }

    @Test func theWritesOfAnUndoneSavepointAreNotCommitted() throws {
        struct Undo: Error {}
        try ledger.transaction { tx in
            try tx.insert(Person(name: "Kept"))
            _ = try? tx.atomically { () throws -> Void in
                try tx.insert(Person(name: "Undone"))
                throw Undo()
            }
        }
        #expect(try ledger.snapshot { try $0.all(Person.self) }.map(\.name) == ["Kept"])
        #expect(counter.inserted == ["person": 1])
        #expect(counter.commits == 1)
    }
}
