import GRDB
import POACore

/// A fact that is not in any filing, recorded by a user: the end of a grantor's Section 16
/// obligations for an issuer, a revocation known from elsewhere, or a person leaving the issuer.
/// Undoing one sets `undoneAt`; nothing is deleted.
public struct RecordedFact: Codable, Hashable, Sendable, FetchableRecord, MutablePersistableRecord {
    public enum Kind: String, Codable, Sendable, DatabaseValueConvertible {
        case obligationsEnd = "obligations-end", revocation, departure
    }

    public var id: Int64?
    public var kind: Kind
    /// The grantor (obligations end, revocation) or the person who left (departure).
    public var personId: Int64
    public var issuerId: Int64?
    /// The day the fact takes effect.
    public var onDay: Day
    /// For a revocation of one grant: that grant's date.
    public var targetExecutedOn: Day?
    /// For a revocation of one attorney's appointment.
    public var targetAttorneyId: Int64?
    public var note: String?
    public var recordedBy: String
    public var recordedAt: String
    public var undoneAt: String?

    public init(
        id: Int64? = nil, kind: Kind, personId: Int64, issuerId: Int64?, onDay: Day, targetExecutedOn: Day? = nil,
        targetAttorneyId: Int64? = nil, note: String? = nil, recordedBy: String, recordedAt: String,
        undoneAt: String? = nil
    ) {
        self.id = id
        self.kind = kind
        self.personId = personId
        self.issuerId = issuerId
        self.onDay = onDay
        self.targetExecutedOn = targetExecutedOn
        self.targetAttorneyId = targetAttorneyId
        self.note = note
        self.recordedBy = recordedBy
        self.recordedAt = recordedAt
        self.undoneAt = undoneAt
    }

    public static let databaseTableName = "recorded_fact"

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    enum CodingKeys: String, CodingKey {
        case id, kind, note
        case personId = "person_id", issuerId = "issuer_id", onDay = "on_day"
        case targetExecutedOn = "target_executed_on", targetAttorneyId = "target_attorney_id"
        case recordedBy = "recorded_by", recordedAt = "recorded_at", undoneAt = "undone_at"
    }
}

/// Which instrument (or recorded fact) ended which instrument, on what day, and why.
public struct Supersession: Codable, Hashable, Sendable, FetchableRecord, MutablePersistableRecord {
    public enum Cause: String, Codable, Sendable, DatabaseValueConvertible {
        case supersession, revocation, obligationsEnd = "obligations-end", expiry
        case parentEnded = "parent-ended", departure
    }

    public var id: Int64?
    public var endedId: Int64
    /// Set when only this attorney's appointment under the instrument ended.
    public var attorneyId: Int64?
    /// The first day the ended instrument is no longer in force.
    public var endedOn: Day
    public var byInstrumentId: Int64?
    public var byFactId: Int64?
    public var cause: Cause
    /// The clause that ended it, quoted.
    public var clause: String?

    public init(
        id: Int64? = nil, endedId: Int64, attorneyId: Int64? = nil, endedOn: Day, byInstrumentId: Int64? = nil,
        byFactId: Int64? = nil, cause: Cause, clause: String? = nil
    ) {
        self.id = id
        self.endedId = endedId
        self.attorneyId = attorneyId
        self.endedOn = endedOn
        self.byInstrumentId = byInstrumentId
        self.byFactId = byFactId
        self.cause = cause
        self.clause = clause
    }

    public static let databaseTableName = "supersession"

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    enum CodingKeys: String, CodingKey {
        case id, cause, clause
        case endedId = "ended_id", attorneyId = "attorney_id", endedOn = "ended_on"
        case byInstrumentId = "by_instrument_id"
        case byFactId = "by_fact_id"
    }
}
