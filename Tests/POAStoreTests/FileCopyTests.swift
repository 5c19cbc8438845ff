import Foundation
import GRDB
import GRDBSQLite
import SQLiteSettings
import Testing

/// `poa_sqlite_copy_database`: the backup API writing through the VFS that gathers page writes.
/// Whatever the batching does, the copy holds exactly the source's pages.
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

    func copy(_ source: DatabasePool, to path: String) throws -> (code: Int32, message: String) {
        try source.read { db in
            var message = [CChar](repeating: 0, count: 256)
            let code = poa_sqlite_copy_database(db.sqliteConnection, path, &message, Int32(message.count))
            return (code, String(decoding: message.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
        }
    }

    @Test func theCopyHoldsEveryPageOfTheSourceVerbatim() throws {
        let source = try sourceDatabase()
        defer { try? source.close() }
        let target = scratch.path("copy.sqlite")
        #expect(try copy(source, to: target).code == 0)

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
        #expect(try copy(source, to: target).code == 0)

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
        #expect(try copy(source, to: target).code == 0)

        let queue = try DatabaseQueue(path: target)
        defer { try? queue.close() }
        #expect(try queue.read { try String.fetchOne($0, sql: "SELECT body FROM item WHERE id = 1000") } == "only in the WAL")
    }

    @Test func aDestinationThatCannotBeOpenedIsReportedWithSQLitesReason() throws {
        let source = try sourceDatabase(rows: 10)
        defer { try? source.close() }
        let result = try copy(source, to: scratch.path("no-such-folder/copy.sqlite"))
        #expect(result.code == SQLITE_CANTOPEN)
        #expect(result.message.contains("unable to open"), "\(result.message)")
    }
}
