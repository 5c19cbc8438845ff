import GRDB
import POACore

// Domain values are stored as the text they show at every interface: days as `YYYY-MM-DD`,
// forms, kinds and statuses as their raw values.

extension Day: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { description.databaseValue }

    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> Day? {
        String.fromDatabaseValue(dbValue).flatMap(Day.parseISO)
    }
}

extension Form: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { rawValue.databaseValue }

    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> Form? {
        String.fromDatabaseValue(dbValue).map(Form.init(rawValue:))
    }
}

extension InstrumentKind: DatabaseValueConvertible {}
extension DocumentStatus: DatabaseValueConvertible {}

extension Person.Kind: ColumnValue {}
extension RecordedFact.Kind: ColumnValue {}
extension Supersession.Cause: ColumnValue {}
extension InstrumentSource.Fact: ColumnValue {}
extension Signature.SignedAs: ColumnValue {}
extension SignatureOwner.MatchedBy: ColumnValue {}
