import GRDB
import POACore

/// What a person did to the instruments of a document: entered one by hand, or corrected one
/// field of one that was read. Undoing one sets `undoneAt`; nothing is deleted.
///
/// Ids are shared with ``RecordedFact`` (see ``LedgerTransaction/nextFactId()``), so that
/// `poa undo N` names exactly one fact of either kind.
public struct HandChange: Codable, Hashable, Sendable, FetchableRecord, MutablePersistableRecord {
    public enum Kind: String, Codable, Sendable, DatabaseValueConvertible {
        case entry, correction
    }

    public var id: Int64?
    public var kind: Kind
    public var documentId: Int64
    /// The instrument entered or corrected; nil once a re-reading no longer has it.
    public var instrumentId: Int64?
    /// The instrument's position in its document: where a re-reading finds it again.
    public var position: Int
    /// A correction's field (`executed_on`, `attorneys`, ...).
    public var field: String?
    /// A correction: what the reader read ("" when it read nothing).
    public var readValue: String?
    /// A correction: the value in force. An entry: the fields as entered, as JSON.
    public var value: String
    public var lineStart: Int?
    public var lineEnd: Int?
    public var note: String
    public var recordedBy: String
    public var recordedAt: String
    public var undoneAt: String?
    /// What a re-reading read that disagrees with this change, when one did.
    public var conflict: String?

    public init(
        id: Int64? = nil, kind: Kind, documentId: Int64, instrumentId: Int64?, position: Int, field: String? = nil,
        readValue: String? = nil, value: String, lineStart: Int? = nil, lineEnd: Int? = nil, note: String,
        recordedBy: String, recordedAt: String, undoneAt: String? = nil, conflict: String? = nil
    ) {
        self.id = id
        self.kind = kind
        self.documentId = documentId
        self.instrumentId = instrumentId
        self.position = position
        self.field = field
        self.readValue = readValue
        self.value = value
        self.lineStart = lineStart
        self.lineEnd = lineEnd
        self.note = note
        self.recordedBy = recordedBy
        self.recordedAt = recordedAt
        self.undoneAt = undoneAt
        self.conflict = conflict
    }

    public static let databaseTableName = "hand_change"

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    enum CodingKeys: String, CodingKey {
        case id, kind, position, field, value, note, conflict
        case documentId = "document_id", instrumentId = "instrument_id", readValue = "read_value"
        case lineStart = "line_start", lineEnd = "line_end", recordedBy = "recorded_by", recordedAt = "recorded_at"
        case undoneAt = "undone_at"
    }
}

/// One entry of the ledger's log: a change made by a person or a command, who made it, when.
public struct ChangeLogEntry: Codable, Hashable, Sendable, FetchableRecord, MutablePersistableRecord {
    /// What was done.
    public enum Action: String, Codable, Sendable, CaseIterable, DatabaseValueConvertible {
        case `import`, record, correct, undo, fact, reread, restore, rebuild
    }

    public var id: Int64?
    /// `YYYY-MM-DDTHH:MM:SSZ`.
    public var at: String
    public var who: String
    public var action: Action
    /// What it was done to: "document #4", "instrument #12: executed_on", "25 document(s)".
    public var target: String?
    public var note: String?

    public init(id: Int64? = nil, at: String = Timestamp.now(), who: String, action: Action, target: String?, note: String?) {
        self.id = id
        self.at = at
        self.who = who
        self.action = action
        self.target = target
        self.note = note
    }

    public static let databaseTableName = "change_log"

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
