import Foundation
import GRDB
import POAStore
import Testing

@testable import POAReports

/// A migrated ledger file in a fresh folder, with a few documents, closed (no -wal left).
final class LedgerFile {
    let folder: URL
    let path: String

    init(documents: [(path: String, status: String, reason: String?)] = LedgerFile.sampleDocuments) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("poa-reports-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        path = folder.appendingPathComponent("poa.sqlite").path
        try Ledger.open(at: path).close()
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            for (index, document) in documents.enumerated() {
                try db.execute(
                    sql: """
                        INSERT INTO document (path, sha256, size, media_type, text, imported_at, status, reason)
                        VALUES (?, ?, 10, 'text/plain', 'text', '2026-01-0\(index % 9 + 1)T00:00:00Z', ?, ?)
                        """,
                    arguments: [document.path, String(repeating: String(index % 10), count: 64), document.status,
                        document.reason])
            }
        }
        try queue.close()
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    static let sampleDocuments: [(path: String, status: String, reason: String?)] = [
        ("a.txt", "imported", nil),
        ("b.txt", "needs-review", "no execution date"),
        ("c.htm", "not-poa", "a Form 4 without a power of attorney"),
        ("d.txt", "needs-review", "two grantors, \"ambiguous\""),
    ]

    /// The bytes of the database file and of its -wal (nil when absent).
    func snapshot() -> [Data?] {
        [path, path + "-wal"].map { FileManager.default.contents(atPath: $0) }
    }

    /// Runs `sql` and renders all of it as `format`.
    func render(_ sql: String, as format: QueryFormat, parameters: QueryParameters = QueryParameters()) throws -> String {
        let sink = StringSink()
        try ResultWriter.write(QueryRunner(path: path).query(sql, parameters: parameters), as: format, to: sink)
        return sink.text
    }
}

/// The error `body` throws, as a `ReportsError`.
func reportsError(_ body: () throws -> Void) -> ReportsError? {
    do {
        try body()
        return nil
    } catch {
        return error as? ReportsError
    }
}
