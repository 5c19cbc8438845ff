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

    /// Runs raw SQL on a database file, outside the ledger: to set up damaged or foreign files.
    func tamper(_ path: String, _ sql: String) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in try db.execute(sql: sql) }
        try queue.close()
    }
}

extension Day {
    /// A day from ISO text in tests, where the text is a literal known to be valid.
    static func on(_ text: String) -> Day {
        Day.parseISO(text) ?? Day(ordinal: Int.min / 2)
    }
}
