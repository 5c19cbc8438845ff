import GRDB
import POACore

/// The writes of a person in the loop: hand entries and corrections of instruments, and the
/// ledger's log. Few rows, written one at a time: GRDB's records, not the import's bulk path.
extension LedgerTransaction {
    /// The next id for a recorded fact, a hand change or a name decision: above every id of
    /// those tables, so that `poa undo N` names one fact of one kind.
    public func nextFactId() throws(StoreError) -> Int64 {
        try write {
            try Int64.fetchOne(
                db,
                sql: """
                    SELECT max(coalesce((SELECT max(id) FROM recorded_fact), 0),
                               coalesce((SELECT max(id) FROM hand_change), 0),
                               coalesce((SELECT max(id) FROM name_decision), 0)) + 1
                    """) ?? 1
        }
    }

    /// Inserts a hand change with the next shared fact id, and returns it with its id.
    @discardableResult
    public func insert(_ change: HandChange) throws(StoreError) -> HandChange {
        var change = change
        if change.id == nil { change.id = try nextFactId() }
        try write { try change.insert(db) }
        return change
    }

    /// Updates a hand change (undone, moved to another instrument, a conflict noted).
    public func update(_ change: HandChange) throws(StoreError) {
        try write { try change.update(db) }
    }

    /// Appends an entry to the ledger's log.
    @discardableResult
    public func log(_ entry: ChangeLogEntry) throws(StoreError) -> ChangeLogEntry {
        var entry = entry
        try write { try entry.insert(db) }
        return entry
    }

    /// Marks an instrument as entered by a person rather than read.
    public func markEntered(instrumentId: Int64) throws(StoreError) {
        try write { try db.execute(sql: "UPDATE instrument SET source = 'entered' WHERE id = ?", arguments: [instrumentId]) }
    }

    /// Writes every field of an instrument's own row (not its attorneys, parent or target).
    public func rewrite(_ instrument: Instrument) throws(StoreError) {
        guard let id = instrument.id else { throw StoreError.writeFailed(detail: "an instrument without an id cannot be rewritten") }
        try write {
            try db.execute(
                sql: """
                    UPDATE instrument SET kind = ?, grantor_id = ?, issuer_id = ?, executed_on = ?, delegable = ?,
                        supersedes_prior = ?, supersession_clause = ?, end_condition = ?, expires_on = ?,
                        ends_with_attorney_employment = ?, forms = ?
                    WHERE id = ?
                    """,
                arguments: [
                    instrument.kind.rawValue, instrument.grantorId, instrument.issuerId, instrument.executedOn.description,
                    instrument.delegable, instrument.supersedesPrior, instrument.supersessionClause,
                    instrument.endCondition, instrument.expiresOn?.description, instrument.endsWithAttorneyEmployment,
                    Form.storedList(instrument.forms), id,
                ])
        }
    }

    /// Replaces an instrument's attorneys with `attorneys`, in their order.
    public func replaceAttorneys(ofInstrument id: Int64, with attorneys: [InstrumentAttorney]) throws(StoreError) {
        try write { try db.execute(sql: "DELETE FROM instrument_attorney WHERE instrument_id = ?", arguments: [id]) }
        try insert(all: attorneys)
    }

    /// Removes what a delegation states of its parent, or a revocation of its target (before
    /// the instrument changes kind, or the statement is written again).
    public func removeParentAndTarget(ofInstrument id: Int64) throws(StoreError) {
        try write {
            try db.execute(sql: "DELETE FROM delegation_parent WHERE delegation_id = ?", arguments: [id])
            try db.execute(sql: "DELETE FROM revocation WHERE revocation_id = ?", arguments: [id])
        }
        memo.forget()
    }

    /// Deletes an instrument and everything that hangs on it (its attorneys, provenance,
    /// parent, target, endings, intervals); hand changes of it keep their rows, without it.
    public func deleteInstrument(id: Int64) throws(StoreError) {
        try write {
            try db.execute(sql: "UPDATE delegation_parent SET parent_id = NULL WHERE parent_id = ?", arguments: [id])
            try db.execute(sql: "DELETE FROM instrument WHERE id = ?", arguments: [id])
        }
        memo.forget()
    }

    /// Sets a document's status and reason (a needs-review document completed by hand, or read again).
    public func setStatus(ofDocument id: Int64, to status: DocumentStatus, reason: String?) throws(StoreError) {
        try write {
            try db.execute(sql: "UPDATE document SET status = ?, reason = ? WHERE id = ?", arguments: [status.rawValue, reason, id])
        }
    }

    /// Runs one write of this file, translating SQLite's errors.
    private func write<T>(_ body: () throws -> T) throws(StoreError) -> T {
        do {
            return try body()
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.write(error, path: "the ledger")
        }
    }
}
