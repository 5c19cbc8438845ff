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

extension Form {
    /// Forms as the ledger stores a set of them (an instrument's, an interval's): canonical names,
    /// comma-separated, '' for none. `forms` are in `Form` order, each once (as ``Instrument``
    /// and the rules of authority keep them).
    public static func storedList(_ forms: [Form]) -> String {
        forms.map(\.rawValue).joined(separator: ",")
    }

    /// The forms of a list written by ``storedList(_:)``.
    public static func parseStoredList(_ text: String) -> [Form] {
        if let standard = standardLists[text] { return standard }
        return text.split(separator: ",").map { Form(rawValue: String($0)) }
    }

    /// Every list of Section 16 forms in the usual order, by its stored text. Nearly every
    /// instrument holds one of these 31, and a full rebuild reads a million instruments: one
    /// lookup, and the list is shared, where splitting the text built a new array each time.
    private static let standardLists: [String: [Form]] = {
        var lists: [String: [Form]] = [:]
        for subset in 1..<(1 << section16.count) {
            let forms = section16.indices.filter { subset & (1 << $0) != 0 }.map { section16[$0] }
            lists[storedList(forms)] = forms
        }
        return lists
    }()
}

extension InstrumentKind: DatabaseValueConvertible {}
extension DocumentStatus: DatabaseValueConvertible {}

extension Person.Kind: ColumnValue {}
extension Instrument.Origin: ColumnValue {}
extension RecordedFact.Kind: ColumnValue {}
extension Supersession.Cause: ColumnValue {}
extension InstrumentSource.Fact: ColumnValue {}
extension Signature.SignedAs: ColumnValue {}
extension SignatureOwner.MatchedBy: ColumnValue {}

/// How a column of forms (`instrument.forms`) is coded: the text of ``Form/storedList(_:)``.
enum StoredFormList {
    static func encode(_ forms: [Form]) -> String { Form.storedList(forms) }
    static func decode(_ text: String) -> [Form] { Form.parseStoredList(text) }
}
