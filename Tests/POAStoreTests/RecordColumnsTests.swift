import Foundation
import GRDB
import POACore
import Testing

@testable import POAStore

/// Each record's column coding is written at build time from the schema: its columns are its
/// table's, in the table's order, and a NULL reads as nil into an optional property but is an
/// error, naming the column, in a required one.
struct RecordColumnsTests {
    /// Each record's table and columns.
    static let records: [(table: String, columns: [String])] = ([
        Person.self, PersonAlias.self, Issuer.self, IssuerAlias.self, Document.self, DocumentSource.self,
        ReportingOwner.self, Instrument.self, InstrumentCopy.self, InstrumentAttorney.self, InstrumentSource.self,
        InstrumentProvenance.self, DelegationParent.self, Revocation.self, RecordedFact.self, Supersession.self,
        StoredInterval.self, StoredInvalidDelegation.self, Signature.self, SignatureOwner.self, StoredVerdict.self,
    ] as [any ColumnRecord.Type]).map { ($0.databaseTableName, $0.columns) }

    @Test(arguments: records)
    func aRecordsColumnsAreItsTablesInOrder(table: String, columns: [String]) throws {
        let scratch = try Scratch()
        let ledger = try Ledger.open(at: scratch.path())
        let live = try ledger.snapshot { reader in
            try reader.db.columns(in: table).map(\.name)
        }
        #expect(columns == live)
    }

    @Test func theInstrumentTermsSelectInstrumentColumns() throws {
        let scratch = try Scratch()
        let ledger = try Ledger.open(at: scratch.path())
        let live = try ledger.snapshot { try $0.db.columns(in: "instrument").map { "instrument." + $0.name } }
        let selected = InstrumentTerms.selection.components(separatedBy: ", ")
        #expect(selected.count == Int(InstrumentTerms.columnCount))
        #expect(selected.allSatisfy(live.contains))
        #expect(!selected.contains("instrument.end_condition"))
    }

    @Test func aNullReadsAsNilIntoAnOptionalProperty() throws {
        let scratch = try Scratch()
        let ledger = try Ledger.open(at: scratch.path())
        try ledger.transaction { tx in _ = try tx.insert(Person(name: "Wendell Quarry")) }
        try ledger.snapshot { reader in
            let read = try #require(try reader.first(Person.self, "SELECT * FROM person"))
            #expect(read.cik == nil && read.name == "Wendell Quarry" && read.id != nil)
            let fetched = try #require(try Person.fetchOne(reader.db, sql: "SELECT * FROM person"))
            #expect(fetched == read)
        }
    }

    @Test func aNullInARequiredPropertyIsAnErrorNamingTheColumn() throws {
        let scratch = try Scratch()
        let ledger = try Ledger.open(at: scratch.path())
        try ledger.transaction { tx in _ = try tx.insert(Person(name: "Wendell Quarry")) }
        try ledger.snapshot { reader in
            let sql = "SELECT id, NULL AS name, kind, cik FROM person"
            #expect {
                _ = try reader.first(Person.self, sql)
            } throws: { error in
                "\(error)".contains("column name holds no String")
            }
            #expect(throws: (any Error).self) { _ = try Person.fetchOne(reader.db, sql: sql) }
        }
    }
}
