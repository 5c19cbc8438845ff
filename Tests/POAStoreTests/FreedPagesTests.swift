import Foundation
import GRDB
import POACore
import Testing

@testable import POAStore

/// Deleting rows frees their pages without writing them again: the system's SQLite is built to
/// overwrite every freed page with zeros (SECURE_DELETE), which made a full rebuild spend 3-4 s
/// writing zeros into the log at 1,000,000 instruments.
struct FreedPagesTests {
    @Test func deletingLargeRowsWritesFewPages() throws {
        let scratch = try Scratch()
        let path = scratch.path()
        let ledger = try Ledger.open(at: path)
        // 200 documents of 16 KB text: about 800 overflow pages.
        try ledger.transaction { tx in
            for index in 0..<200 {
                try tx.insert(
                    Document(
                        path: "doc-\(index).txt", sha256: String(format: "%064x", index), size: 16_384,
                        mediaType: "text/plain", text: String(repeating: "power of attorney ", count: 910),
                        importedAt: "2026-11-23T00:00:00Z", status: .imported))
            }
        }
        try ledger.checkpoint()
        #expect(scratch.walBytes(path) == 0)
        try ledger.transaction { tx in try tx.db.execute(sql: "DELETE FROM document") }
        // The freelist's trunk pages, the table's root and the index: a few dozen pages, not 800.
        let pagesWritten = scratch.walBytes(path) / (4096 + 24)
        #expect(pagesWritten > 0)
        #expect(pagesWritten < 100)
        #expect(try ledger.snapshot { try $0.all(Document.self) }.isEmpty)
    }
}
