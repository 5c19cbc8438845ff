import Foundation
import GRDB
import Testing

@testable import POAStore

/// A transaction that vouches for its references (the import's) skips SQLite's foreign key
/// lookups, and only those: CHECKs still hold, the connection gets its checks back, and
/// `poa check` still finds a reference to nothing.
struct UncheckedForeignKeysTests {
    static let foreignKeysEnforced = DerivationTransactionTests.foreignKeysEnforced

    @Test func foreignKeysAreUncheckedInsideAndCheckedAgainAfterACommitOrAThrow() throws {
        struct Stop: Error {}
        let scratch = try Scratch()
        let ledger = try Ledger.open(at: scratch.path())
        #expect(try ledger.transaction(checkingForeignKeys: false, Self.foreignKeysEnforced) == false)
        #expect(try ledger.transaction(Self.foreignKeysEnforced))
        #expect(throws: Stop.self) {
            try ledger.transaction(checkingForeignKeys: false) { _ in throw Stop() }
        }
        #expect(try ledger.transaction(Self.foreignKeysEnforced))
        #expect(throws: StoreError.self) {
            try ledger.transaction { tx in try tx.insert(PersonAlias(personId: 99, alias: "Nobody", key: "nobody")) }
        }
    }

    /// A session keeps the setting for every transaction it runs, and gives the checks back
    /// when it ends, also when it throws.
    @Test func aSessionKeepsForeignKeysUncheckedForEachOfItsTransactions() throws {
        struct Stop: Error {}
        let scratch = try Scratch()
        let ledger = try Ledger.open(at: scratch.path())
        let enforced = try ledger.session(checkingForeignKeys: false) { session in
            [try session.transaction(Self.foreignKeysEnforced), try session.transaction(Self.foreignKeysEnforced)]
        }
        #expect(enforced == [false, false])
        #expect(try ledger.session { session in try session.transaction(Self.foreignKeysEnforced) })
        #expect(throws: Stop.self) {
            try ledger.session(checkingForeignKeys: false) { session in
                _ = try session.transaction { tx in try tx.insert(Person(name: "Jane Q. Public")) }
                throw Stop()
            }
        }
        #expect(try ledger.transaction(Self.foreignKeysEnforced))
        // The transaction that committed before the throw stays committed.
        #expect(try ledger.snapshot { try $0.all(Person.self) }.map(\.name) == ["Jane Q. Public"])
    }

    @Test func checkConstraintsStillHoldInside() throws {
        let scratch = try Scratch()
        let ledger = try Ledger.open(at: scratch.path())
        #expect(throws: StoreError.self) {
            try ledger.transaction(checkingForeignKeys: false) { tx in
                try PreparedStatement(tx.db, sql: DerivationTransactionTests.brokenDocument).execute()
            }
        }
        #expect(try ledger.snapshot { try $0.all(Document.self) }.isEmpty)
    }

    @Test func aReferenceToNothingWrittenInsideIsFoundByTheCheck() throws {
        let scratch = try Scratch()
        let ledger = try Ledger.open(at: scratch.path())
        _ = try ledger.transaction(checkingForeignKeys: false) { tx in
            try tx.insert(PersonAlias(personId: 99, alias: "Nobody", key: "nobody"))
        }
        let problems = Ledger.check(at: scratch.path())
        #expect(problems.contains { "\($0)".contains("person_alias") }, "\(problems)")
    }
}
