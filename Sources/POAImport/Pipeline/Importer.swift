import Foundation
import POAAuthority
import POACore
import POAReading
import POAStore

/// Imports filings into a ledger: the front door of `poa import`.
///
/// Files are read in the walker's stable order, identified by their SHA-256 (a file already in
/// the ledger is a `duplicate` and changes nothing), read by ``DocumentReader``, and recorded.
/// Reading runs on a second thread (``ReadAhead``), a bounded queue ahead of the writing one.
/// Each document is all-or-nothing and documents are committed in batches for speed, so an
/// interrupted import never leaves half a document and a rerun picks up where it stopped (a
/// batch in which a document fails part-way is written again with a savepoint per document).
/// One bad file never stops the others. What the batch's instruments change in authority is
/// derived once, at the end of the batch and inside its transaction
/// (``AuthorityEngine/derive(after:in:)``): a reader never sees facts without their intervals.
///
/// For example:
///
/// ```swift
/// let importer = Importer(into: try Ledger.open(at: "poa.sqlite"))
/// let summary = try importer.run(paths: ["Samples/"]) { outcome in print(outcome.status) }
/// ```
public struct Importer: Sendable {
    /// The ledger written into: open already, or opened (created) by `open` only once a document
    /// has something to store, so that an import that stores nothing creates no ledger.
    enum Target: Sendable {
        case ledger(Ledger)
        case whenNeeded(open: @Sendable () throws -> Ledger)
    }

    let target: Target
    let existing: Ledger?
    /// Documents per transaction, unless set otherwise. Each commit writes every page its batch
    /// changed, and a batch's inserts land all over the indexes (a digest, a name key, a person
    /// id): at 2,048 documents a page collects twice the changes it does at 1,024 before it is
    /// written, so an import writes less and takes less time, for a little more peak memory
    /// (the read-ahead queue holds two batches).
    public static let defaultBatchSize = 2048
    /// Documents per transaction: each document stays atomic inside it.
    public var batchSize = defaultBatchSize
    /// Where files were fetched from, by path as given (`poa fetch`): a stored document keeps
    /// its file's address in `document_source`.
    public var sourceURLs: [String: String] = [:]
    /// The largest file read, unless set otherwise: 8 MiB, the largest power of two that keeps
    /// an import under its 200 MB target (docs/performance.md). Reading a document takes five to
    /// six times its size while the reader holds its text, lines and words, on top of what an
    /// import of many filings keeps (SQLite's 64 MiB page cache, the read-ahead queue). A
    /// power of attorney or a Form 4 is a few KiB; the largest of 1,184 real Form 4
    /// submissions with their EX-24 is 0.6 MB, the largest real filing of the labelled corpus
    /// (a fund's registration statement with its trustees' POAs) 2 MB. A whole submission of a
    /// 10-K with its exhibits can reach tens of MB: its POAs sign the 10-K and give no Section
    /// 16 authority, and the refusal says how to raise the limit.
    public static let defaultMaxFileSize = FileSize(bytes: 8 << 20)
    /// The largest file read: a larger one is an `error` outcome, refused before it is read.
    public var maxFileSize = defaultMaxFileSize
    /// The weight (about twice the text) a batch may hold before it is written, whatever its
    /// count: 2,048 generated filings weigh about 6 MB, while 2,048 large submissions would all
    /// be held until their commit.
    static let batchWeightBudget = 32 << 20

    /// An importer writing into `ledger`.
    public init(into ledger: Ledger) {
        self.target = .ledger(ledger)
        self.existing = nil
    }

    /// An importer for a ledger that does not exist yet: `open` creates it when the first
    /// document with something to store (anything but an `error`) has been read. Until then
    /// nothing can be a duplicate, and a run whose documents all fail (missing paths, PDFs)
    /// never calls `open`: it leaves no empty ledger behind.
    public init(openingWhenNeeded open: @escaping @Sendable () throws -> Ledger) {
        self.target = .whenNeeded(open: open)
        self.existing = nil
    }

    /// An importer that writes nothing: it records into a scratch ledger in memory, and consults
    /// `existing` (when given) only to recognise duplicates.
    public static func dryRun(against existing: Ledger?) throws(StoreError) -> Importer {
        Importer(target: .ledger(try Ledger.inMemory()), existing: existing)
    }

    private init(target: Target, existing: Ledger?) {
        self.target = target
        self.existing = existing
    }

    /// Imports every file under `paths`, calling `report` with each document's outcome once it
    /// is committed, and returns the counts by status.
    ///
    /// - Throws: `StoreError` only when the ledger itself cannot be written (or what the
    ///   `open` of ``init(openingWhenNeeded:)`` throws); outcomes already reported stay committed.
    public func run(paths: [String], report: (DocumentOutcome) -> Void) throws -> ImportSummary {
        try run(roots: paths.map(RawPath.init), skipped: { _ in }, report: report)
    }

    /// Imports every file under `roots` (paths in the file system's bytes), calling `report`
    /// with each document's outcome once it is committed and `skipped` with each folder the
    /// walk met again (in walk order among the outcomes), and returns the counts by status.
    public func run(
        roots: [RawPath], skipped: (SkippedFolder) -> Void, report: (DocumentOutcome) -> Void
    ) throws -> ImportSummary {
        // Files are read and parsed on a second thread while this one writes. The queue holds
        // two batches (within its byte budget), so the reader keeps going while a batch is written.
        let entries = ReadAhead(roots: roots, limit: maxFileSize, capacity: max(256, 2 * batchSize))
        defer { entries.cancel() }
        var summary = ImportSummary()
        var first: ReadDocument?
        let ledger: Ledger
        switch target {
        case .ledger(let open):
            ledger = open
        case .whenNeeded(let open):
            // No ledger yet: a failed document's outcome needs none, so it is reported at once,
            // and the ledger is created only for the first document with something to store.
            reading: while let entry = entries.next() {
                guard case .document(let document) = entry else {
                    if case .skipped(let folder) = entry { skipped(folder) }
                    continue
                }
                guard let outcome = document.failure else {
                    first = document
                    break reading
                }
                summary.add(outcome.status)
                report(outcome)
            }
            guard first != nil else { return summary }
            ledger = try open()
        }
        // Every id the import writes is one it read or inserted in the same transaction:
        // SQLite's lookup of the row each foreign key names would only repeat them. The session
        // holds the writer for the whole import, so that the setting changes once, not around
        // every batch (each change makes SQLite compile every statement again), and copies each
        // batch's pages from the log into the database file on another thread.
        return try ledger.session(checkingForeignKeys: false, copyingLogAside: true) { session in
            try run(entries, first: first, summary: summary, in: session, skipped: skipped, report: report)
        }
    }

    private func run(
        _ entries: ReadAhead, first: ReadDocument?, summary: ImportSummary, in session: LedgerSession,
        skipped: (SkippedFolder) -> Void, report: (DocumentOutcome) -> Void
    ) throws -> ImportSummary {
        var summary = summary
        var batch: [ReadDocument] = first.map { [$0] } ?? []
        var batchWeight = first?.weight ?? 0
        // Folders skipped while the batch was read, each with the number of its documents
        // walked before it: reported between their outcomes, in walk order.
        var skippedFolders: [(after: Int, folder: SkippedFolder)] = []
        let names = PersonNameMemo()
        func write(savepoints: Bool) throws -> [DocumentOutcome] {
            try session.transaction { tx in
                var additions = Additions()
                let outcomes = try batch.map {
                    try importDocument($0, tx: tx, names: names, savepoint: savepoints, adding: &additions)
                }
                // The intervals follow the batch's changes before it commits: never stale, and
                // a grant touched by several documents of the batch is evaluated once.
                try AuthorityEngine.derive(after: additions, in: tx)
                return outcomes
            }
        }
        func flush() throws {
            // Each document must be all or nothing. A savepoint per document does that, but
            // makes SQLite copy every page a document first touches into a sub-journal, a
            // marked share of the writer's work. So a batch is written without them first; if one of
            // its documents fails, the whole batch is rolled back and written again, each
            // document in its own savepoint, so that only the failed one is left out.
            var outcomes: [DocumentOutcome] = []
            if !batch.isEmpty {
                do {
                    outcomes = try write(savepoints: false)
                } catch is DocumentNeedsSavepoint {
                    outcomes = try write(savepoints: true)
                }
            }
            batch.removeAll(keepingCapacity: true)
            batchWeight = 0
            var folders = skippedFolders[...]
            for (index, outcome) in outcomes.enumerated() {
                while let next = folders.first, next.after <= index {
                    skipped(next.folder)
                    folders = folders.dropFirst()
                }
                summary.add(outcome.status)
                report(outcome)
            }
            for next in folders { skipped(next.folder) }
            skippedFolders.removeAll()
        }
        for entry in entries {
            switch entry {
            case .skipped(let folder):
                skippedFolders.append((batch.count, folder))
            case .document(let document):
                batch.append(document)
                batchWeight += document.weight
                if batch.count >= batchSize || batchWeight >= Self.batchWeightBudget { try flush() }
            }
        }
        try flush()
        return summary
    }

    /// Thrown when a document of a batch written without savepoints fails part-way: its rows
    /// cannot be undone alone, so the batch is rolled back and written again with a savepoint
    /// per document.
    struct DocumentNeedsSavepoint: Error {}

    /// Records one document, in its own savepoint when `savepoint`, adding what it recorded to
    /// `additions`. Without a savepoint, a document that fails while its rows are written
    /// throws ``DocumentNeedsSavepoint``.
    private func importDocument(
        _ document: ReadDocument, tx: LedgerTransaction, names: PersonNameMemo, savepoint: Bool,
        adding additions: inout Additions
    ) throws -> DocumentOutcome {
        let path = document.path
        switch document.content {
        case .unreadable(let reason):
            return DocumentOutcome(path: path, sha256: nil, status: .error, reason: reason, instruments: [])
        case .read(let sha256, let size, let extraction):
            if try existing?.snapshot({ try $0.containsDocument(sha256: sha256) }) == true {
                return .duplicate(path: path, sha256: sha256)
            }
            do {
                return try record(
                    extraction, path: path, sha256: sha256, size: size, tx: tx, names: names, savepoint: savepoint,
                    adding: &additions)
            } catch is AlreadyStored {
                return .duplicate(path: path, sha256: sha256)
            }
        }
    }

    /// Thrown by ``record(_:path:sha256:size:tx:names:savepoint:adding:)`` for a document
    /// whose SHA-256 is stored already, before anything of it is written.
    private struct AlreadyStored: Error {}

    private func record(
        _ extraction: Extraction, path: String, sha256: String, size: Int, tx: LedgerTransaction,
        names: PersonNameMemo, savepoint: Bool, adding additions: inout Additions
    ) throws -> DocumentOutcome {
        let header = extraction.header
        func summaries(_ instruments: [ExtractedInstrument]) -> [InstrumentSummary] {
            instruments.map { InstrumentSummary($0, issuer: $0.issuer?.value ?? header?.issuer?.name) }
        }
        /// Stores the document, unless its SHA-256 is stored already (the insert checks, in one
        /// statement with the write): then throws ``AlreadyStored``, having written nothing.
        func store(_ status: DocumentStatus, reason: String?) throws -> Int64 {
            let stored = try tx.insertUnlessStored(
                Document(
                    path: path, sha256: sha256, size: Int64(size), mediaType: extraction.mediaType,
                    text: extraction.text, importedAt: Timestamp.now(), status: status, reason: reason,
                    accessionNumber: header?.accessionNumber, formType: header?.formType, filedOn: header?.filedOn,
                    headerIssuerName: header?.issuer?.name, headerIssuerCik: header?.issuer?.cik))
            guard let document = stored else { throw AlreadyStored() }
            guard let id = document.id else { throw StoreError.writeFailed(detail: "no id for a new document") }
            for (position, owner) in (header?.reportingOwners ?? []).enumerated() {
                try tx.insert(ReportingOwner(documentId: id, position: position, name: owner.name, cik: owner.cik))
            }
            if let url = sourceURLs[path] { try tx.insert(DocumentSource(documentId: id, url: url)) }
            return id
        }
        switch extraction.verdict {
        case .error(let reason):
            // Not stored, so the insert cannot tell: a copy of a stored document is still a duplicate.
            if try tx.reader.containsDocument(sha256: sha256) { throw AlreadyStored() }
            return DocumentOutcome(path: path, sha256: sha256, status: .error, reason: reason, instruments: [])
        case .notPOA(let reason):
            _ = try store(.notPOA, reason: reason)
            return DocumentOutcome(path: path, sha256: sha256, status: .notPOA, reason: reason, instruments: [])
        case .needsReview(let reason, let partial):
            _ = try store(.needsReview, reason: reason)
            return DocumentOutcome(
                path: path, sha256: sha256, status: .needsReview, reason: reason, instruments: summaries(partial))
        case .poa(let instruments):
            func write() throws -> [InstrumentRecorder.Change] {
                let id = try store(.imported, reason: nil)
                let recorder = InstrumentRecorder(tx: tx, names: names, signatures: extraction.signatures)
                let changes = try instruments.enumerated().map { position, instrument in
                    try recorder.record(instrument, position: position, documentId: id, header: header)
                }
                try SignatureRecorder(tx: tx).record(extraction.signatures, documentId: id)
                return changes
            }
            do {
                let changes = try savepoint ? tx.atomically(write) : write()
                additions.instruments += changes.compactMap(\.instrument)
                additions.parents += changes.compactMap(\.parent)
                additions.revocations += changes.compactMap(\.revocation)
                return DocumentOutcome(
                    path: path, sha256: sha256, status: .imported, reason: nil, instruments: summaries(instruments),
                    signatures: extraction.signatures.map(SignatureSummary.init))
            } catch StoreError.constraintViolated(let detail) {
                guard savepoint else { throw DocumentNeedsSavepoint() }
                // The savepoint undid this document's rows; the others go on.
                return DocumentOutcome(
                    path: path, sha256: sha256, status: .error,
                    reason: "could not be recorded, nothing of it was written: \(detail)", instruments: summaries(instruments))
            } catch let missing as InstrumentRecorder.MissingFact {
                guard savepoint else { throw DocumentNeedsSavepoint() }
                _ = try store(.needsReview, reason: missing.description)
                return DocumentOutcome(
                    path: path, sha256: sha256, status: .needsReview, reason: missing.description,
                    instruments: summaries(instruments))
            }
        }
    }
}
