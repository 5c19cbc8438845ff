import Foundation
import Testing

@testable import POAStore

struct CheckpointTests {
    /// After a checkpoint the database file alone holds every committed page: a plain copy of it
    /// is the whole ledger.
    @Test func aCheckpointLeavesTheWholeLedgerInTheFile() throws {
        let scratch = try Scratch()
        let path = scratch.path()
        let ledger = try Ledger.open(at: path)
        _ = try ledger.transaction { tx in try tx.insert(Person(name: "Ada Lovelace")) }
        #expect(scratch.walBytes(path) > 0)
        try ledger.checkpoint()
        #expect(scratch.walBytes(path) == 0)
        let copy = scratch.path("copy.sqlite")
        try FileManager.default.copyItem(atPath: path, toPath: copy)
        #expect(try Ledger.openForReading(at: copy).snapshot { try $0.all(Person.self) }.map(\.name) == ["Ada Lovelace"])
    }
}
