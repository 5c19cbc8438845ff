import Foundation
import GRDB
import GRDBSQLite
import SQLiteFileAccess
import Testing

/// `poa_sqlite_copy_file`: the backup API reading the source ahead and gathering the copy's page
/// writes. Whatever the runs do, the copy holds exactly the pages of one committed state.
final class FileCopyTests {
    let scratch: Scratch

    init() throws {
        scratch = try Scratch()
    }

    /// A WAL database of several megabytes (many 124 KB batches, and more than SQLite's page cache,
    /// so the copy also spills pages before its commit), folded into its main file.
    func sourceDatabase(rows: Int = 6_000) throws -> DatabasePool {
        let pool = try DatabasePool(path: scratch.path("source.sqlite"))
        try pool.write { db in
            try db.execute(sql: "CREATE TABLE item (id INTEGER PRIMARY KEY, body TEXT NOT NULL)")
            try db.execute(sql: "CREATE INDEX item_body ON item (body)")
            for id in 1...rows {
                try db.execute(
                    sql: "INSERT INTO item (id, body) VALUES (?, ?)",
                    arguments: [id, "item \(id) " + String(repeating: "\(id % 97)", count: 300)])
            }
        }
        try pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        return pool
    }

    /// Copies the database `source.sqlite` (which `source` has open) to `path`.
    func copy(_ source: DatabasePool, to path: String) -> (code: Int32, message: String) {
        var message = [CChar](repeating: 0, count: 256)
        let code = poa_sqlite_copy_file(source.path, path, &message, Int32(message.count))
        return (code, String(decoding: message.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
    }

    @Test func theCopyHoldsEveryPageOfTheSourceVerbatim() throws {
        let source = try sourceDatabase()
        defer { try? source.close() }
        let target = scratch.path("copy.sqlite")
        #expect(copy(source, to: target).code == 0)

        let original = try Data(contentsOf: URL(fileURLWithPath: scratch.path("source.sqlite")))
        let copied = try Data(contentsOf: URL(fileURLWithPath: target))
        #expect(original.count > 3_000_000)
        #expect(copied.count == original.count)
        // The 100-byte header differs where the backup API writes it (journal mode, change counter,
        // schema cookie); every byte after it is the source's. (Page numbers, not a comparison of
        // the two blobs: a failing `==` on megabytes would make the test library diff them.)
        let pageSize = 4096
        let differing = stride(from: 0, to: original.count, by: pageSize).filter { start in
            let from = max(start, 100)
            let end = min(start + pageSize, original.count)
            return copied[from..<end] != original[from..<end]
        }.map { $0 / pageSize + 1 }
        #expect(differing == [])
    }

    @Test func theCopyIsAClosedRollbackJournalDatabaseThatPassesItsChecks() throws {
        let source = try sourceDatabase(rows: 500)
        defer { try? source.close() }
        let target = scratch.path("copy.sqlite")
        #expect(copy(source, to: target).code == 0)

        #expect(!FileManager.default.fileExists(atPath: target + "-wal"))
        #expect(!FileManager.default.fileExists(atPath: target + "-journal"))
        let queue = try DatabaseQueue(path: target)
        defer { try? queue.close() }
        let (mode, integrity, count) = try queue.read { db in
            (
                try String.fetchOne(db, sql: "PRAGMA journal_mode"),
                try String.fetchOne(db, sql: "PRAGMA integrity_check"),
                try Int.fetchOne(db, sql: "SELECT count(*) FROM item")
            )
        }
        #expect(mode == "delete")
        #expect(integrity == "ok")
        #expect(count == 500)
    }

    @Test func rowsStillOnlyInTheSourcesWALAreCopied() throws {
        let source = try sourceDatabase(rows: 200)
        defer { try? source.close() }
        try source.write { db in
            try db.execute(sql: "INSERT INTO item (id, body) VALUES (1000, 'only in the WAL')")
        }
        let target = scratch.path("copy.sqlite")
        #expect(copy(source, to: target).code == 0)

        let queue = try DatabaseQueue(path: target)
        defer { try? queue.close() }
        #expect(try queue.read { try String.fetchOne($0, sql: "SELECT body FROM item WHERE id = 1000") } == "only in the WAL")
    }

    @Test func aDestinationThatCannotBeOpenedIsReportedWithSQLitesReason() throws {
        let source = try sourceDatabase(rows: 10)
        defer { try? source.close() }
        let result = copy(source, to: scratch.path("no-such-folder/copy.sqlite"))
        #expect(result.code == SQLITE_CANTOPEN)
        #expect(result.message.contains("unable to open"), "\(result.message)")
    }

    /// The copy reads the source's file ahead while another connection commits and checkpoints
    /// into that file: each copy still holds one committed state. Every transaction rewrites every
    /// row with its own number, so a copy mixing two states would show two numbers.
    @Test func aCopyTakenWhileAnotherConnectionWritesAndCheckpointsHoldsOneCommittedState() throws {
        let source = try sourceDatabase(rows: 3_000)
        defer { try? source.close() }
        let writer = BackgroundWriter(source)
        defer { writer.stop() }
        var rounds: Set<Int> = []
        var committed = 0
        for attempt in 1...6 {
            // The writer commits a new round (and checkpoints it) before each copy.
            committed = try #require(writer.waitForRound(after: committed), "the writer committed no round")
            let target = scratch.path("copy-\(attempt).sqlite")
            #expect(copy(source, to: target).code == 0)
            let queue = try DatabaseQueue(path: target)
            defer { try? queue.close() }
            let (integrity, seen) = try queue.read { db in
                (
                    try String.fetchOne(db, sql: "PRAGMA integrity_check"),
                    try Int.fetchAll(db, sql: """
                        SELECT DISTINCT CAST(substr(body, instr(body, 'round ') + 6) AS INTEGER) FROM item WHERE body LIKE '% round %'
                        """)
                )
            }
            #expect(integrity == "ok")
            #expect(seen.count <= 1, "copy \(attempt) mixes the rounds \(seen)")
            rounds.formUnion(seen)
        }
        #expect(rounds.count >= 2, "the writer committed between the copies")
    }
}

/// A thread that commits a new round (every row rewritten) and a passive checkpoint, again and
/// again, until stopped.
private final class BackgroundWriter: @unchecked Sendable {
    private let condition = NSCondition()
    private var round = 0
    private var stopping = false
    private var stopped = false

    init(_ source: DatabasePool) {
        Thread { [self] in
            var round = 0
            while !condition.withLock({ stopping }) {
                round += 1
                try? source.write { db in
                    try db.execute(sql: "UPDATE item SET body = printf('%d round %d', id, ?)", arguments: [round])
                }
                try? source.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(PASSIVE)") }
                condition.withLock {
                    self.round = round
                    condition.broadcast()
                }
            }
            condition.withLock {
                stopped = true
                condition.broadcast()
            }
        }.start()
    }

    /// Waits until a round later than `round` is committed and checkpointed, and returns it; nil
    /// after `timeout` seconds, a deadline so that a stuck writer fails the test.
    func waitForRound(after round: Int, timeout: Double = 300) -> Int? {
        let deadline = Date(timeIntervalSinceNow: timeout)
        condition.lock()
        defer { condition.unlock() }
        while self.round <= round {
            guard condition.wait(until: deadline) else { return nil }
        }
        return self.round
    }

    /// Asks the writer to stop, and waits until it has.
    func stop() {
        condition.lock()
        defer { condition.unlock() }
        stopping = true
        while !stopped { condition.wait() }
    }
}
