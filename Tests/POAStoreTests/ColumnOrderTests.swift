import GRDB
import Testing

@testable import POAStore

/// Records are written and read by column position (`ColumnRecord`): each record's column list
/// must be the table's, in the migration's order, or rows would be read into the wrong fields.
@Suite struct ColumnOrderTests {
    static var records: [any ColumnRecord.Type] { [
        Person.self, PersonAlias.self, Issuer.self, IssuerAlias.self, Document.self, ReportingOwner.self,
        Instrument.self, InstrumentCopy.self, InstrumentAttorney.self, InstrumentSource.self,
        InstrumentProvenance.self,
        DelegationParent.self, Revocation.self, RecordedFact.self, Supersession.self, StoredInterval.self,
        StoredInvalidDelegation.self, Signature.self, SignatureOwner.self, StoredVerdict.self,
    ] }

    @Test(arguments: records.map { ObjectIdentifier($0) })
    func everyRecordListsItsTablesColumnsInOrder(_ record: ObjectIdentifier) throws {
        let type = try #require(Self.records.first { ObjectIdentifier($0) == record })
        let ledger = try Ledger.inMemory()
        let columns = try ledger.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT name FROM pragma_table_info(?) ORDER BY cid", arguments: [type.databaseTableName])
                .map { $0["name"] as String }
        }
        #expect(columns == type.columns, "\(type.databaseTableName)")
    }
}
