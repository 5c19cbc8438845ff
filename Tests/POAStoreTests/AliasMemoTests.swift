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
}
