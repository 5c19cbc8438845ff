import GRDB
import POACore

/// One signed act inside a document: a grant, a delegation or a revocation.
public struct Instrument: Codable, Hashable, Sendable, FetchableRecord, MutablePersistableRecord {
    public var id: Int64?
    public var documentId: Int64
    /// Order inside the document, from 0: breaks same-day ties between instruments.
    public var position: Int
    public var kind: InstrumentKind
    /// The undersigned; for a delegation the delegator; for a revocation who revokes.
    public var grantorId: Int64
    /// Nil when the document names only "the Company" and no header says which.
    public var issuerId: Int64?
    public var executedOn: Day
    public var delegable: Bool
    public var supersedesPrior: Bool
    /// The supersession clause, quoted; present exactly when `supersedesPrior`.
    public var supersessionClause: String?
    /// The end condition as quoted.
    public var endCondition: String?
    /// The last day in force, when the instrument states an expiry.
    public var expiresOn: Day?
    /// Whether each attorney's authority ends when that attorney leaves the issuer's employ.
    public var endsWithAttorneyEmployment: Bool
    public var lineStart: Int
    public var lineEnd: Int
    /// The forms it covers, in `Form` order, each once; empty when it names none.
    public var forms: [Form]
    /// Whether the reader read it from its document, or a person entered it by hand.
    public var origin: Origin = .read

    /// Where an instrument's facts come from (the column `source`).
    public enum Origin: String, Codable, Sendable {
        case read, entered
    }

    public init(
        id: Int64? = nil, documentId: Int64, position: Int, kind: InstrumentKind, grantorId: Int64,
        issuerId: Int64?, executedOn: Day, delegable: Bool = false, supersessionClause: String? = nil,
        endCondition: String? = nil, expiresOn: Day? = nil, endsWithAttorneyEmployment: Bool = false,
        lineStart: Int, lineEnd: Int, forms: [Form] = []
    ) {
        self.id = id
        self.documentId = documentId
        self.position = position
        self.kind = kind
        self.grantorId = grantorId
        self.issuerId = issuerId
        self.executedOn = executedOn
        self.delegable = delegable
        self.supersedesPrior = supersessionClause != nil
        self.supersessionClause = supersessionClause
        self.endCondition = endCondition
        self.expiresOn = expiresOn
        self.endsWithAttorneyEmployment = endsWithAttorneyEmployment
        self.lineStart = lineStart
        self.lineEnd = lineEnd
        self.forms = Form.canonical(forms)
    }

    public static let databaseTableName = "instrument"

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    enum CodingKeys: String, CodingKey {
        case id, position, kind, delegable
        case documentId = "document_id", grantorId = "grantor_id", issuerId = "issuer_id"
        case executedOn = "executed_on", supersedesPrior = "supersedes_prior"
        case supersessionClause = "supersession_clause", endCondition = "end_condition"
        case expiresOn = "expires_on", endsWithAttorneyEmployment = "ends_with_attorney_employment"
        case lineStart = "line_start", lineEnd = "line_end", forms
    }
}

/// A later document carrying an instrument already recorded: a POA refiled with a later filing.
public struct InstrumentCopy: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
    public var instrumentId: Int64
    public var documentId: Int64
    public var position: Int
    public var lineStart: Int
    public var lineEnd: Int

    public init(instrumentId: Int64, documentId: Int64, position: Int, lineStart: Int, lineEnd: Int) {
        self.instrumentId = instrumentId
        self.documentId = documentId
        self.position = position
        self.lineStart = lineStart
        self.lineEnd = lineEnd
    }

    public static let databaseTableName = "instrument_copy"

    enum CodingKeys: String, CodingKey {
        case instrumentId = "instrument_id", documentId = "document_id", position
        case lineStart = "line_start", lineEnd = "line_end"
    }
}

/// An attorney-in-fact appointed by an instrument, in order: a person, or an office when the
/// document names no person ("the Chief Financial Officer of the Company").
public struct InstrumentAttorney: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
    public var instrumentId: Int64
    public var position: Int
    public var personId: Int64?
    public var office: String?
    public var nameAsWritten: String
    public var lineStart: Int
    public var lineEnd: Int

    public init(
        instrumentId: Int64, position: Int, personId: Int64?, office: String? = nil, nameAsWritten: String,
        lineStart: Int, lineEnd: Int
    ) {
        self.instrumentId = instrumentId
        self.position = position
        self.personId = personId
        self.office = office
        self.nameAsWritten = nameAsWritten
        self.lineStart = lineStart
        self.lineEnd = lineEnd
    }

    public static let databaseTableName = "instrument_attorney"

    enum CodingKeys: String, CodingKey {
        case instrumentId = "instrument_id", position, personId = "person_id", office
        case nameAsWritten = "name_as_written", lineStart = "line_start", lineEnd = "line_end"
    }
}

/// Provenance: the lines of the document a fact of an instrument was read from. A row of the
/// `instrument_source` view, read only: instruments' lines are written as one
/// ``InstrumentProvenance`` each.
public struct InstrumentSource: Codable, Hashable, Sendable, FetchableRecord {
    /// The facts whose source lines are kept.
    public enum Fact: String, Codable, Sendable, CaseIterable, DatabaseValueConvertible {
        case grantor, issuer, executedOn = "executed_on", attorneys, forms, delegable, supersession
        case endCondition = "end_condition", expiresOn = "expires_on", parent, revokes
        case effectiveOn = "effective_on"
    }

    public var instrumentId: Int64
    public var fact: Fact
    public var lineStart: Int
    public var lineEnd: Int

    public init(instrumentId: Int64, fact: Fact, lineStart: Int, lineEnd: Int) {
        self.instrumentId = instrumentId
        self.fact = fact
        self.lineStart = lineStart
        self.lineEnd = lineEnd
    }

    public static let databaseTableName = "instrument_source"

    enum CodingKeys: String, CodingKey {
        case instrumentId = "instrument_id", fact, lineStart = "line_start", lineEnd = "line_end"
    }
}
