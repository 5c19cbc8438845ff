import Foundation
import GRDB
import POACore

/// A person's decision about a name written in filings: it is the person (`same`, `poa people
/// merge`), or it is not (`poa people split`). The audit consults it before matching a
/// signer's name by spelling. Undoing one sets `undoneAt`; nothing is deleted.
public struct NameDecision: Codable, Hashable, Sendable, FetchableRecord, MutablePersistableRecord {
    public var id: Int64?
    /// The name as written in a filing ("Jane Q. Roe").
    public var spelling: String
    /// Its lookup form: ``NameDecision/fold(_:)``.
    public var folded: String
    public var personId: Int64
    /// True: the name is the person; false: it is not.
    public var same: Bool
    public var note: String
    public var recordedBy: String
    public var recordedAt: String
    public var undoneAt: String?

    public init(
        id: Int64? = nil, spelling: String, personId: Int64, same: Bool, note: String, recordedBy: String,
        recordedAt: String, undoneAt: String? = nil
    ) {
        self.id = id
        self.spelling = spelling
        self.folded = NameDecision.fold(spelling)
        self.personId = personId
        self.same = same
        self.note = note
        self.recordedBy = recordedBy
        self.recordedAt = recordedAt
        self.undoneAt = undoneAt
    }

    /// A name's letters and digits, lowercased: "/s/ Jane Q. Roe" and "JANE Q ROE" fold alike.
    public static func fold(_ name: String) -> String {
        String(name.lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }.map(Character.init))
    }

    public static let databaseTableName = "name_decision"

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    enum CodingKeys: String, CodingKey {
        case id, spelling, folded, same, note
        case personId = "person_id", recordedBy = "recorded_by", recordedAt = "recorded_at", undoneAt = "undone_at"
    }
}

extension LedgerReader {
    /// The decisions in force about a name, newest first.
    public func nameDecisions(about name: String) throws(StoreError) -> [NameDecision] {
        try fetch {
            try NameDecision.filter(Column("folded") == NameDecision.fold(name) && Column("undone_at") == nil)
                .order(Column("id").desc).fetchAll(db)
        }
    }

    /// The decision with this id, if any.
    public func nameDecision(id: Int64) throws(StoreError) -> NameDecision? {
        try fetch { try NameDecision.fetchOne(db, key: id) }
    }

    /// The signatures whose signer's name folds as `name` does.
    public func signatureIds(signerNamed name: String) throws(StoreError) -> [Int64] {
        let folded = NameDecision.fold(name)
        return try fetch {
            try Row.fetchAll(db, sql: "SELECT id, signer_name FROM signature WHERE signer_name IS NOT NULL")
                .filter { NameDecision.fold($0[1] as String) == folded }.map { $0[0] as Int64 }
        }
    }
}

extension LedgerTransaction {
    /// Records a name decision with the next shared fact id.
    @discardableResult
    public func insert(_ decision: NameDecision) throws(StoreError) -> NameDecision {
        var decision = decision
        decision.id = try nextFactId()
        do {
            try decision.insert(db)
        } catch {
            throw StoreError.write(error, path: "the ledger")
        }
        return decision
    }

    public func update(_ decision: NameDecision) throws(StoreError) {
        do {
            try decision.update(db)
        } catch {
            throw StoreError.write(error, path: "the ledger")
        }
    }

    /// Forgets the signer resolved for these signatures, so that the audit matches their names again.
    public func forgetSigners(ofSignatures ids: [Int64]) throws(StoreError) {
        do {
            for id in ids { try db.execute(sql: "UPDATE signature SET signer_person_id = NULL WHERE id = ?", arguments: [id]) }
        } catch {
            throw StoreError.write(error, path: "the ledger")
        }
    }
}
