import Foundation
import GRDB
import POACore

/// One document as `poa show` presents it: its text line by line, the facts each line gave,
/// and every instrument the ledger holds from it (read, entered by hand, or carried over from
/// an earlier document), with the corrections in force.
///
/// Read in one snapshot by ``LedgerReader/documentView(matching:)``; the values are the
/// ledger's (names as the ledger knows the people and issuers), not re-read from the text.
public struct DocumentView: Sendable {
    /// One line of the document's text, numbered from 1 as instrument lines count them.
    public struct Line: Sendable, Equatable {
        public var number: Int
        public var text: String
        /// The facts read from (or placed by hand on) this line, each once, in the order met:
        /// `grantor`, `attorneys`, `executed_on`...; a correction's field for the lines it gives;
        /// `entry` for the lines of a hand entry.
        public var facts: [String]
    }

    /// Whether an instrument's values are the reader's, a person's, or the reader's with at
    /// least one field corrected by hand.
    public enum Source: String, Sendable {
        case read, entered, corrected
    }

    /// An attorney-in-fact appointed by an instrument, in order.
    public struct Appointment: Sendable, Equatable {
        /// The person's name in the ledger; nil for an attorney named only by office.
        public var name: String?
        public var office: String?
        public var nameAsWritten: String
        public var lineStart: Int
        public var lineEnd: Int
    }

    /// The grant a delegation states it acts under, and the grant it resolved to (if any).
    public struct StatedParent: Sendable, Equatable {
        public var grantor: String
        public var executedOn: Day?
        public var instrumentId: Int64?
    }

    /// What a revocation revokes, and from when.
    public struct Target: Sendable, Equatable {
        public var grantor: String
        public var executedOn: Day?
        public var attorney: String?
        public var effectiveOn: Day
    }

    /// One instrument as carried by this document.
    public struct Shown: Sendable {
        /// The instrument's own row (its values in force); its `position` and lines are those
        /// of the document it was first recorded from.
        public var instrument: Instrument
        /// Its position and lines in *this* document (differ from the row's for a copy).
        public var position: Int
        public var lineStart: Int
        public var lineEnd: Int
        /// For a copy: the document the instrument was first recorded from (its id and path);
        /// the facts' lines then count lines of that document, not of this one.
        public var copyOf: (documentId: Int64, path: String)?
        public var grantor: String
        public var issuer: String?
        public var appointments: [Appointment]
        public var parent: StatedParent?
        public var target: Target?
        /// The lines each fact came from (in the recording document), by fact.
        public var sources: [InstrumentSource]
        public var source: Source
        /// The corrections in force, oldest first.
        public var corrections: [HandChange]

        public var id: Int64 { instrument.id ?? 0 }

        /// The lines `fact` came from, when kept.
        public func lines(of fact: InstrumentSource.Fact) -> (start: Int, end: Int)? {
            sources.first { $0.fact == fact }.map { ($0.lineStart, $0.lineEnd) }
        }

        /// The correction in force of `field` (`executed_on`, `attorneys`...), the latest when several.
        public func correction(of field: String) -> HandChange? {
            corrections.last { $0.field == field }
        }
    }

    public var document: Document
    public var lines: [Line]
    /// Instruments in their order in this document.
    public var instruments: [Shown]
    /// The hand entries in force made on this document, oldest first.
    public var entries: [HandChange]

    /// The lines of `text` as the reader numbers them: split at LF (the text is stored with
    /// line ends normalised), without an empty last line after a final LF.
    public static func split(_ text: String) -> [Substring] {
        var pieces = text.split(separator: "\n", omittingEmptySubsequences: false)
        if pieces.last?.isEmpty == true { pieces.removeLast() }
        return pieces
    }
}

extension LedgerReader {
    /// The whole picture of the document a person means by `reference` (see
    /// ``document(matching:)``): its lines with the facts each gave, and its instruments.
    ///
    /// Line spans outside the text (a ledger edited by hand) mark nothing rather than fail.
    ///
    /// - Throws: ``StoreError/unknownDocument(_:)`` or ``StoreError/ambiguousDocument(_:candidates:)``
    ///   when `reference` names no document or several; ``StoreError/readFailed(detail:)`` otherwise.
    public func documentView(matching reference: String) throws(StoreError) -> DocumentView {
        let document = try document(matching: reference)
        let documentId = document.id ?? 0
        var people: [Int64: String] = [:]
        func name(_ id: Int64) throws(StoreError) -> String {
            if let known = people[id] { return known }
            let found = try person(id: id)?.name ?? "person #\(id)"
            people[id] = found
            return found
        }

        // What this document carries: its own instruments, and copies of earlier ones.
        var carried: [(instrument: Instrument, position: Int, lineStart: Int, lineEnd: Int, copyOf: (Int64, String)?)] = []
        for instrument in try instruments(ofDocument: documentId) {
            carried.append((instrument, instrument.position, instrument.lineStart, instrument.lineEnd, nil))
        }
        let copies = try fetch {
            try InstrumentCopy.filter(Column("document_id") == documentId).order(Column("position")).fetchAll(db)
        }
        for copy in copies {
            guard let instrument = try instrument(id: copy.instrumentId) else { continue }
            let origin = try self.document(id: instrument.documentId)
            carried.append((instrument, copy.position, copy.lineStart, copy.lineEnd, (instrument.documentId, origin?.path ?? "")))
        }
        carried.sort { $0.position < $1.position }

        var shown: [DocumentView.Shown] = []
        for item in carried {
            let instrument = item.instrument
            let id = instrument.id ?? 0
            var appointments: [DocumentView.Appointment] = []
            for attorney in try attorneys(ofInstrument: id) {
                appointments.append(
                    DocumentView.Appointment(
                        name: try attorney.personId.map { id throws(StoreError) in try name(id) }, office: attorney.office,
                        nameAsWritten: attorney.nameAsWritten, lineStart: attorney.lineStart, lineEnd: attorney.lineEnd))
            }
            var parent: DocumentView.StatedParent?
            if let stated = try fetch({ try DelegationParent.fetchOne(db, key: id) }) {
                parent = DocumentView.StatedParent(
                    grantor: try name(stated.statedGrantorId), executedOn: stated.statedExecutedOn, instrumentId: stated.parentId)
            }
            var target: DocumentView.Target?
            if let revocation = try fetch({ try Revocation.fetchOne(db, key: id) }) {
                target = DocumentView.Target(
                    grantor: try name(revocation.targetGrantorId), executedOn: revocation.targetExecutedOn,
                    attorney: try revocation.targetAttorneyId.map { id throws(StoreError) in try name(id) },
                    effectiveOn: revocation.effectiveOn)
            }
            let corrections = try corrections(ofInstrument: id)
            let source: DocumentView.Source =
                try isEntered(instrumentId: id) ? .entered : corrections.isEmpty ? .read : .corrected
            shown.append(
                DocumentView.Shown(
                    instrument: instrument, position: item.position, lineStart: item.lineStart, lineEnd: item.lineEnd,
                    copyOf: item.copyOf.map { (documentId: $0.0, path: $0.1) }, grantor: try name(instrument.grantorId),
                    issuer: try instrument.issuerId.map { id throws(StoreError) in try issuer(id: id)?.name ?? "issuer #\(id)" },
                    appointments: appointments, parent: parent, target: target, sources: try sources(ofInstrument: id),
                    source: source, corrections: corrections))
        }

        let entries = try handChanges(ofDocument: documentId).filter { $0.kind == .entry && $0.undoneAt == nil }

        // The margin: each line's facts. A copy's facts count lines of another document, so
        // they mark nothing here. A fact whose lines are its instrument's whole span was read
        // from no line in particular (a "not delegable" read from the absence of a clause):
        // it marks no line either, and its field still gives the span.
        let texts = DocumentView.split(document.text)
        var facts = [[String]](repeating: [], count: texts.count)
        func mark(_ fact: String, from start: Int, to end: Int) {
            let first = max(start, 1), last = min(end, texts.count)
            guard first <= last else { return }
            for line in first...last where !facts[line - 1].contains(fact) { facts[line - 1].append(fact) }
        }
        for item in shown where item.copyOf == nil {
            let whole = (item.lineStart, item.lineEnd)
            for source in item.sources where item.lineStart == item.lineEnd || (source.lineStart, source.lineEnd) != whole {
                mark(source.fact.rawValue, from: source.lineStart, to: source.lineEnd)
            }
            for correction in item.corrections {
                if let field = correction.field, let start = correction.lineStart {
                    mark(field, from: start, to: correction.lineEnd ?? start)
                }
            }
        }
        for entry in entries {
            if let start = entry.lineStart { mark("entry", from: start, to: entry.lineEnd ?? start) }
        }
        let lines = texts.enumerated().map { index, text in
            DocumentView.Line(number: index + 1, text: String(text), facts: facts[index])
        }
        return DocumentView(document: document, lines: lines, instruments: shown, entries: entries)
    }
}
