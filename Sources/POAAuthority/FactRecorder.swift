import Foundation
import POACore
import POAStore

/// Records facts that are not in any filing, and keeps the intervals true to them.
///
/// Each fact is written, and the histories it touches are recomputed, in one transaction.
/// Facts are never deleted: ``undo(_:)`` marks one undone and recomputes again. Each change
/// returns a ``FactChange``: the fact, and what it changed (``FactEffect``), read in the same
/// transaction before and after the recomputation, so that a fact that changes nothing can be
/// said to have changed nothing.
///
/// For example:
///
/// ```swift
/// let facts = FactRecorder(ledger: ledger, recordedBy: "compliance@example.com")
/// try facts.obligationsEnded(grantor: "Edward J. Kelly, III", issuer: "The Hartford", on: try Day(iso: "2012-03-31"))
/// ```
public struct FactRecorder: Sendable {
    let ledger: Ledger
    let recordedBy: String

    public init(ledger: Ledger, recordedBy: String) {
        self.ledger = ledger
        self.recordedBy = recordedBy
    }

    /// The grantor's Section 16 obligations for the issuer ended on `day`: their grants for it end then.
    @discardableResult
    public func obligationsEnded(grantor: String, issuer: String, on day: Day, note: String? = nil) throws -> FactChange {
        try record { matcher in
            RecordedFact(
                kind: .obligationsEnd, personId: try id(of: matcher.person(grantor)),
                issuerId: try matcher.issuer(issuer).id, onDay: day, note: note, recordedBy: recordedBy,
                recordedAt: Timestamp.now())
        }
    }

    /// A revocation known from elsewhere: all of the grantor's grants (for the issuer, when
    /// given), the one signed on `executedOn`, or only `attorney`'s appointment; effective `day`.
    @discardableResult
    public func revoked(
        grantor: String, issuer: String? = nil, executedOn: Day? = nil, attorney: String? = nil, on day: Day,
        note: String? = nil
    ) throws -> FactChange {
        try record { matcher in
            RecordedFact(
                kind: .revocation, personId: try id(of: matcher.person(grantor)),
                issuerId: try issuer.map { try matcher.issuer($0).id } ?? nil, onDay: day, targetExecutedOn: executedOn,
                targetAttorneyId: try attorney.map { try id(of: matcher.person($0)) }, note: note,
                recordedBy: recordedBy, recordedAt: Timestamp.now())
        }
    }

    /// `person` left the issuer's employ on `day`.
    @discardableResult
    public func departed(person: String, issuer: String, on day: Day, note: String? = nil) throws -> FactChange {
        try record { matcher in
            RecordedFact(
                kind: .departure, personId: try id(of: matcher.person(person)), issuerId: try matcher.issuer(issuer).id,
                onDay: day, note: note, recordedBy: recordedBy, recordedAt: Timestamp.now())
        }
    }

    /// Marks a recorded fact undone and recomputes what it touched.
    @discardableResult
    public func undo(_ factId: Int64) throws -> FactChange {
        try ledger.transaction { tx in
            guard var fact = try tx.reader.find(RecordedFact.self, id: factId) else {
                throw FactError.unknownFact(factId)
            }
            guard fact.undoneAt == nil else { throw FactError.alreadyUndone(factId, at: fact.undoneAt ?? "") }
            fact.undoneAt = Timestamp.now()
            try tx.update(fact)
            let effect = try recompute(after: fact, in: tx)
            try tx.log(
                ChangeLogEntry(
                    at: fact.undoneAt ?? Timestamp.now(), who: recordedBy, action: .undo,
                    target: "fact #\(factId): \(fact.kind.rawValue) on \(fact.onDay)", note: nil))
            return FactChange(fact: fact, effect: effect)
        }
    }

    private func record(_ make: (NameMatcher) throws -> RecordedFact) throws -> FactChange {
        try ledger.transaction { tx in
            var made = try make(NameMatcher(reader: tx.reader))
            made.id = try tx.nextFactId()
            let fact = try tx.insert(made)
            let effect = try recompute(after: fact, in: tx)
            try tx.log(
                ChangeLogEntry(
                    at: fact.recordedAt, who: recordedBy, action: .fact,
                    target: "fact #\(fact.id ?? 0): \(fact.kind.rawValue) on \(fact.onDay)", note: fact.note))
            return FactChange(fact: fact, effect: effect)
        }
    }

    /// Recomputes the histories the fact touches, and says what that changed.
    private func recompute(after fact: RecordedFact, in tx: LedgerTransaction) throws -> FactEffect {
        let people = [fact.personId] + (fact.targetAttorneyId.map { [$0] } ?? [])
        let grantors = try AuthorityEngine.affectedGrantors(
            instruments: [], parents: [], revocations: [], factPeople: people, in: tx.reader)
        let before = try FactEffect.State(grantors: grantors, reader: tx.reader)
        try AuthorityEngine.recompute(grantors: grantors, in: tx)
        let after = try FactEffect.State(grantors: grantors, reader: tx.reader)
        return try FactEffect(before: before, after: after, reader: tx.reader)
    }

    private func id(of person: Person) throws -> Int64 {
        guard let id = person.id else { throw FactError.unknownFact(0) }
        return id
    }
}

/// Why a recorded fact could not be changed.
public enum FactError: Error, Equatable, Sendable, CustomStringConvertible {
    case unknownFact(Int64)
    case alreadyUndone(Int64, at: String)

    public var description: String {
        switch self {
        case .unknownFact(let id):
            return "there is no recorded fact, hand entry or correction #\(id): see them with poa log"
        case .alreadyUndone(let id, let at):
            return "fact #\(id) was already undone at \(at)"
        }
    }
}
