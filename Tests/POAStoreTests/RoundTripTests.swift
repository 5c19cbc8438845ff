import Foundation
import GRDB
import POACore
import Testing

@testable import POAStore

/// Every table: what is written through the ledger reads back equal, and the schema's rules hold.
struct RoundTripTests {
    let scratch: Scratch
    let ledger: Ledger

    init() throws {
        scratch = try Scratch()
        ledger = try Ledger.open(at: scratch.path())
    }

    /// A small but complete graph: a document with a grant, a delegation and a revocation.
    func seedGraph() throws -> (grant: Instrument, delegation: Instrument, revocation: Instrument, fact: RecordedFact) {
        try ledger.transaction { tx in
            let grantor = try tx.insert(Person(name: "David N. Levenson", cik: "1234567"))
            let attorney = try tx.insert(Person(name: "Ricardo A. Anzaldua"))
            _ = try tx.insert(Person(name: "Terence D. Shields"))
            let issuer = try tx.insert(Issuer(name: "The Hartford Financial Services Group, Inc.", cik: "874766"))
            let document = try tx.insert(
                Document(
                    path: "Samples/002.txt", sha256: String(repeating: "a", count: 64), size: 42,
                    mediaType: "text/plain", text: "POWER OF ATTORNEY", importedAt: "2026-11-23T00:00:00Z",
                    status: .imported, accessionNumber: "0001-10-000001", formType: "4", filedOn: .on("2010-07-12"),
                    headerIssuerName: "HARTFORD FINANCIAL SERVICES GROUP INC/DE", headerIssuerCik: "874766"))
            let documentId = try #require(document.id)
            let grant = try tx.insert(
                Instrument(
                    documentId: documentId, position: 0, kind: .grant, grantorId: try #require(grantor.id),
                    issuerId: issuer.id, executedOn: .on("2010-07-07"), delegable: true,
                    supersessionClause: "This authorization shall supersede all prior authorizations",
                    endCondition: "for so long as the undersigned has any obligations under Section 16",
                    lineStart: 4, lineEnd: 48, forms: [.four, .id, Form(rawValue: "13G"), .three, .four]))
            let delegation = try tx.insert(
                Instrument(
                    documentId: documentId, position: 1, kind: .delegation, grantorId: try #require(attorney.id),
                    issuerId: issuer.id, executedOn: .on("2010-07-09"), lineStart: 52, lineEnd: 90))
            let revocation = try tx.insert(
                Instrument(
                    documentId: documentId, position: 2, kind: .revocation, grantorId: try #require(grantor.id),
                    issuerId: issuer.id, executedOn: .on("2011-01-03"), expiresOn: nil, lineStart: 91, lineEnd: 99))
            let fact = try tx.insert(
                RecordedFact(
                    kind: .obligationsEnd, personId: try #require(grantor.id), issuerId: issuer.id,
                    onDay: .on("2012-03-31"), note: "left the company", recordedBy: "tester",
                    recordedAt: "2026-11-23T00:00:00Z"))
            return (grant, delegation, revocation, fact)
        }
    }

    @Test func everyTableRoundTrips() throws {
        let (grant, delegation, revocation, fact) = try seedGraph()
        let grantId = try #require(grant.id), delegationId = try #require(delegation.id)
        let revocationId = try #require(revocation.id)
        let rows = try ledger.transaction { tx in
            let document = try #require(try tx.reader.all(Document.self).first)
            let documentId = try #require(document.id)
            let later = try tx.insert(
                Document(
                    path: "later.txt", sha256: String(repeating: "b", count: 64), size: 1, mediaType: "text/plain",
                    text: "copy", importedAt: "2026-11-23T00:00:00Z", status: .imported))
            let people = try tx.reader.all(Person.self)
            let alias = PersonAlias(personId: try #require(people[0].id), alias: "David Levenson", key: "levenson|d")
            let issuerAlias = IssuerAlias(
                issuerId: try #require(grant.issuerId), alias: "Hartford Financial Services Group Inc/DE",
                key: "hartford financial services group")
            let owner = ReportingOwner(documentId: documentId, position: 0, name: "LEVENSON DAVID N", cik: "1234567")
            let copy = InstrumentCopy(
                instrumentId: grantId, documentId: try #require(later.id), position: 0, lineStart: 1, lineEnd: 1)
            let attorney = InstrumentAttorney(
                instrumentId: grantId, position: 0, personId: people[1].id, nameAsWritten: "Ricardo A.\nAnzaldua",
                lineStart: 4, lineEnd: 5)
            let office = InstrumentAttorney(
                instrumentId: grantId, position: 1, personId: nil, office: "Chief Financial Officer",
                nameAsWritten: "the Chief Financial Officer of the Company", lineStart: 5, lineEnd: 5)
            let source = InstrumentProvenance(
                instrumentId: grantId, sources: [(.forms, 12, 14), (.executedOn, 46, 46), (.grantor, 46, 48)])
            let parent = DelegationParent(
                delegationId: delegationId, statedGrantorId: try #require(people[0].id),
                statedExecutedOn: .on("2010-07-07"), parentId: grantId)
            let revokes = Revocation(
                revocationId: revocationId, targetGrantorId: try #require(people[0].id),
                targetExecutedOn: .on("2010-07-07"), targetAttorneyId: nil, effectiveOn: .on("2011-01-03"))
            let ended = try tx.insert(
                Supersession(
                    endedId: grantId, endedOn: .on("2011-01-03"), byInstrumentId: revocationId, cause: .revocation,
                    clause: "hereby revokes"))
            for row in [alias] { try tx.insert(row) }
            try tx.insert(issuerAlias)
            try tx.insert(owner)
            try tx.insert(copy)
            try tx.insert(attorney)
            try tx.insert(office)
            try tx.insert(source)
            try tx.insert(parent)
            try tx.insert(revokes)
            return (alias, issuerAlias, owner, copy, [attorney, office], grant.forms, source, parent, revokes, ended)
        }
        try ledger.snapshot { reader in
            #expect(try reader.all(PersonAlias.self) == [rows.0])
            #expect(try reader.all(IssuerAlias.self) == [rows.1])
            #expect(try reader.all(ReportingOwner.self) == [rows.2])
            #expect(try reader.all(InstrumentCopy.self) == [rows.3])
            #expect(try reader.all(InstrumentAttorney.self) == rows.4)
            // Forms are kept once each, in the usual order, and listed one row per form by the view.
            #expect(rows.5 == [.id, .three, .four, Form(rawValue: "13G")])
            #expect(try reader.find(Instrument.self, id: grantId)?.forms == rows.5)
            let listed = try String.fetchOne(
                reader.db, sql: "SELECT group_concat(form, ' ') FROM instrument_form WHERE instrument_id = ?", arguments: [grantId])
            #expect(listed == "ID 3 4 13G")
            #expect(try reader.all(InstrumentProvenance.self) == [rows.6])
            // The view lists the same lines one row per fact, in the order the facts are declared.
            #expect(
                try reader.sources(ofInstrument: grantId) == [
                    InstrumentSource(instrumentId: grantId, fact: .grantor, lineStart: 46, lineEnd: 48),
                    InstrumentSource(instrumentId: grantId, fact: .executedOn, lineStart: 46, lineEnd: 46),
                    InstrumentSource(instrumentId: grantId, fact: .forms, lineStart: 12, lineEnd: 14),
                ])
            #expect(try reader.all(DelegationParent.self) == [rows.7])
            #expect(try reader.all(Revocation.self) == [rows.8])
            #expect(try reader.all(Supersession.self) == [rows.9])
            #expect(try reader.find(Instrument.self, id: grantId) == grant)
            #expect(try reader.find(Instrument.self, id: delegationId) == delegation)
            #expect(try reader.find(RecordedFact.self, id: try #require(fact.id)) == fact)
            let people = try reader.all(Person.self)
            #expect(people.map(\.name) == ["David N. Levenson", "Ricardo A. Anzaldua", "Terence D. Shields"])
            #expect(try reader.all(Issuer.self).first?.cik == "874766")
            let document = try #require(try reader.all(Document.self).first)
            #expect(document.filedOn == .on("2010-07-12"))
            #expect(document.status == .imported)
        }
        #expect(Ledger.check(at: scratch.path()) == [])
    }

    @Test func aDocumentIsStoredOncePerSHA256() throws {
        _ = try seedGraph()
        #expect(throws: StoreError.self) {
            try ledger.transaction { tx in
                try tx.insert(
                    Document(
                        path: "again.txt", sha256: String(repeating: "a", count: 64), size: 42, mediaType: "text/plain",
                        text: "same bytes", importedAt: "2026-11-23T00:00:00Z", status: .imported))
            }
        }
    }

    @Test func aFailedTransactionWritesNothing() throws {
        #expect(throws: StoreError.self) {
            try ledger.transaction { tx in
                try tx.insert(Person(name: "Written Then Rolled Back"))
                try tx.insert(Person(name: ""))  // refused by CHECK (length(name) > 0)
            }
        }
        #expect(try ledger.snapshot { try $0.all(Person.self) }.isEmpty)
    }

    @Test func aSavepointUndoesOnlyItsOwnWrites() throws {
        try ledger.transaction { tx in
            try tx.insert(Person(name: "Kept"))
            _ = try? tx.atomically {
                try tx.insert(Person(name: "Undone"))
                try tx.insert(Person(name: "Also Undone", cik: "not a cik"))
            }
        }
        #expect(try ledger.snapshot { try $0.all(Person.self) }.map(\.name) == ["Kept"])
    }

    @Test(arguments: ["2010-02-30", "07/07/2010", "2010-7-7"])
    func theSchemaRefusesDaysThatAreNotISO(_ text: String) throws {
        _ = try seedGraph()
        let scratchPath = scratch.path()
        #expect(throws: (any Error).self) {
            try scratch.tamper(scratchPath, "UPDATE instrument SET executed_on = '\(text)' WHERE id = 1")
        }
    }

    @Test func anAttorneyIsAPersonOrAnOfficeNeverBoth() throws {
        let (grant, _, _, _) = try seedGraph()
        let grantId = try #require(grant.id)
        #expect(throws: StoreError.self) {
            try ledger.transaction { tx in
                try tx.insert(
                    InstrumentAttorney(
                        instrumentId: grantId, position: 5, personId: nil, office: nil, nameAsWritten: "nobody",
                        lineStart: 1, lineEnd: 1))
            }
        }
    }
}
