import POACore
import POAStore

/// A recorded (or undone) fact with what it changed. The fact's own fields read through:
/// `change.id`, `change.kind`, `change.onDay`.
@dynamicMemberLookup
public struct FactChange: Sendable {
    public var fact: RecordedFact
    public var effect: FactEffect

    public init(fact: RecordedFact, effect: FactEffect) {
        self.fact = fact
        self.effect = effect
    }

    public subscript<T>(dynamicMember path: KeyPath<RecordedFact, T>) -> T { fact[keyPath: path] }
}

/// What one fact changed in the histories it touches: the intervals of authority whose end
/// moved (or that appeared or went), and the signature verdicts that turned. Both are read in
/// the fact's own transaction, before and after the recomputation, so an empty effect means
/// the fact changed nothing at all (a revocation dated before every grant, a departure of an
/// attorney whose grants are not tied to employment).
public struct FactEffect: Sendable, Hashable {
    /// One interval of authority that the fact changed.
    public struct IntervalChange: Sendable, Hashable {
        public enum Kind: String, Sendable {
            /// It was open and now has an end.
            case ended
            /// Its end came earlier.
            case shortened
            /// Its end came later, or it is open again (an undo).
            case lengthened
            /// It is there only after the change, or only before it.
            case added, removed
        }

        public var kind: Kind
        public var grantor: String
        public var attorney: String
        public var issuer: String?
        public var from: Day
        public var untilBefore: Day?
        public var untilAfter: Day?
    }

    /// One signature verdict that the fact turned.
    public struct VerdictChange: Sendable, Hashable {
        public var signatureId: Int64
        public var document: String
        public var form: Form
        public var signedOn: Day
        public var signer: String
        /// `verdict (cause)`, before and after.
        public var before: String
        public var after: String
    }

    public var intervals: [IntervalChange] = []
    public var verdicts: [VerdictChange] = []

    /// Whether the fact changed no interval and no verdict.
    public var isEmpty: Bool { intervals.isEmpty && verdicts.isEmpty }

    /// The intervals and verdicts of some grantors at one moment of a transaction.
    struct State {
        struct Key: Hashable {
            var grantorId: Int64
            var attorneyId: Int64
            var via: String
            var from: Day
        }

        var intervals: [Key: StoredInterval] = [:]
        /// `verdict (cause)` by (signature, owner position).
        var verdicts: [[Int64]: String] = [:]

        init(grantors: Set<Int64>, reader: LedgerReader) throws {
            for grantorId in grantors {
                for interval in try reader.intervals(grantorId: grantorId) {
                    intervals[Key(grantorId: grantorId, attorneyId: interval.attorneyId, via: interval.via, from: interval.validFrom)] =
                        interval
                }
                for signatureId in try reader.signatureIds(ownerPersonId: grantorId) {
                    for verdict in try reader.verdicts(ofSignature: signatureId) {
                        verdicts[[signatureId, Int64(verdict.ownerPosition)]] = "\(verdict.verdict) (\(verdict.cause))"
                    }
                }
            }
        }
    }

    init(before: State, after: State, reader: LedgerReader) throws {
        let namer = EntryNamer(reader: reader)
        func change(_ kind: IntervalChange.Kind, _ interval: StoredInterval, before: Day?, after: Day?) throws -> IntervalChange {
            IntervalChange(
                kind: kind, grantor: try namer.person(interval.grantorId), attorney: try namer.person(interval.attorneyId),
                issuer: try namer.issuer(interval.issuerId), from: interval.validFrom, untilBefore: before, untilAfter: after)
        }
        for (key, old) in before.intervals {
            guard let new = after.intervals[key] else {
                intervals.append(try change(.removed, old, before: old.validUntil, after: nil))
                continue
            }
            guard old.validUntil != new.validUntil else { continue }
            let kind: IntervalChange.Kind
            switch (old.validUntil, new.validUntil) {
            case (nil, _): kind = .ended
            case (_, nil): kind = .lengthened
            case (let was?, let now?): kind = now < was ? .shortened : .lengthened
            }
            intervals.append(try change(kind, new, before: old.validUntil, after: new.validUntil))
        }
        for (key, new) in after.intervals where before.intervals[key] == nil {
            intervals.append(try change(.added, new, before: nil, after: new.validUntil))
        }
        intervals.sort { ($0.grantor, $0.from, $0.attorney) < ($1.grantor, $1.from, $1.attorney) }
        for (key, now) in after.verdicts {
            let was = before.verdicts[key] ?? "no verdict"
            guard was != now, let signature = try reader.find(Signature.self, id: key[0]) else { continue }
            let document = try reader.document(id: signature.documentId)?.path ?? "document #\(signature.documentId)"
            verdicts.append(
                VerdictChange(
                    signatureId: key[0], document: document, form: signature.form, signedOn: signature.signedOn,
                    signer: signature.signerName ?? signature.signerAsWritten, before: was, after: now))
        }
        verdicts.sort { ($0.signedOn, $0.signatureId) < ($1.signedOn, $1.signatureId) }
    }
}
