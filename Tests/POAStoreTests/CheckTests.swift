import Foundation
import Testing

@testable import POAStore

struct CheckTests {
    @Test func aHealthyLedgerHasNoProblems() throws {
        let scratch = try Scratch()
        try Ledger.open(at: scratch.path()).close()
        #expect(Ledger.check(at: scratch.path()) == [])
    }

    @Test func aFileThatIsNotADatabaseIsUnreadable() throws {
        let scratch = try Scratch()
        let path = scratch.path()
        try Data(repeating: 0x41, count: 8192).write(to: URL(fileURLWithPath: path))
        let problems = Ledger.check(at: path)
        #expect(problems.first?.kind == .unreadable)
    }

    @Test func aCorruptedPageIsReported() throws {
        let scratch = try Scratch()
        let path = scratch.path()
        let ledger = try Ledger.open(at: path)
        try ledger.transaction { tx in
            for index in 0..<400 {
                try tx.insert(Person(name: "Person Number \(index) With A Long Enough Name To Fill Pages"))
            }
        }
        try ledger.close()
        // Overwrite the middle of the file (past the header page) with garbage.
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(bytes.count > 16_384)
        for offset in 8_192..<(bytes.count - 4_096) { bytes[offset] = UInt8(truncatingIfNeeded: offset &* 7) }
        try bytes.write(to: URL(fileURLWithPath: path))
        try? FileManager.default.removeItem(atPath: path + "-wal")
        try? FileManager.default.removeItem(atPath: path + "-shm")
        #expect(!Ledger.check(at: path).isEmpty)
    }

    @Test func aDanglingReferenceIsAForeignKeyProblem() throws {
        let scratch = try Scratch()
        let path = scratch.path()
        try Ledger.open(at: path).close()
        try scratch.tamper(
            path,
            "PRAGMA foreign_keys = OFF; INSERT INTO person_alias (person_id, alias, key) VALUES (777, 'Nobody', 'nobody')")
        let problems = Ledger.check(at: path)
        #expect(problems.map(\.kind) == [.foreignKey])
        #expect(problems.first?.detail.contains("person_alias") == true)
    }
}
