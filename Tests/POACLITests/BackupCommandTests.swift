import Foundation
import GRDB
import POATestSupport
import Synchronization
import Testing

/// `poa backup` and `poa restore`, run as a user would.
struct BackupCommandTests {
    static let batchSize = 200

    /// Inserts batches of `batchSize` documents, one transaction each, until `stop` is set;
    /// each document's path names its batch. Returns the number of batches committed.
    static func keepWriting(to path: String, state: WriterState) throws {
        let pool = try DatabasePool(path: path)
        var batch = 0
        while !state.stop.load(ordering: .relaxed) {
            batch += 1
            try pool.write { db in
                for item in 0..<batchSize {
                    let sha = String(format: "%032x%032x", batch, item)
                    try db.execute(
                        sql: """
                            INSERT INTO document (path, sha256, size, media_type, text, imported_at, status)
                            VALUES (?, ?, 1, 'text/plain', ?, '2026-01-01T00:00:00Z', 'imported')
                            """,
                        arguments: ["batch-\(batch)/\(item)", sha, String(repeating: "x", count: 500)])
                }
            }
            state.batches.store(batch, ordering: .relaxed)
            state.announce()
        }
        try pool.close()
    }

    /// The number of documents of each batch in the database at `path`.
    static func batchCounts(at path: String) throws -> [String: Int] {
        let queue = try DatabaseQueue(path: path, configuration: { var c = Configuration(); c.readonly = true; return c }())
        defer { try? queue.close() }
        let rows = try queue.read { db in
            try Row.fetchAll(
                db, sql: "SELECT substr(path, 1, instr(path, '/') - 1) AS batch, count(*) AS n FROM document GROUP BY batch")
        }
        return Dictionary(uniqueKeysWithValues: rows.map { ($0["batch"] as String, $0["n"] as Int) })
    }

    @Test func aBackupDuringSteadyWritesHoldsWholeTransactionsOnly() throws {
        let workspace = try Workspace()
        #expect(try workspace.poa("migrate").status == 0)
        let path = workspace.path("poa.sqlite")
        let state = WriterState()
        let writer = Thread {
            do {
                try Self.keepWriting(to: path, state: state)
            } catch {
                state.failure.store(true, ordering: .relaxed)
                state.announce()
            }
        }
        writer.start()
        defer { state.stop.store(true, ordering: .relaxed) }
        #expect(state.waitUntilCommitted(5), "the writer committed no 5 batches")
        var copies: [[String: Int]] = []
        for index in 1...3 {
            // The last copy is also read back page by page (--verify); every copy passes `poa check`.
            let verify = index == 3
            let result = try verify
                ? workspace.poa("backup", "--verify", "copy\(index).sqlite") : workspace.poa("backup", "copy\(index).sqlite")
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains(verify ? "verified: integrity, foreign keys, migrations" : "checked: migrations"))
            #expect(try workspace.poa("check", "--db", "copy\(index).sqlite").status == 0)
            copies.append(try Self.batchCounts(at: workspace.path("copy\(index).sqlite")))
        }
        let written = state.batches.load(ordering: .relaxed)
        let writerFailed = state.failure.load(ordering: .relaxed)
        #expect(!writerFailed, "the writer met an error (a lock error?)")
        state.stop.store(true, ordering: .relaxed)
        for counts in copies {
            #expect(counts.count >= 5)  // the writer had committed 5 batches before the first backup
            #expect(counts.values.allSatisfy { $0 == Self.batchSize }, "a batch was copied in part: \(counts)")
            // Batches are committed in order: the copy holds batches 1...k for some k, no gaps.
            #expect(Set(counts.keys) == Set((1...counts.count).map { "batch-\($0)" }))
        }
        #expect(written >= copies.last?.count ?? 0)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: workspace.folder.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func backupRefusesAnExistingDestinationUnlessForced() throws {
        let workspace = try Workspace()
        #expect(try workspace.poa("migrate").status == 0)
        try Data("keep me".utf8).write(to: URL(fileURLWithPath: workspace.path("dest.sqlite")))
        let refused = try workspace.poa("backup", "dest.sqlite")
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("already exists"))
        #expect(refused.stderr.contains("--force"))
        #expect(FileManager.default.contents(atPath: workspace.path("dest.sqlite")) == Data("keep me".utf8))
        let forced = try workspace.poa("backup", "dest.sqlite", "--force")
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(try workspace.poa("check", "--db", "dest.sqlite").status == 0)
    }

    @Test func aBackupOntoAFullDiskFailsClearlyAndLeavesNoFile() throws {
        let workspace = try Workspace()
        let docs = try workspace.corpus(documents: 300, seed: 4)
        #expect(try workspace.poa("import", docs).status == 0)
        #expect(try workspace.poa("backup", "whole.sqlite").status == 0)
        let size = try FileManager.default.attributesOfItem(atPath: workspace.path("whole.sqlite"))[.size] as? Int ?? 0
        // RLIMIT_FSIZE stands in for a full disk: the copy's writes fail (EFBIG) halfway through.
        let blocks = size / 2 / 512
        let command = "trap '' XFSZ; ulimit -f \(blocks); exec '\(PoaProcess.executable.path)' backup copy.sqlite 2> err.txt"
        #expect(BadInputTests.shell(command, in: workspace.folder) == 1)
        let message = try String(contentsOfFile: workspace.path("err.txt"), encoding: .utf8)
        #expect(message.contains("could not write copy.sqlite"), "\(message)")
        #expect(message.contains("free disk space"), "\(message)")
        let left = try FileManager.default.contentsOfDirectory(atPath: workspace.folder.path)
        #expect(!left.contains("copy.sqlite"))
        #expect(!left.contains { $0.hasPrefix(".copy.sqlite") }, "\(left)")
        #expect(try workspace.poa("check").status == 0)
    }

    @Test func backupRefusesTheLedgerItselfAndAMissingLedger() throws {
        let workspace = try Workspace()
        #expect(try workspace.poa("backup", "dest.sqlite").status == 1)
        #expect(!FileManager.default.fileExists(atPath: workspace.path("poa.sqlite")))
        #expect(try workspace.poa("migrate").status == 0)
        let same = try workspace.poa("backup", "poa.sqlite", "--force")
        #expect(same.status == 1)
        #expect(same.stderr.contains("the ledger itself"))
    }

    @Test func restoreKeepsTheCurrentFileAsATimestampedCopy() throws {
        let workspace = try Workspace()
        let path = try ReportCommandTests.ledgerWithDocuments(in: workspace)
        #expect(try workspace.poa("backup", "saved.sqlite").status == 0)
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "DELETE FROM document") }
        try queue.close()
        let current = try Data(contentsOf: URL(fileURLWithPath: path))

        let result = try workspace.poa("restore", "saved.sqlite")
        #expect(result.status == 0, "\(result.stderr)")
        let kept = try FileManager.default.contentsOfDirectory(atPath: workspace.folder.path)
            .filter { $0.hasPrefix("poa.sqlite.") && $0.hasSuffix("Z.bak") }
        #expect(kept.count == 1)
        let keptName = try #require(kept.first)
        #expect(keptName.wholeMatch(of: /poa\.sqlite\.\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.bak/) != nil)
        #expect(try Data(contentsOf: URL(fileURLWithPath: workspace.path(keptName))) == current)
        #expect(result.stdout.contains(keptName))
        let restored = try workspace.poa("sql", "SELECT count(*) AS n FROM document")
        #expect(restored.stdout == "n\n2\n")
        #expect(try workspace.poa("check").status == 0)
    }

    @Test func restoreRefusesALedgerAnotherProcessHasOpen() throws {
        let workspace = try Workspace()
        let path = try ReportCommandTests.ledgerWithDocuments(in: workspace)
        #expect(try workspace.poa("backup", "saved.sqlite").status == 0)
        // (Opening a pool writes a dummy transaction, so the bytes change; the contents must not.
        // Nor may this process read the file while the pool is open: closing any descriptor of the
        // file drops every POSIX lock the process holds on it, the pool's included.)
        let holder = try DatabasePool(path: path)
        _ = try holder.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM document") }
        let result = try workspace.poa("restore", "saved.sqlite")
        try holder.close()
        #expect(result.status == 1)
        #expect(result.stderr.contains("another process has poa.sqlite open"))
        #expect(try workspace.poa("sql", "SELECT count(*) AS n FROM document").stdout == "n\n2\n")
        let names = try FileManager.default.contentsOfDirectory(atPath: workspace.folder.path)
        #expect(!names.contains { $0.hasSuffix(".bak") || $0.hasSuffix(".tmp") }, "\(names)")
    }

    @Test(arguments: ["corrupt", "foreign", "newer", "empty"])
    func restoreRefusesABadSourceAndChangesNothing(kind: String) throws {
        let workspace = try Workspace()
        let path = try ReportCommandTests.ledgerWithDocuments(in: workspace)
        let source = workspace.path("bad.sqlite")
        switch kind {
        case "corrupt":
            #expect(try workspace.poa("backup", "bad.sqlite").status == 0)
            // Overwrite the middle pages: the header still reads, the b-trees do not.
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: source))
            try handle.seek(toOffset: 4096 * 2)
            try handle.write(contentsOf: Data(repeating: 0xA5, count: 4096 * 6))
            try handle.close()
        case "foreign":
            let queue = try DatabaseQueue(path: source)
            try queue.write { db in try db.execute(sql: "CREATE TABLE contacts (name TEXT)") }
            try queue.close()
        case "newer":
            #expect(try workspace.poa("backup", "bad.sqlite").status == 0)
            let queue = try DatabaseQueue(path: source)
            try queue.write { db in
                try db.execute(sql: "INSERT INTO schema_migrations VALUES ('9999_future', 'x', '2030-01-01')")
            }
            try queue.close()
        default:
            try DatabaseQueue(path: source).close()
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let result = try workspace.poa("restore", "bad.sqlite")
        #expect(result.status == 3, "\(kind): \(result.stderr)")
        #expect(result.stderr.contains("bad.sqlite cannot be restored"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        let names = try FileManager.default.contentsOfDirectory(atPath: workspace.folder.path)
        #expect(!names.contains { $0.hasSuffix(".bak") || $0.hasSuffix(".tmp") }, "\(names)")
    }
}

/// What the writer thread and the test share.
final class WriterState: Sendable {
    let stop = Atomic(false)
    let failure = Atomic(false)
    let batches = Atomic(0)
    private let changed = NSCondition()

    /// Wakes ``waitUntilCommitted(_:timeout:)``: the writer committed a batch, or failed.
    func announce() {
        changed.lock()
        changed.broadcast()
        changed.unlock()
    }

    /// Waits until the writer has committed `count` batches, or failed. False when `timeout`
    /// seconds pass first: a deadline so that a stuck writer fails the test, not a pace.
    func waitUntilCommitted(_ count: Int, timeout: Double = 300) -> Bool {
        let deadline = Date(timeIntervalSinceNow: timeout)
        changed.lock()
        defer { changed.unlock() }
        while batches.load(ordering: .relaxed) < count && !failure.load(ordering: .relaxed) {
            guard changed.wait(until: deadline) else { return false }
        }
        return true
    }
}
