import Foundation
import POACore
import Testing

@testable import POAStore

/// Rows go in statements of at most `rowsPerStatement`, and a conflict clause still applies row
/// by row, in order, as if each row were inserted alone.
struct ChunkedInsertTests {
    let scratch: Scratch
    let ledger: Ledger
    let instrumentId: Int64

    init() throws {
        scratch = try Scratch()
        ledger = try Ledger.open(at: scratch.path())
        instrumentId = try ledger.transaction { tx in
            let grantor = try #require(try tx.insert(Person(name: "Ann First")).id)
            let document = try tx.insertTestDocument()
            return try #require(
                try tx.insert(
                    Instrument(
                        documentId: document, position: 0, kind: .grant, grantorId: grantor, issuerId: nil,
                        executedOn: .on("2020-01-01"), lineStart: 1, lineEnd: 1)
                ).id)
        }
    }

    /// Attorneys of the one instrument, `name` at each position.
    func attorneys(_ entries: [(position: Int, name: String)]) -> [InstrumentAttorney] {
        entries.map {
            InstrumentAttorney(
                instrumentId: instrumentId, position: $0.position, personId: nil, office: "office", nameAsWritten: $0.name,
                lineStart: 1, lineEnd: 1)
        }
    }

    func storedNames() throws -> [String] {
        try ledger.snapshot { try $0.all(InstrumentAttorney.self) }.sorted { $0.position < $1.position }.map(\.nameAsWritten)
    }

    @Test func moreRowsThanOneStatementHoldAreAllInsertedInOrder() throws {
        let count = 2 * MultiRowInsertTexts.rowsPerStatement + 6
        try ledger.transaction { tx in try tx.insert(all: attorneys((0..<count).map { ($0, "name \($0)") })) }
        #expect(try storedNames() == (0..<count).map { "name \($0)" })
    }

    @Test func ignoringKeepsTheFirstOfCollidingRowsWithinAndAcrossStatements() throws {
        let limit = MultiRowInsertTexts.rowsPerStatement
        // Position 1 collides inside the first statement; position 2 across the boundary.
        let rows = attorneys([(1, "first one"), (1, "second one"), (2, "early")] + (3..<limit).map { ($0, "filler \($0)") } + [(2, "late")])
        try ledger.transaction { tx in try tx.insert(rows, onConflict: .ignore) }
        let names = try storedNames()
        #expect(names.count == limit - 1)
        #expect(names.prefix(2) == ["first one", "early"])
    }

    @Test func replacingKeepsTheLastOfCollidingRows() throws {
        let limit = MultiRowInsertTexts.rowsPerStatement
        let rows = attorneys([(1, "first one"), (1, "second one"), (2, "early")] + (3..<limit).map { ($0, "filler \($0)") } + [(2, "late")])
        try ledger.transaction { tx in try tx.insert(rows, onConflict: .replace) }
        #expect(try storedNames().prefix(2) == ["second one", "late"])
    }

    @Test func aCollisionWithoutAClauseFailsTheWholeInsert() throws {
        #expect(throws: StoreError.self) {
            try ledger.transaction { tx in try tx.insert(all: attorneys([(1, "one"), (1, "again")])) }
        }
        #expect(try storedNames().isEmpty)
    }

    /// `OR FAIL`, not SQLite's default `ABORT`: the statement keeps the rows before the collision
    /// (so SQLite keeps no statement journal to undo them), and the transaction undoes them.
    @Test func aCollisionStopsTheStatementAndLeavesItsEarlierRowsToTheTransaction() throws {
        struct Undo: Error {}
        var seenInside: [String] = []
        let rows = attorneys([(1, "one"), (2, "two"), (1, "again")])
        #expect(throws: Undo.self) {
            try ledger.transaction { tx in
                let failed = Result { () throws(StoreError) in try tx.insert(all: rows) }
                guard case .failure = failed else { return }
                seenInside = try tx.reader.all(InstrumentAttorney.self).map(\.nameAsWritten).sorted()
                throw Undo()
            }
        }
        #expect(seenInside == ["one", "two"])
        #expect(try storedNames().isEmpty)
    }
}
