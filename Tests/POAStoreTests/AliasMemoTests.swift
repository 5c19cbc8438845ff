import POACore
import Testing

@testable import POAStore

/// A write transaction remembers its name lookups; the memo must always answer what the
/// database would.
struct AliasMemoTests {
    @Test func anAliasInsertedAfterALookupIsSeenByTheNextOne() throws {
        let ledger = try Ledger.inMemory()
        try ledger.transaction { tx in
            #expect(try tx.reader.personAliases(key: "ada|l").isEmpty)
            let second = try #require(try tx.insert(Person(name: "Ada Lovelace")).id)
            let first = try #require(try tx.insert(Person(name: "Ada King")).id)
            try tx.insert(PersonAlias(personId: second, alias: "Ada Lovelace", key: "ada|l"))
            try tx.insert(PersonAlias(personId: first, alias: "A. Lovelace", key: "ada|l"))
            let remembered = try tx.reader.personAliases(key: "ada|l")
            let stored = try LedgerReader(db: tx.db).personAliases(key: "ada|l")
            #expect(remembered == stored)
            #expect(remembered.map(\.alias) == ["Ada Lovelace", "A. Lovelace"])
        }
    }

    @Test func undoingADocumentForgetsWhatItsLookupsSaw() throws {
        let ledger = try Ledger.inMemory()
        struct Undo: Error {}
        try ledger.transaction { (tx: LedgerTransaction) throws in
            _ = try? tx.atomically {
                let id = try #require(try tx.insert(Issuer(name: "Acme Corp")).id)
                try tx.insert(IssuerAlias(issuerId: id, alias: "Acme Corp", key: "acme"))
                #expect(try tx.reader.issuerAliases(key: "acme").count == 1)
                throw Undo()
            }
            #expect(try tx.reader.issuerAliases(key: "acme").isEmpty)
        }
    }

    @Test func anIssuerUpdatedAfterALookupIsSeenAsUpdated() throws {
        let ledger = try Ledger.inMemory()
        try ledger.transaction { tx in
            var issuer = try tx.insert(Issuer(name: "Acme Corp"))
            let id = try #require(issuer.id)
            #expect(try tx.reader.issuer(id: id)?.cik == nil)
            issuer.cik = "0000320193"
            try tx.update(issuer)
            #expect(try tx.reader.issuer(id: id)?.cik == "0000320193")
            #expect(try LedgerReader(db: tx.db).issuer(id: id) == tx.reader.issuer(id: id))
        }
    }

    @Test func undoingADocumentForgetsTheIssuersItRead() throws {
        let ledger = try Ledger.inMemory()
        struct Undo: Error {}
        try ledger.transaction { (tx: LedgerTransaction) throws in
            let id = try #require(try tx.insert(Issuer(name: "Acme Corp")).id)
            _ = try? tx.atomically {
                var issuer = try #require(try tx.reader.issuer(id: id))
                issuer.cik = "0000320193"
                try tx.update(issuer)
                #expect(try tx.reader.issuer(id: id)?.cik == "0000320193")
                throw Undo()
            }
            #expect(try tx.reader.issuer(id: id)?.cik == nil)
        }
    }

    /// A delegation, recorded in `tx` under a new grantor, that names the grant of
    /// `parentGrantor` signed on `day` and has no parent yet.
    func recordWaitingDelegation(_ tx: LedgerTransaction, parentGrantor: Int64, day: Day) throws -> DelegationParent {
        let delegator = try #require(try tx.insert(Person(name: "Bea Delegator")).id)
        let document = try tx.insertTestDocument(Character(String(delegator % 10)), path: "delegation-\(delegator).txt")
        let delegation = try #require(
            try tx.insert(
                Instrument(
                    documentId: document, position: 0, kind: .delegation, grantorId: delegator, issuerId: nil,
                    executedOn: .on("2021-01-01"), lineStart: 1, lineEnd: 1)
            ).id)
        return try tx.insert(DelegationParent(delegationId: delegation, statedGrantorId: parentGrantor, statedExecutedOn: day))
    }

    /// What the database itself answers, without the memo.
    func stored(_ tx: LedgerTransaction, _ grantor: Int64, _ day: Day) throws -> [DelegationParent] {
        try LedgerReader(db: tx.db).unresolvedDelegations(statedGrantorId: grantor, statedExecutedOn: day)
    }

    @Test func aDelegationWaitingForItsGrantIsFoundWhenWrittenBeforeOrAfterTheFirstLookup() throws {
        let ledger = try Ledger.inMemory()
        let (grantor, committed) = try ledger.transaction { tx in
            let grantor = try #require(try tx.insert(Person(name: "Ann Grantor")).id)
            return (grantor, try recordWaitingDelegation(tx, parentGrantor: grantor, day: .on("2020-01-01")))
        }
        try ledger.transaction { tx in
            let reader = tx.reader
            #expect(try reader.unresolvedDelegations(statedGrantorId: grantor, statedExecutedOn: .on("2020-01-01")) == [committed])
            #expect(try reader.unresolvedDelegations(statedGrantorId: grantor, statedExecutedOn: .on("2020-02-02")).isEmpty)
            let later = try recordWaitingDelegation(tx, parentGrantor: grantor, day: .on("2020-02-02"))
            #expect(try reader.unresolvedDelegations(statedGrantorId: grantor, statedExecutedOn: .on("2020-02-02")) == [later])
            for day in ["2020-01-01", "2020-02-02", "2020-03-03"].map(Day.on) {
                #expect(try reader.unresolvedDelegations(statedGrantorId: grantor, statedExecutedOn: day) == stored(tx, grantor, day))
            }
        }
    }

    @Test func aDelegationWhoseParentIsTakenAwayWaitsAgain() throws {
        let ledger = try Ledger.inMemory()
        try ledger.transaction { tx in
            let grantor = try #require(try tx.insert(Person(name: "Ann Grantor")).id)
            var waiting = try recordWaitingDelegation(tx, parentGrantor: grantor, day: .on("2020-01-01"))
            waiting.parentId = waiting.delegationId
            try tx.update(waiting)
            #expect(try tx.reader.unresolvedDelegations(statedGrantorId: grantor, statedExecutedOn: .on("2020-01-01")).isEmpty)
            waiting.parentId = nil
            try tx.update(waiting)
            #expect(try tx.reader.unresolvedDelegations(statedGrantorId: grantor, statedExecutedOn: .on("2020-01-01")) == [waiting])
        }
    }
}
