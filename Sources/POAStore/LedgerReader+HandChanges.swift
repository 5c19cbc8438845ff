import Foundation
import GRDB
import POACore

/// Reads for the person in the loop: documents named the ways a person names them, hand
/// changes, the log.
extension LedgerReader {
    /// The document a person means by `reference`: its id, a unique prefix of its SHA-256
    /// (at least 6 hexadecimal digits), or its path as imported.
    ///
    /// - Throws: ``StoreError/unknownDocument(_:)`` when nothing matches, or
    ///   ``StoreError/ambiguousDocument(_:candidates:)`` when a prefix or path matches several.
    public func document(matching reference: String) throws(StoreError) -> Document {
        let text = reference.trimmingCharacters(in: .whitespaces)
        if let id = Int64(text), let document = try document(id: id) { return document }
        let lower = text.lowercased()
        if lower.count >= 6, lower.count <= 64, lower.allSatisfy(\.isHexDigit) {
            let found = try fetch { try Document.fetchAll(db, sql: "SELECT * FROM document WHERE sha256 GLOB ? || '*' LIMIT 5", arguments: [lower]) }
            if found.count == 1 { return found[0] }
            if found.count > 1 { throw StoreError.ambiguousDocument(text, candidates: found.map { "#\($0.id ?? 0) \($0.sha256.prefix(12)) \($0.path)" }) }
        }
        let byPath = try fetch { try Document.fetchAll(db, sql: "SELECT * FROM document WHERE path = ? LIMIT 5", arguments: [text]) }
        if byPath.count == 1 { return byPath[0] }
        if byPath.count > 1 { throw StoreError.ambiguousDocument(text, candidates: byPath.map { "#\($0.id ?? 0) \($0.sha256.prefix(12)) \($0.path)" }) }
        throw StoreError.unknownDocument(text)
    }

    /// The hand change (entry or correction) with this id, if any.
    public func handChange(id: Int64) throws(StoreError) -> HandChange? {
        try fetch { try HandChange.fetchOne(db, key: id) }
    }

    /// The hand changes of a document, oldest first (undone ones included).
    public func handChanges(ofDocument id: Int64) throws(StoreError) -> [HandChange] {
        try fetch { try HandChange.filter(Column("document_id") == id).order(Column("id")).fetchAll(db) }
    }

    /// The corrections in force of an instrument, oldest first.
    public func corrections(ofInstrument id: Int64) throws(StoreError) -> [HandChange] {
        try fetch {
            try HandChange.filter(Column("instrument_id") == id && Column("kind") == "correction" && Column("undone_at") == nil)
                .order(Column("id")).fetchAll(db)
        }
    }

    /// Whether an instrument was entered by hand.
    public func isEntered(instrumentId: Int64) throws(StoreError) -> Bool {
        try fetch { try String.fetchOne(db, sql: "SELECT source FROM instrument WHERE id = ?", arguments: [instrumentId]) == "entered" }
    }

    /// The log, newest first; only entries at or after `since` (`YYYY-MM-DD`) when given.
    public func changeLog(since: Day? = nil) throws(StoreError) -> [ChangeLogEntry] {
        try fetch {
            var request = ChangeLogEntry.order(Column("at").desc, Column("id").desc)
            if let since { request = request.filter(Column("at") >= since.description) }
            return try request.fetchAll(db)
        }
    }
}

extension LedgerReader {
    /// What a delegation states of its parent grant, if the instrument is one.
    public func delegationParent(ofInstrument id: Int64) throws(StoreError) -> DelegationParent? {
        try fetch { try DelegationParent.fetchOne(db, sql: "SELECT * FROM delegation_parent WHERE delegation_id = ?", arguments: [id]) }
    }

    /// The delegations that state a grant by `grantorId` as their parent, none of which is on
    /// file: what `poa explain` names when that grantor has no grant on file.
    public func delegationsAwaitingAGrant(by grantorId: Int64) throws(StoreError) -> [DelegationParent] {
        try fetch {
            try DelegationParent.filter(Column("stated_grantor_id") == grantorId && Column("parent_id") == nil)
                .order(Column("delegation_id")).fetchAll(db)
        }
    }

    /// What a revocation revokes, if the instrument is one.
    public func revocation(ofInstrument id: Int64) throws(StoreError) -> Revocation? {
        try fetch { try Revocation.fetchOne(db, sql: "SELECT * FROM revocation WHERE revocation_id = ?", arguments: [id]) }
    }

    /// The lines each fact of an instrument was read from: fact name -> (first, last).
    public func provenance(ofInstrument id: Int64) throws(StoreError) -> [String: (Int, Int)] {
        try fetch {
            var lines: [String: (Int, Int)] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT fact, line_start, line_end FROM instrument_source WHERE instrument_id = ?", arguments: [id]) {
                lines[row[0]] = (row[1], row[2])
            }
            return lines
        }
    }

    /// The instruments first recorded from other documents that this document carries again
    /// (refiled copies), with their positions in it.
    public func copies(inDocument id: Int64) throws(StoreError) -> [(position: Int, instrumentId: Int64)] {
        try fetch {
            try Row.fetchAll(db, sql: "SELECT position, instrument_id FROM instrument_copy WHERE document_id = ? ORDER BY position", arguments: [id])
                .map { (position: $0[0], instrumentId: $0[1]) }
        }
    }

    /// The document's reporting owners and the issuer its header names, as the reader gave them.
    public func reportingOwners(ofDocument id: Int64) throws(StoreError) -> [ReportingOwner] {
        try fetch { try ReportingOwner.fetchAll(db, sql: "SELECT * FROM document_reporting_owner WHERE document_id = ? ORDER BY position", arguments: [id]) }
    }
}

extension LedgerTransaction {
    /// Replaces the lines an instrument's facts were read from.
    public func replaceProvenance(_ provenance: InstrumentProvenance) throws(StoreError) {
        do {
            try db.execute(sql: "DELETE FROM instrument_provenance WHERE instrument_id = ?", arguments: [provenance.instrumentId])
        } catch {
            throw StoreError.write(error, path: "the ledger")
        }
        try insert(provenance)
    }
}

extension LedgerReader {
    /// Every stored document's id, in the order they were imported.
    public func documentIds() throws(StoreError) -> [Int64] {
        try fetch { try Int64.fetchAll(db, sql: "SELECT id FROM document ORDER BY id") }
    }
}

extension LedgerTransaction {
    /// Deletes the record that a document carries, at `position`, a copy of another's instrument.
    public func deleteCopy(inDocument id: Int64, position: Int) throws(StoreError) {
        do {
            try db.execute(sql: "DELETE FROM instrument_copy WHERE document_id = ? AND position = ?", arguments: [id, position])
        } catch {
            throw StoreError.write(error, path: "the ledger")
        }
    }
}

extension LedgerReader {
    /// The hand entry in force that made an instrument, if a person entered it.
    public func entry(ofInstrument id: Int64) throws(StoreError) -> HandChange? {
        try fetch {
            try HandChange.filter(Column("instrument_id") == id && Column("kind") == "entry" && Column("undone_at") == nil)
                .fetchOne(db)
        }
    }
}
