import Foundation
import POACore
import Testing

@testable import POAStore

/// Inserts bind their text into a fixed arena, and fall back to copies when it is full: what is
/// written reads back the same either way.
struct BindingArenaTests {
    @Test func anArenaHandsOutRoomUntilItIsFullAndAgainAfterAReset() {
        let arena = BindingArena(capacity: 16)
        #expect(arena.take(10) != nil)
        #expect(arena.take(7) == nil, "6 bytes are left")
        #expect(arena.take(6) != nil)
        arena.reset()
        #expect(arena.take(16) != nil)
    }

    @Test func textLongerThanTheArenaAndRowsThatOverflowItReadBackUnchanged() throws {
        let scratch = try Scratch()
        let ledger = try Ledger.open(at: scratch.path())
        // Far more than the arena's 64 KiB in one value, then in one multi-row statement.
        let longText = String(repeating: "POWER OF ATTORNEY. ", count: 10_000)
        let names = (0..<400).map { "Attorney \($0) " + String(repeating: "\(UnicodeScalar(65 + $0 % 26)!)", count: 300) }
        let (documentId, instrumentId) = try ledger.transaction { tx in
            let grantor = try tx.insert(Person(name: "Jane Q. Grantor"))
            let document = try tx.insert(
                Document(
                    path: "long.txt", sha256: String(repeating: "b", count: 64), size: Int64(longText.utf8.count),
                    mediaType: "text/plain", text: longText, importedAt: "2026-11-23T00:00:00Z", status: .imported))
            let instrument = try tx.insert(
                Instrument(
                    documentId: try #require(document.id), position: 0, kind: .grant, grantorId: try #require(grantor.id),
                    issuerId: nil, executedOn: .on("2010-07-07"), lineStart: 1, lineEnd: 1))
            let id = try #require(instrument.id)
            try tx.insert(
                all: names.enumerated().map { position, name in
                    InstrumentAttorney(
                        instrumentId: id, position: position, personId: nil, office: name, nameAsWritten: name,
                        lineStart: 1, lineEnd: 1)
                })
            return (try #require(document.id), id)
        }
        let (document, attorneys) = try ledger.snapshot { reader in
            (try reader.find(Document.self, id: documentId), try reader.attorneys(ofInstrument: instrumentId))
        }
        #expect(document?.text == longText)
        #expect(attorneys.map(\.nameAsWritten) == names)
        #expect(attorneys.map(\.office) == names)
    }

    @Test func aFailedInsertLeavesNothingBoundForTheNextOne() throws {
        let scratch = try Scratch()
        let ledger = try Ledger.open(at: scratch.path())
        let stored = try ledger.transaction { tx in
            let first = try tx.insert(Person(name: "Ada Lovelace"))
            // The same id again: refused by the primary key, after its text was bound.
            #expect(throws: StoreError.self) { try tx.insert(Person(id: first.id, name: "Charles Babbage")) }
            return try tx.insert(Person(name: "Grace Hopper", kind: .person))
        }
        let people = try ledger.snapshot { try $0.all(Person.self) }
        #expect(people.map(\.name) == ["Ada Lovelace", "Grace Hopper"])
        #expect(people.last?.id == stored.id)
    }
}
