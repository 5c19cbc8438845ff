import Foundation
import POAAuthority
import POACore
import POAReading
import POAStore

/// Reads every stored document again with this version's reader, and says where the new
/// reading differs from the one in the ledger; with `apply`, writes the new readings in one
/// transaction and derives authority and verdicts again.
///
/// What a person did is never overwritten. An instrument entered by hand stays as entered (a
/// document with one is not re-read into the ledger: a new reading of it is a conflict to
/// review). A corrected field keeps its correction over a new reading; when the reader now
/// reads that field differently from both its earlier reading and the correction, the
/// correction is marked as a conflict (`hand_change.conflict`), and `poa review` lists it.
///
/// Instruments keep their ids where a document still has an instrument at the same position,
/// so that corrections and references stay attached.
public struct Reread: Sendable {
    let ledger: Ledger
    let who: String

    public init(ledger: Ledger, who: String) {
        self.ledger = ledger
        self.who = who
    }

    /// One field whose reading changed.
    public struct FieldChange: Sendable, Equatable {
        public var field: String
        public var before: String
        public var after: String
    }

    /// One instrument of a document whose reading changed.
    public struct InstrumentChange: Sendable, Equatable {
        public enum Change: String, Sendable { case added, removed, changed }
        public var position: Int
        public var change: Change
        public var fields: [FieldChange]
    }

    /// A hand change that a new reading disagrees with: it stays, and waits for review.
    public struct Conflict: Sendable, Equatable {
        public var changeId: Int64
        public var field: String?
        /// What the person entered or set.
        public var handValue: String
        /// What the new reading reads.
        public var reading: String
    }

    /// A document whose new reading differs from the ledger's.
    public struct DocumentChange: Sendable {
        public var documentId: Int64
        public var path: String
        public var statusBefore: DocumentStatus
        public var statusAfter: DocumentStatus
        public var reasonBefore: String?
        public var reasonAfter: String?
        public var instruments: [InstrumentChange]
        public var conflicts: [Conflict]
    }

    /// What a reread found (and, with `apply`, wrote).
    public struct Outcome: Sendable {
        public var documentsRead = 0
        public var changed: [DocumentChange] = []
        public var applied = false
        public var conflicts: Int { changed.reduce(0) { $0 + $1.conflicts.count } }
    }

    /// Reads every stored document again; writes the differences when `apply`.
    public func run(apply: Bool) throws -> Outcome {
        if apply {
            return try ledger.transaction { tx in
                var outcome = try compare(tx.reader) { document, plan in try write(plan, of: document, tx: tx) }
                outcome.applied = true
                if !outcome.changed.isEmpty {
                    try tx.log(
                        ChangeLogEntry(
                            who: who, action: .reread,
                            target: "\(outcome.changed.count) of \(outcome.documentsRead) document(s) read again"
                                + (outcome.conflicts > 0 ? ", \(outcome.conflicts) conflict(s) with hand changes" : ""),
                            note: nil))
                }
                return outcome
            }
        }
        return try ledger.snapshot { reader in try compare(reader) { _, _ in } }
    }

    // MARK: - Comparing

    /// What the new reading of one document holds, beside what the ledger holds.
    struct Plan {
        var extraction: Extraction
        var statusAfter: DocumentStatus
        var reasonAfter: String?
        /// The new reading's instruments, by position (none unless it reads as a POA).
        var readings: [ExtractedInstrument]
        /// The ledger's read instruments of the document, by position: its own, or copies of another's.
        var stored: [Int: StoredReading]
        var handEntries: [HandChange]
    }

    struct StoredReading {
        var instrument: Instrument
        /// Whether the instrument was first recorded from another document (this one carries a copy).
        var isCopy: Bool
        /// As the reader read it: corrections in force set back to what it read.
        var reading: ExtractedInstrument
        var corrections: [HandChange]
    }

    private func compare(_ reader: LedgerReader, _ each: (Document, Plan) throws -> Void) throws -> Outcome {
        var outcome = Outcome()
        for id in try reader.documentIds() {
            guard let document = try reader.document(id: id) else { continue }
            outcome.documentsRead += 1
            let plan = try plan(for: document, reader)
            guard let change = try difference(document, plan, reader) else { continue }
            outcome.changed.append(change)
            try each(document, plan)
        }
        return outcome
    }

    private func plan(for document: Document, _ reader: LedgerReader) throws -> Plan {
        let extraction = DocumentReader.read(Array(document.text.utf8))
        var plan = Plan(extraction: extraction, statusAfter: .imported, reasonAfter: nil, readings: [], stored: [:], handEntries: [])
        switch extraction.verdict {
        case .poa(let instruments): plan.readings = instruments
        case .needsReview(let reason, _): (plan.statusAfter, plan.reasonAfter) = (.needsReview, reason)
        case .notPOA(let reason): (plan.statusAfter, plan.reasonAfter) = (.notPOA, reason)
        case .error(let reason): (plan.statusAfter, plan.reasonAfter) = (.needsReview, reason)
        }
        guard let id = document.id else { return plan }
        plan.handEntries = try reader.handChanges(ofDocument: id).filter { $0.kind == .entry && $0.undoneAt == nil }
        for instrument in try reader.instruments(ofDocument: id) {
            guard let instrumentId = instrument.id, try !reader.isEntered(instrumentId: instrumentId) else { continue }
            let corrections = try reader.corrections(ofInstrument: instrumentId)
            var reading = try ExtractedInstrument(stored: instrument, reader: reader)
            // What the reader read, before any correction.
            for correction in corrections.reversed() {
                if let name = correction.field, let field = InstrumentField(rawValue: name) {
                    try? reading.set(field, to: correction.readValue ?? "")
                }
            }
            plan.stored[instrument.position] = StoredReading(instrument: instrument, isCopy: false, reading: reading, corrections: corrections)
        }
        for copy in try reader.copies(inDocument: id) {
            guard let original = try reader.instrument(id: copy.instrumentId) else { continue }
            let reading = try ExtractedInstrument(stored: original, reader: reader)
            plan.stored[copy.position] = StoredReading(instrument: original, isCopy: true, reading: reading, corrections: [])
        }
        return plan
    }

    private func difference(_ document: Document, _ plan: Plan, _ reader: LedgerReader) throws -> DocumentChange? {
        guard let id = document.id else { return nil }
        var instruments: [InstrumentChange] = []
        var conflicts: [Conflict] = []
        let positions = Set(plan.stored.keys).union(plan.readings.indices).sorted()
        for position in positions {
            let old = plan.stored[position]
            let new = position < plan.readings.count ? plan.readings[position] : nil
            switch (old, new) {
            case (nil, let new?):
                instruments.append(InstrumentChange(position: position, change: .added, fields: new.fieldTexts.map { FieldChange(field: $0.field.rawValue, before: "", after: $0.text) }))
            case (let old?, nil):
                instruments.append(InstrumentChange(position: position, change: .removed, fields: old.reading.fieldTexts.map { FieldChange(field: $0.field.rawValue, before: $0.text, after: "") }))
                for correction in old.corrections {
                    conflicts.append(Conflict(changeId: correction.id ?? 0, field: correction.field, handValue: correction.value, reading: "(no instrument at position \(position))"))
                }
            case (let old?, let new?):
                let fields = try changedFields(old, new, header: plan.extraction.header, reader)
                if !fields.isEmpty { instruments.append(InstrumentChange(position: position, change: .changed, fields: fields)) }
                for correction in old.corrections {
                    guard let name = correction.field, let field = InstrumentField(rawValue: name) else { continue }
                    let reading = new.text(of: field)
                    if !Self.same(field, reading, correction.readValue ?? "") && !Self.same(field, reading, correction.value) {
                        conflicts.append(Conflict(changeId: correction.id ?? 0, field: name, handValue: correction.value, reading: reading))
                    }
                }
            case (nil, nil):
                break
            }
        }
        let statusChanged = plan.statusAfter != document.status && !(document.status == .imported && !plan.handEntries.isEmpty)
        guard statusChanged || !instruments.isEmpty else { return nil }
        // Instruments entered by hand are kept: the new reading of their document waits for a person.
        if !plan.handEntries.isEmpty {
            let summary = plan.readings.isEmpty
                ? "reads it as \(plan.statusAfter.rawValue)" + (plan.reasonAfter.map { ": \($0)" } ?? "")
                : "reads \(plan.readings.count) instrument(s): " + plan.readings.map { "\($0.kind.rawValue) by \($0.text(of: .grantor)) of \($0.text(of: .executedOn))" }.joined(separator: "; ")
            for entry in plan.handEntries {
                conflicts.append(Conflict(changeId: entry.id ?? 0, field: nil, handValue: "entered by hand", reading: summary))
            }
        }
        return DocumentChange(
            documentId: id, path: document.path, statusBefore: document.status,
            statusAfter: plan.handEntries.isEmpty ? plan.statusAfter : document.status, reasonBefore: document.reason,
            reasonAfter: plan.handEntries.isEmpty ? plan.reasonAfter : document.reason, instruments: instruments,
            conflicts: conflicts)
    }

    /// The fields whose readings differ. Names the ledger knows under several spellings are the
    /// same when the new spelling is one of the person's (or issuer's) own.
    private func changedFields(_ old: StoredReading, _ new: ExtractedInstrument, header: FilingHeader?, _ reader: LedgerReader) throws -> [FieldChange] {
        var fields: [FieldChange] = []
        for field in Self.unique(InstrumentField.fields(of: old.reading.kind) + InstrumentField.fields(of: new.kind)) {
            let before = old.reading.text(of: field)
            var after = new.text(of: field)
            if field == .issuer, after.isEmpty, let name = header?.issuer?.name { after = name }
            if Self.same(field, before, after) { continue }
            if field == .grantor, try reader.personAliases(personId: old.instrument.grantorId).contains(where: { $0.alias == after }) { continue }
            if field == .issuer, let issuerId = old.instrument.issuerId,
                try reader.issuerAliases(key: IssuerName.key(after)).contains(where: { $0.issuerId == issuerId })
            {
                continue
            }
            fields.append(FieldChange(field: field.rawValue, before: before, after: after))
        }
        return fields
    }

    /// Whether two texts of a field say the same: equal once case, spaces and punctuation are
    /// set aside for names, equal otherwise.
    static func same(_ field: InstrumentField, _ a: String, _ b: String) -> Bool {
        guard a != b else { return true }
        switch field {
        case .grantor, .issuer, .attorneys, .parentGrantor, .revokedAttorney:
            return folded(a) == folded(b)
        default:
            return false
        }
    }

    private static func folded(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) || $0 == ";" })
    }

    private static func unique(_ fields: [InstrumentField]) -> [InstrumentField] {
        var seen = Set<InstrumentField>()
        return fields.filter { seen.insert($0).inserted }
    }

    // MARK: - Writing

    private func write(_ plan: Plan, of document: Document, tx: LedgerTransaction) throws {
        guard let documentId = document.id else { return }
        let reader = tx.reader
        let at = Timestamp.now()
        // A document with an instrument entered by hand keeps what the person entered.
        if !plan.handEntries.isEmpty {
            guard let change = try difference(document, plan, reader) else { return }
            for conflict in change.conflicts {
                guard var hand = try reader.handChange(id: conflict.changeId) else { continue }
                hand.conflict = "\(at): the new reading \(conflict.reading)"
                try tx.update(hand)
            }
            return
        }
        let recorder = InstrumentRecorder(tx: tx, signatures: plan.extraction.signatures)
        var changes: [InstrumentRecorder.Change] = []
        var people: [Int64] = []
        let positions = Set(plan.stored.keys).union(plan.readings.indices).sorted()
        for position in positions {
            let old = plan.stored[position]
            let new = position < plan.readings.count ? plan.readings[position] : nil
            if let old {
                people.append(old.instrument.grantorId)
                if let id = old.instrument.id {
                    if let parent = try reader.delegationParent(ofInstrument: id) { people.append(parent.statedGrantorId) }
                    if let target = try reader.revocation(ofInstrument: id) { people.append(target.targetGrantorId) }
                }
            }
            switch (old, new) {
            case (let old?, nil):
                try remove(old, position: position, documentId: documentId, at: at, tx: tx)
            case (let old?, let new?) where old.isCopy:
                // A copy of another document's instrument: read again as any new instrument.
                if try changedFields(old, new, header: plan.extraction.header, reader).isEmpty { continue }
                try tx.deleteCopy(inDocument: documentId, position: position)
                changes.append(try recorder.record(new, position: position, documentId: documentId, header: plan.extraction.header))
            case (let old?, let new?):
                var reading = new
                var conflicts: [(HandChange, String)] = []
                for correction in old.corrections {
                    guard let name = correction.field, let field = InstrumentField(rawValue: name) else { continue }
                    let read = new.text(of: field)
                    if !Self.same(field, read, correction.readValue ?? "") && !Self.same(field, read, correction.value) {
                        conflicts.append((correction, read))
                    }
                    try reading.set(field, to: correction.value)
                }
                reading.fitToKind()
                changes.append(try recorder.rewrite(reading, over: old.instrument, header: plan.extraction.header))
                for var correction in old.corrections {
                    guard let name = correction.field, let field = InstrumentField(rawValue: name) else { continue }
                    if let (_, read) = conflicts.first(where: { $0.0.id == correction.id }) {
                        correction.conflict = "\(at): the new reading reads \(name) as \(read.isEmpty ? "(none)" : read)"
                    }
                    correction.readValue = new.text(of: field)
                    try tx.update(correction)
                }
            case (nil, let new?):
                changes.append(try recorder.record(new, position: position, documentId: documentId, header: plan.extraction.header))
            case (nil, nil):
                break
            }
        }
        if document.status != .imported && plan.statusAfter == .imported {
            try SignatureRecorder(tx: tx).record(plan.extraction.signatures, documentId: documentId)
        }
        if plan.statusAfter != document.status || plan.reasonAfter != document.reason {
            try tx.setStatus(ofDocument: documentId, to: plan.statusAfter, reason: plan.reasonAfter)
        }
        let grantors = try AuthorityEngine.affectedGrantors(
            instruments: changes.compactMap(\.instrument), parents: changes.compactMap(\.parent),
            revocations: changes.compactMap(\.revocation), factPeople: people, in: reader)
        try AuthorityEngine.recompute(grantors: grantors, in: tx)
    }

    /// Removes an instrument the new reading no longer has; its corrections stay, without it.
    private func remove(_ old: StoredReading, position: Int, documentId: Int64, at: String, tx: LedgerTransaction) throws {
        if old.isCopy {
            try tx.deleteCopy(inDocument: documentId, position: position)
            return
        }
        guard let id = old.instrument.id else { return }
        for var correction in old.corrections {
            correction.conflict = "\(at): the new reading has no instrument at position \(position)"
            correction.instrumentId = nil
            try tx.update(correction)
        }
        try tx.deleteInstrument(id: id)
    }
}
