import POACore
import POAStore

/// Records a person's decision that a name written in filings is, or is not, someone in the
/// ledger (`poa people merge|split`), and keeps the audit true to it: the verdicts of every
/// signature signed under that name are judged again in the same transaction.
///
/// For example:
///
/// ```swift
/// let people = NameDecisions(ledger: ledger, recordedBy: "jroe")
/// try people.decide(name: "Jane Q. Roe", is: "Jane Roe", same: false, note: "another Jane Roe, at Acme")
/// ```
public struct NameDecisions: Sendable {
    let ledger: Ledger
    let recordedBy: String

    public init(ledger: Ledger, recordedBy: String) {
        self.ledger = ledger
        self.recordedBy = recordedBy
    }

    /// What a decision did: the decision, and the signatures judged again.
    public struct Outcome: Sendable {
        public var decision: NameDecision
        public var signatures: Int
    }

    /// Records that `name` is (`same`) or is not the person `person` names.
    ///
    /// - Throws: ``NameDecisionError`` (a blank name or note), `QueryError` (an unknown or
    ///   ambiguous person).
    @discardableResult
    public func decide(name: String, is person: String, same: Bool, note: String) throws -> Outcome {
        let written = name.trimmingWhitespace
        guard !NameDecision.fold(written).isEmpty else { throw NameDecisionError.blankName }
        let reason = note.trimmingWhitespace
        guard !reason.isEmpty else { throw NameDecisionError.noteRequired }
        return try ledger.transaction { tx in
            let found = try NameMatcher(reader: tx.reader).person(person)
            guard let personId = found.id else { throw QueryError.unknownPerson(person) }
            let decision = try tx.insert(
                NameDecision(
                    spelling: written, personId: personId, same: same, note: reason, recordedBy: recordedBy,
                    recordedAt: Timestamp.now()))
            let signatures = try judgeAgain(signedAs: written, in: tx)
            try tx.log(
                ChangeLogEntry(
                    at: decision.recordedAt, who: recordedBy, action: .fact,
                    target: "#\(decision.id ?? 0): \"\(written)\" \(same ? "is" : "is not") \(found.name)", note: reason))
            return Outcome(decision: decision, signatures: signatures)
        }
    }

    /// Undoes a name decision (kept, marked undone) and judges its signatures again.
    public func undo(_ id: Int64) throws -> Outcome {
        try ledger.transaction { tx in
            guard var decision = try tx.reader.nameDecision(id: id) else { throw NameDecisionError.unknown(id) }
            if let at = decision.undoneAt { throw NameDecisionError.alreadyUndone(id, at: at) }
            decision.undoneAt = Timestamp.now()
            try tx.update(decision)
            let signatures = try judgeAgain(signedAs: decision.spelling, in: tx)
            try tx.log(
                ChangeLogEntry(
                    at: decision.undoneAt ?? Timestamp.now(), who: recordedBy, action: .undo,
                    target: "#\(id): \"\(decision.spelling)\" \(decision.same ? "is" : "is not") person #\(decision.personId)",
                    note: nil))
            return Outcome(decision: decision, signatures: signatures)
        }
    }

    /// Whether `id` is a name decision.
    public func isDecision(_ id: Int64) throws -> Bool {
        try ledger.snapshot { try $0.nameDecision(id: id) != nil }
    }

    /// Forgets who signed the signatures made under `name`, and judges them again.
    private func judgeAgain(signedAs name: String, in tx: LedgerTransaction) throws -> Int {
        let ids = try tx.reader.signatureIds(signerNamed: name)
        try tx.forgetSigners(ofSignatures: ids)
        try SignatureAudit.refresh(signatures: ids, in: tx)
        return ids.count
    }
}

/// Why a name decision was refused. Nothing was changed.
public enum NameDecisionError: Error, Equatable, Sendable, CustomStringConvertible {
    case blankName
    case noteRequired
    case unknown(Int64)
    case alreadyUndone(Int64, at: String)

    public var description: String {
        switch self {
        case .blankName: return "give the name as the filings write it (for example \"Jane Q. Roe\")"
        case .noteRequired: return "a note is required: say why with --note \"...\" (it is kept with the decision, in the log)"
        case .unknown(let id): return "there is no name decision #\(id): see them with poa log"
        case .alreadyUndone(let id, let at): return "#\(id) was already undone at \(at)"
        }
    }
}
