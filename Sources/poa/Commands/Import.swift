import ArgumentParser
import Foundation
import POACore
import POAImport
import POAStore

extension Poa {
    /// `poa import PATH...`: reads filings and records their instruments.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Import filings: POA text, HTML exhibits and EDGAR submission files, from files or folders.",
            discussion: """
                Folders are walked recursively in a stable order (hidden files, *.md and *.json are skipped). \
                Each document ends as imported, duplicate, not-poa, needs-review or error, all-or-nothing. \
                Exit 1 if any path could not be read or any document ended in error (the others are still \
                imported), or if the ledger could not be written; with --strict, 2 if any document needs \
                review; else 0. A ledger that does not exist yet is created only when a document has \
                something to store.
                """)

        @OptionGroup var ledger: LedgerOptions

        @Flag(help: "Read and report everything, write nothing (the database is not even created).")
        var dryRun = false

        @Option(help: "text: a line per document and a summary; json: one object for scripts.")
        var format: TextOrJSON = .text

        @Flag(help: "Exit with 2 if any document needs review (and none failed, which exits 1).")
        var strict = false

        @Option(
            help: """
                Documents per transaction. Each document is still all-or-nothing; larger batches \
                import faster, smaller ones let readers see progress sooner.
                """)
        var batchSize = Importer.defaultBatchSize

        @Argument(help: ArgumentHelp("Files or folders to import.", valueName: "path"))
        var paths: [String]

        func validate() throws {
            if paths.isEmpty { throw ValidationError("Name at least one file or folder to import.") }
            if batchSize < 1 { throw ValidationError("--batch-size must be at least 1 (got \(batchSize)).") }
        }

        func run() throws {
            try reportingFailures {
                var importer: Importer
                var written: Ledger?
                var opening: CreatedLedger?
                if dryRun {
                    let existing = FileManager.default.fileExists(atPath: ledger.path) ? try ledger.openForReading() : nil
                    importer = try failing { try Importer.dryRun(against: existing) }
                } else if FileManager.default.fileExists(atPath: ledger.path) {
                    let opened = try ledger.openForWriting()
                    written = opened
                    importer = Importer(into: opened)
                } else {
                    // Created only once a document has something to store: an import of a
                    // mistyped path or of PDFs leaves no empty ledger to mistake for a real one.
                    let created = CreatedLedger(ledger)
                    importer = Importer(openingWhenNeeded: created.open)
                    opening = created
                }
                importer.batchSize = batchSize
                let printer = PrintingThread(ImportPrinter(format: format))
                printer.run { $0.begin() }
                let summary: ImportSummary
                do {
                    summary = try failing { try importer.run(paths: paths) { outcome in printer.run { $0.print(outcome) } } }
                } catch {
                    printer.wait()
                    throw error
                }
                printer.wait { $0.end(summary, dryRun: dryRun) }
                written = written ?? opening?.ledger
                if let written { try Self.log(summary, in: written) }
                if summary[.error] > 0 {
                    let created = opening != nil && written == nil && !dryRun
                    throw Failure(
                        message: "\(summary[.error]) of \(summary.total) document(s) could not be imported "
                            + "(the error lines above say why)"
                            + (created ? "; nothing was stored, so no ledger was created at \(ledger.path)" : ""))
                }
                if strict, summary[.needsReview] > 0 {
                    throw Failure(message: "\(summary[.needsReview]) document(s) need review (poa review)", exitCode: 2)
                }
            }
        }

        /// Appends the run's entry to the ledger's log, when it stored at least one document: one
        /// small transaction after the batches, so the import itself does no work per document for it.
        static func log(_ summary: ImportSummary, in ledger: Ledger) throws {
            let stored = summary[.imported] + summary[.notPOA] + summary[.needsReview]
            guard stored > 0 else { return }
            let counts = DocumentStatus.allCases.filter { summary[$0] > 0 }.map { "\(summary[$0]) \($0.rawValue)" }
            let entry = ChangeLogEntry(
                who: changeAuthor, action: .import,
                target: "\(summary.total) document(s): \(counts.joined(separator: ", "))", note: nil)
            do {
                _ = try ledger.transaction { try $0.log(entry) }
            } catch {
                throw Failure(
                    message: "the documents are imported, but the import could not be written to the ledger's log: "
                        + "\((error as? StoreError)?.description ?? "\(error)")")
            }
        }
    }
}

/// The ledger of an import that creates it: opened (created) by the importer only when a document
/// has something to store, and kept for the import's log entry.
final class CreatedLedger: @unchecked Sendable {
    private let options: LedgerOptions
    private let lock = NSLock()
    private var opened: Ledger?

    init(_ options: LedgerOptions) { self.options = options }

    /// The ledger, once ``open()`` created it.
    var ledger: Ledger? { lock.withLock { opened } }

    /// Creates (or opens) the ledger file and migrates it.
    @Sendable func open() throws -> Ledger {
        let ledger = try options.openForWriting()
        lock.withLock { opened = ledger }
        return ledger
    }
}

/// Runs the printing of outcomes on a thread of its own, in the order asked, so that the
/// importing thread only hands each outcome over: formatting and printing a line cost it 10,000
/// instructions, 2% of its work.
final class PrintingThread: @unchecked Sendable {
    private var printer: ImportPrinter
    private let queue = DispatchQueue(label: "poa.import.printing")

    init(_ printer: ImportPrinter) { self.printer = printer }

    /// Prints with `body`, after everything asked before.
    func run(_ body: @escaping @Sendable (inout ImportPrinter) -> Void) {
        queue.async { body(&self.printer) }
    }

    /// Waits until everything asked before is printed, then prints with `body`.
    func wait(_ body: (inout ImportPrinter) -> Void = { _ in }) {
        queue.sync { body(&printer) }
    }
}

/// Prints import outcomes as they come: a line each for people, or one streamed JSON object.
struct ImportPrinter {
    let format: TextOrJSON
    private var count = 0
    private let started = Date()
    private var lastProgress = Date.distantPast
    private let showProgress = isatty(STDERR_FILENO) == 1
    private let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        return encoder
    }()

    init(format: TextOrJSON) {
        self.format = format
    }

    func begin() {
        if format == .json { Swift.print("{\"documents\": [", terminator: "") }
    }

    mutating func print(_ outcome: DocumentOutcome) {
        switch format {
        case .json:
            let json = (try? encoder.encode(outcome)).map { String(decoding: $0, as: UTF8.self) } ?? "null"
            Swift.print((count == 0 ? "\n" : ",\n") + json, terminator: "")
        case .text:
            let detail: String
            switch outcome.status {
            case .imported:
                let kinds = outcome.instruments.map { "\($0.kind) by \($0.grantor ?? "?") \($0.executedOn.map { "of \($0)" } ?? "")" }
                let signatures = outcome.signatures.map {
                    "Form \($0.form) for \($0.owners.joined(separator: ", ")) signed \($0.signedOn) by \($0.signer ?? $0.signerAsWritten)"
                }
                detail = (kinds + signatures).joined(separator: "; ")
            default:
                detail = outcome.reason ?? ""
            }
            // Padded by hand: Foundation's `padding(toLength:)` cost 11,000 instructions a line.
            let status = outcome.status.rawValue
            let padded = status + String(repeating: " ", count: max(0, 13 - status.utf8.count))
            Swift.print("\(padded) \(outcome.path)\(detail.isEmpty ? "" : ": \(detail)")")
        }
        count += 1
        if showProgress, Date().timeIntervalSince(started) > 1, Date().timeIntervalSince(lastProgress) > 0.25 {
            lastProgress = Date()
            FileHandle.standardError.write(Data("\r\(count) documents...".utf8))
        }
    }

    func end(_ summary: ImportSummary, dryRun: Bool) {
        if showProgress, Date().timeIntervalSince(started) > 1 {
            FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        }
        switch format {
        case .json:
            let json = (try? encoder.encode(summary)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
            Swift.print("\n], \"summary\": \(json)}")
        case .text:
            let parts = DocumentStatus.allCases.map { "\(summary[$0]) \($0.rawValue)" }
            Swift.print("\(summary.total) document(s)\(dryRun ? " (dry run: nothing written)" : ""): \(parts.joined(separator: ", "))")
        }
    }
}
