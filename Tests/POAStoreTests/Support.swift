import Foundation
import GRDB
import POACore

@testable import POAStore

/// A fresh folder for one test's database files, removed when the value is released.
final class Scratch {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("poa-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    func path(_ name: String = "ledger.sqlite") -> String { folder.appendingPathComponent(name).path }

    /// The bytes of the database and its WAL files, to prove that nothing was written.
    func snapshot(_ path: String) -> [Data?] {
        ["", "-wal", "-shm"].map { FileManager.default.contents(atPath: path + $0) }
    }

    /// The size of a database's write-ahead log, 0 when there is none.
    func walBytes(_ path: String) -> Int {
        (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
    }

    /// Runs raw SQL on a database file, outside the ledger: to set up damaged or foreign files.
    func tamper(_ path: String, _ sql: String) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in try db.execute(sql: sql) }
        try queue.close()
    }
}

extension LedgerTransaction {
    /// A plain imported document to hang instruments on; `digit` (a hex digit) makes its SHA-256
    /// distinct from other test documents'.
    func insertTestDocument(_ digit: Character = "e", path: String = "test.txt") throws -> Int64 {
        let document = try insert(
            Document(
                path: path, sha256: String(repeating: digit, count: 64), size: 1, mediaType: "text/plain",
                text: "POWER OF ATTORNEY", importedAt: "2026-11-23T00:00:00Z", status: .imported))
        guard let id = document.id else { throw StoreError.writeFailed(detail: "no id for a test document") }
        return id
    }
}

extension Day {
    /// A day from ISO text in tests, where the text is a literal known to be valid.
    static func on(_ text: String) -> Day {
        Day.parseISO(text) ?? Day(ordinal: Int.min / 2)
    }
}
