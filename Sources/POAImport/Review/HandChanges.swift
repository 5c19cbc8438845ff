import Foundation
import POAAuthority
import POACore
import POAReading
import POAStore

/// What a person does to the register: enters an instrument the reader could not read,
/// corrects a field the reader misread, undoes either. Each is a fact with provenance (who,
/// when, why, the lines it rests on), written with the authority it changes and a line of the
/// log, in one transaction: all of it, or nothing.
///
/// For example:
///
/// ```swift
/// let hands = HandChanges(ledger: ledger, who: "jroe")
/// let fixed = try hands.correct(instrumentId: 12, settings: [(.executedOn, "2009-05-01")],
///                               note: "the date is typed 2090 in the filing")
/// ```
public struct HandChanges: Sendable {
    let ledger: Ledger
    let who: String

    public init(ledger: Ledger, who: String) {
        self.ledger = ledger
        self.who = who
    }

    /// What an entry made.
    public struct Entered: Sendable {
        public var instrumentId: Int64
        public var changeId: Int64
        public var documentId: Int64
        public var position: Int
    }

    /// Enters `instrument` by hand for the stored document `reference` (its id, a SHA-256
    /// prefix, or its path): it is recorded as if read, marked entered, and the document
    /// counts as imported.
    ///
    /// - Throws: ``HandChangeError`` (a blank note, a missing fact, an unknown grantor where
    ///   one is required, the same instrument recorded already), `StoreError` (an unknown
    ///   document), `QueryError`.
    public func record(_ instrument: ExtractedInstrument, document reference: String, note: String, lines: SourceSpan?)
        throws -> Entered
    {
        let note = try required(note)
        return try ledger.transaction { tx in
            let document = try tx.reader.document(matching: reference)
            guard let documentId = document.id else { throw StoreError.unknownDocument(reference) }
            var instrument = instrument
            // The facts entered rest on the lines given, else on the whole document.
            instrument.span = lines ?? SourceSpan(firstLine: 1, lastLine: max(1, document.text.split(separator: "\n", omittingEmptySubsequences: false).count))
            instrument.respan(to: instrument.span)
            let missing = instrument.missingFacts
            guard missing.isEmpty else { throw HandChangeError.incomplete(kind: instrument.kind.rawValue, missing: missing) }
            try requireKnownNames(of: instrument, in: tx.reader)
            let position = try nextPosition(inDocument: documentId, tx: tx)
            let recorder = InstrumentRecorder(tx: tx)
            let change = try recorder.record(instrument, position: position, documentId: documentId, header: header(of: document, tx.reader))
            guard let stored = change.instrument, let id = stored.id else {
                let original = try tx.reader.copies(inDocument: documentId).first { $0.position == position }?.instrumentId ?? 0
                throw HandChangeError.alreadyRecorded(instrumentId: original)
            }
            try tx.markEntered(instrumentId: id)
            let entry = try tx.insert(
                HandChange(
                    kind: .entry, documentId: documentId, instrumentId: id, position: position,
                    value: Self.json(instrument.fieldTexts), lineStart: lines?.firstLine, lineEnd: lines?.lastLine,
                    note: note, recordedBy: who, recordedAt: Timestamp.now()))
            if document.status != .imported { try tx.setStatus(ofDocument: documentId, to: .imported, reason: nil) }
            try recompute(after: [change], people: [], tx: tx)
            try tx.log(
                ChangeLogEntry(
                    at: entry.recordedAt, who: who, action: .record,
                    target: "instrument #\(id) (\(instrument.kind.rawValue) by \(instrument.text(of: .grantor))) in document #\(documentId)",
                    note: note))
            return Entered(instrumentId: id, changeId: entry.id ?? 0, documentId: documentId, position: position)
        }
    }

    /// Corrects fields of a stored instrument. The reader's reading of each field is kept
    /// beside the correction, which wins everywhere from now on.
    ///
    /// - Returns: one correction per field whose value changed.
    /// - Throws: ``HandChangeError`` (a blank note, an unknown instrument or field, a value
    ///   that is not one, nothing changed, a fact left missing).
    public func correct(instrumentId: Int64, settings: [(InstrumentField, String)], note: String) throws -> [HandChange] {
        let note = try required(note)
        return try ledger.transaction { tx in
            guard let stored = try tx.reader.instrument(id: instrumentId) else { throw HandChangeError.unknownInstrument(instrumentId) }
            let before = try ExtractedInstrument(stored: stored, reader: tx.reader)
            var after = before
            // The kind first: the other fields are checked against the kind they end with.
            for (field, text) in settings.sorted(by: { ($0.0 == .kind ? 0 : 1) < ($1.0 == .kind ? 0 : 1) }) {
                try after.set(field, to: text)
            }
            after.fitToKind()
            for (field, _) in settings where !InstrumentField.fields(of: after.kind).contains(field) {
                throw HandChangeError.fieldNotOfKind(field: field.rawValue, kind: after.kind.rawValue)
            }
            let missing = after.missingFacts
            guard missing.isEmpty else { throw HandChangeError.incomplete(kind: after.kind.rawValue, missing: missing) }
            let changed = Self.unique(settings.map(\.0)).filter { before.text(of: $0) != after.text(of: $0) }
            guard !changed.isEmpty else {
                throw HandChangeError.badValue(
                    field: settings.map(\.0.rawValue).joined(separator: ", "),
                    value: settings.map(\.1).joined(separator: ", "), expected: "a value other than the one it has already")
            }
            if changed.contains(.parentGrantor) || changed.contains(.kind) { try requireKnownNames(of: after, in: tx.reader) }
            let earlier = try tx.reader.corrections(ofInstrument: instrumentId)
            let people = try involvedPeople(of: instrumentId, tx.reader)
            let document = try tx.reader.document(id: stored.documentId)
            let change = try InstrumentRecorder(tx: tx).rewrite(after, over: stored, header: header(of: document, tx.reader))
            let at = Timestamp.now()
            var corrections: [HandChange] = []
            for field in changed {
                // The reader's reading, kept from the first correction of the field.
                let read = earlier.first { $0.field == field.rawValue }?.readValue ?? before.text(of: field)
                corrections.append(
                    try tx.insert(
                        HandChange(
                            kind: .correction, documentId: stored.documentId, instrumentId: instrumentId,
                            position: stored.position, field: field.rawValue, readValue: read, value: after.text(of: field),
                            note: note, recordedBy: who, recordedAt: at)))
            }
            try recompute(after: [change], people: people + [stored.grantorId], tx: tx)
            try tx.log(
                ChangeLogEntry(
                    at: at, who: who, action: .correct,
                    target: "instrument #\(instrumentId): "
                        + changed.map { "\($0.rawValue)=\(after.text(of: $0))" }.joined(separator: ", ")
                        + " (#" + corrections.compactMap { $0.id.map(String.init) }.joined(separator: ", #") + ")",
                    note: note))
            return corrections
        }
    }

    /// Whether `id` is a hand entry or a correction (rather than a recorded fact).
    public func isHandChange(_ id: Int64) throws -> Bool {
        try ledger.snapshot { try $0.handChange(id: id) != nil }
    }

    /// Undoes a hand entry (its instrument leaves the ledger) or a correction (the field goes
    /// back to the value before it: an earlier correction's, or the reader's). The change
    /// stays, marked undone.
    public func undo(_ id: Int64) throws -> HandChange {
        try ledger.transaction { tx in
            guard var change = try tx.reader.handChange(id: id) else { throw HandChangeError.unknownChange(id) }
            if let at = change.undoneAt { throw HandChangeError.alreadyUndone(id, at: at) }
            change.undoneAt = Timestamp.now()
            var target = "#\(id)"
            if let instrumentId = change.instrumentId, let stored = try tx.reader.instrument(id: instrumentId) {
                let people = try involvedPeople(of: instrumentId, tx.reader) + [stored.grantorId]
                switch change.kind {
                case .entry:
                    try tx.deleteInstrument(id: instrumentId)
                    change.instrumentId = nil
                    try recompute(after: [InstrumentRecorder.Change(instrument: stored)], people: people, tx: tx)
                    target = "entry #\(id): instrument #\(instrumentId)"
                    // A document left without any instrument read or entered is back where it was.
                    if try tx.reader.instruments(ofDocument: change.documentId).isEmpty,
                        try tx.reader.copies(inDocument: change.documentId).isEmpty
                    {
                        try tx.setStatus(ofDocument: change.documentId, to: .needsReview, reason: "its hand entry #\(id) was undone")
                    }
                case .correction:
                    guard let name = change.field, let field = InstrumentField(rawValue: name) else { throw HandChangeError.unknownField(change.field ?? "") }
                    let others = try tx.reader.corrections(ofInstrument: instrumentId).filter { $0.id != id && $0.field == name }
                    let restored = others.last?.value ?? change.readValue ?? ""
                    var reading = try ExtractedInstrument(stored: stored, reader: tx.reader)
                    try reading.set(field, to: restored)
                    reading.fitToKind()
                    let document = try tx.reader.document(id: stored.documentId)
                    let rewritten = try InstrumentRecorder(tx: tx).rewrite(reading, over: stored, header: header(of: document, tx.reader))
                    try recompute(after: [rewritten], people: people, tx: tx)
                    target = "correction #\(id): instrument #\(instrumentId) \(name) back to \(restored.isEmpty ? "none" : restored)"
                }
            }
            try tx.update(change)
            try tx.log(ChangeLogEntry(at: change.undoneAt ?? Timestamp.now(), who: who, action: .undo, target: target, note: nil))
            return change
        }
    }

    // MARK: - Shared steps

    private func required(_ note: String) throws -> String {
        let trimmed = note.trimmingWhitespace
        guard !trimmed.isEmpty else { throw HandChangeError.noteRequired }
        return trimmed
    }

    /// A revocation's grantor and a delegation's parent grantor must be known: a hand entry
    /// revokes or acts under authority the ledger has.
    private func requireKnownNames(of instrument: ExtractedInstrument, in reader: LedgerReader) throws {
        var names: [String] = []
        if instrument.kind == .revocation, let target = instrument.revokes { names.append(target.grantor) }
        if instrument.kind == .delegation, let parent = instrument.parent { names.append(parent.grantor) }
        for name in names {
            do {
                _ = try KnownPerson.named(name, in: reader)
            } catch let error as QueryError {
                if case .ambiguousPerson = error { throw error }
                throw HandChangeError.unknownGrantor(name, detail: "no person of that name")
            }
        }
    }

    private func nextPosition(inDocument id: Int64, tx: LedgerTransaction) throws -> Int {
        let positions = try tx.reader.instruments(ofDocument: id).map(\.position) + tx.reader.copies(inDocument: id).map(\.position)
        return (positions.max() ?? -1) + 1
    }

    /// The people whose histories the instrument's parent or target involves now.
    private func involvedPeople(of instrumentId: Int64, _ reader: LedgerReader) throws -> [Int64] {
        var people: [Int64] = []
        if let parent = try reader.delegationParent(ofInstrument: instrumentId) { people.append(parent.statedGrantorId) }
        if let target = try reader.revocation(ofInstrument: instrumentId) { people.append(target.targetGrantorId) }
        if let stored = try reader.instrument(id: instrumentId) { people.append(stored.grantorId) }
        return people
    }

    private func recompute(after changes: [InstrumentRecorder.Change], people: [Int64], tx: LedgerTransaction) throws {
        let grantors = try AuthorityEngine.affectedGrantors(
            instruments: changes.compactMap(\.instrument), parents: changes.compactMap(\.parent),
            revocations: changes.compactMap(\.revocation), factPeople: people, in: tx.reader)
        try AuthorityEngine.recompute(grantors: grantors, in: tx)
    }

    private static func unique(_ fields: [InstrumentField]) -> [InstrumentField] {
        var seen = Set<InstrumentField>()
        return fields.filter { seen.insert($0).inserted }
    }

    /// The fields as entered, as a JSON object.
    static func json(_ fields: [(field: InstrumentField, text: String)]) -> String {
        let object = Dictionary(fields.map { ($0.field.rawValue, $0.text) }, uniquingKeysWith: { first, _ in first })
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}

/// The submission header of a stored document, as far as the ledger keeps it: its issuer
/// resolves an instrument that names only "the Company".
func header(of document: Document?, _ reader: LedgerReader) throws -> FilingHeader? {
    guard let document else { return nil }
    let owners = try document.id.map { try reader.reportingOwners(ofDocument: $0) } ?? []
    guard document.headerIssuerName != nil || document.accessionNumber != nil || !owners.isEmpty else { return nil }
    return FilingHeader(
        accessionNumber: document.accessionNumber, formType: document.formType, filedOn: document.filedOn,
        issuer: document.headerIssuerName.map { FilingHeader.Party(name: $0, cik: document.headerIssuerCik) },
        reportingOwners: owners.map { FilingHeader.Party(name: $0.name, cik: $0.cik) })
}

extension ExtractedInstrument {
    /// Gives every fact the lines `span` (an entry that names no lines rests on the whole document).
    mutating func respan(to span: SourceSpan) {
        if let value = grantor?.value { grantor = Located(value, at: span) }
        if let value = issuer?.value { issuer = Located(value, at: span) }
        if let value = executedOn?.value { executedOn = Located(value, at: span) }
        attorneys = attorneys.map { ExtractedAttorney(name: $0.name, isOffice: $0.isOffice, span: span) }
        if let value = forms?.value { forms = Located(value, at: span) }
        delegable = Located(delegable.value, at: span)
        if let value = supersession?.value { supersession = Located(value, at: span) }
        if let value = expiresOn?.value { expiresOn = Located(value, at: span) }
        if let value = effectiveOn?.value { effectiveOn = Located(value, at: span) }
        parent?.span = span
        revokes?.span = span
    }

    /// Drops the facts its kind does not have, and gives a revocation what it needs by default
    /// (all of the grantor's grants, effective the day it was signed).
    mutating func fitToKind() {
        if kind != .delegation { parent = nil }
        if kind == .revocation {
            if revokes == nil, let grantor {
                revokes = RevocationTarget(grantor: grantor.value, executedOn: nil, attorney: nil, span: span)
            }
            if effectiveOn == nil, let executedOn { effectiveOn = executedOn }
        } else {
            revokes = nil
            effectiveOn = nil
        }
    }
}
