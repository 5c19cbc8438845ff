import ArgumentParser
import Foundation
import POACore
import POAImport
import POAReports
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
                something to store. On a terminal, --format text shows one progress line, rewritten \
                in place, with the documents that need review or failed above it; --verbose prints \
                a line per document instead, as poa always does when its output is piped; --quiet \
                prints only the documents in error. --verbose and --quiet leave json unchanged.
                """)

        @OptionGroup var ledger: LedgerOptions

        @Flag(help: "Read and report everything, write nothing (the database is not even created).")
        var dryRun = false

        @Option(
            help: """
                text: on a terminal a progress line, the documents that need review or failed and \
                a summary; elsewhere a line per document and a summary. json: one object for scripts.
                """)
        var format: TextOrJSON = .text

        @Flag(name: .shortAndLong, help: "With text on a terminal, a line per document (as when piped), not a progress line.")
        var verbose = false

        @Flag(name: .shortAndLong, help: "With text, print only the documents that ended in error: no other line, no summary.")
        var quiet = false

        @Flag(help: "Exit with 2 if any document needs review (and none failed, which exits 1).")
        var strict = false

        @Option(
            help: """
                Documents per transaction. Each document is still all-or-nothing; larger batches \
                import faster, smaller ones let readers see progress sooner.
                """)
        var batchSize = Importer.defaultBatchSize

        @Option(
            help: ArgumentHelp(
                """
                    The largest file read: 64M, 1G, 1.5G, 512K (powers of 1024) or bytes. A larger one \
                    ends in error, unread, and the others are imported.
                    """,
                valueName: "size"))
        var maxFileSize = Importer.defaultMaxFileSize

        @Argument(help: ArgumentHelp("Files or folders to import.", valueName: "path"))
        var paths: [String]

        func validate() throws {
            if paths.isEmpty { throw ValidationError("Name at least one file or folder to import.") }
            if verbose && quiet { throw ValidationError("Give --verbose or --quiet, not both.") }
            if batchSize < 1 { throw ValidationError("--batch-size must be at least 1 (got \(batchSize)).") }
        }

        func run() throws {
            try reportingFailures {
                let display = ImportDisplay.choose(
                    format: format, verbose: verbose, quiet: quiet, isTerminal: isatty(STDOUT_FILENO) == 1)
                let run = ImportRun(
                    ledger: ledger, dryRun: dryRun, display: display, batchSize: batchSize, maxFileSize: maxFileSize)
                try run.failures(of: try run.perform(paths), strict: strict)
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

/// One import, as `poa import` runs it: opens (or creates, or only reads for a dry run) the
/// ledger, imports the files with their outcomes printed as the display says, and logs the run.
/// `poa fetch` imports what it fetched through the same, so both print and store alike.
struct ImportRun {
    let ledger: LedgerOptions
    var dryRun = false
    let display: ImportDisplay
    var batchSize = Importer.defaultBatchSize
    /// The largest file read (`--max-file-size`).
    var maxFileSize = Importer.defaultMaxFileSize
    /// The EDGAR address of each file, by path, for the documents to keep (`poa fetch`).
    var sourceURLs: [String: String] = [:]

    /// What an import came to.
    struct Outcome {
        let summary: ImportSummary
        /// The ledger did not exist and nothing was stored, so none was created.
        let createdNothing: Bool
    }

    /// Imports `paths` and logs the run. Documents in error are in the summary, not thrown.
    func perform(_ paths: [String]) throws -> Outcome {
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
        importer.maxFileSize = maxFileSize
        importer.sourceURLs = sourceURLs
        let printer = PrintingThread(ImportPrinter(display: display))
        printer.run { $0.begin() }
        let summary: ImportSummary
        do {
            summary = try failing {
                try importer.run(
                    roots: paths.map(RawArguments.path), skipped: { folder in printer.run { $0.print(folder) } },
                    report: { outcome in printer.run { $0.print(outcome) } })
            }
        } catch {
            printer.wait()
            throw error
        }
        printer.wait { $0.end(summary, dryRun: dryRun) }
        written = written ?? opening?.ledger
        if let written { try Poa.Import.log(summary, in: written) }
        return Outcome(summary: summary, createdNothing: opening != nil && written == nil && !dryRun)
    }

    /// Throws what `poa import` exits with: 1 when a document ended in error; with `strict`, 2
    /// when one needs review.
    func failures(of outcome: Outcome, strict: Bool) throws {
        let summary = outcome.summary
        if summary[.error] > 0 {
            throw Failure(
                message: "\(summary[.error]) of \(summary.total) document(s) could not be imported "
                    + "(the error lines above say why)"
                    + (outcome.createdNothing
                        ? "; nothing was stored, so no ledger was created at \(DisplayWidth.printable(ledger.path))" : ""))
        }
        if strict, summary[.needsReview] > 0 {
            throw Failure(message: "\(summary[.needsReview]) document(s) need review (poa review)", exitCode: 2)
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
/// importing thread only hands each outcome over: formatting and printing a line is a
/// noticeable share of its work.
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

/// How `poa import` shows its documents as they come.
enum ImportDisplay: Equatable {
    /// A line per document, then the summary: what scripts and tests read (stdout not a
    /// terminal), and what `--verbose` asks for.
    case everyDocument
    /// On a terminal: one line of counts rewritten in place a few times a second, the lines of
    /// documents that need review or failed printed above it as they happen, then the summary.
    /// A line per document for 100,000 documents is a scroll nobody reads.
    case progress
    /// `--quiet`: only the lines of documents that ended in error (and, on stderr, the failure
    /// they cause); no summary, since the exit code says whether everything was imported.
    case errorsOnly
    /// One JSON object, whatever the other options: scripts parse it.
    case json

    /// The display for the options and for whether stdout is a terminal: a parameter, so the
    /// choice is testable without one.
    static func choose(format: TextOrJSON, verbose: Bool, quiet: Bool, isTerminal: Bool) -> ImportDisplay {
        if format == .json { return .json }
        if quiet { return .errorsOnly }
        if verbose || !isTerminal { return .everyDocument }
        return .progress
    }
}

/// Prints import outcomes as they come, as ``ImportDisplay`` says: lines for people, a progress
/// line, or one streamed JSON object.
struct ImportPrinter {
    let display: ImportDisplay
    private var count = 0
    private var counts: [DocumentStatus: Int] = [:]
    private let started = Date()
    private var lastProgress = Date.distantPast
    /// Whether the progress line is on screen (and must be cleared before another line).
    private var progressShown = false
    /// The folders skipped, for the JSON object's `skipped_folders`.
    private var skippedFolders: [SkippedFolder] = []
    /// A count of documents on stderr, when stderr is a terminal and stdout is not (`poa import
    /// ... > log`): the lines go to the file, the count shows the import is alive.
    private let showStderrCount: Bool
    private let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        return encoder
    }()

    init(display: ImportDisplay) {
        self.display = display
        showStderrCount = display == .everyDocument && isatty(STDERR_FILENO) == 1 && isatty(STDOUT_FILENO) != 1
    }

    func begin() {
        if display == .json { Swift.print("{\"documents\": [", terminator: "") }
    }

    mutating func print(_ outcome: DocumentOutcome) {
        count += 1
        counts[outcome.status, default: 0] += 1
        switch display {
        case .json:
            let json = (try? encoder.encode(outcome)).map { String(decoding: $0, as: UTF8.self) } ?? "null"
            Swift.print((count == 1 ? "\n" : ",\n") + json, terminator: "")
        case .everyDocument:
            Swift.print(Self.line(outcome))
        case .errorsOnly:
            if outcome.status == .error { Swift.print(Self.line(outcome)) }
        case .progress:
            let problem = outcome.status == .error || outcome.status == .needsReview
            if problem {
                clearProgress()
                Swift.print(Self.line(outcome))
            }
            // At most four redraws a second: a terminal drawing every document slows the import.
            if problem || Date().timeIntervalSince(lastProgress) > 0.25 {
                lastProgress = Date()
                Swift.print("\r\u{1B}[K" + progressText(), terminator: "")
                fflush(nil)  // every stream: naming `stdout` is not concurrency-safe
                progressShown = true
            }
        }
        if showStderrCount, Date().timeIntervalSince(started) > 1, Date().timeIntervalSince(lastProgress) > 0.25 {
            lastProgress = Date()
            FileHandle.standardError.write(Data("\r\(count) documents...".utf8))
        }
    }

    /// Shows a folder the walk met again and did not walk twice: a note, not a document (it
    /// changes no count and no exit code; `--quiet` leaves it out).
    mutating func print(_ folder: SkippedFolder) {
        switch display {
        case .json:
            skippedFolders.append(folder)
        case .everyDocument:
            Swift.print(Self.line(folder))
        case .progress:
            clearProgress()
            Swift.print(Self.line(folder))
        case .errorsOnly:
            break
        }
    }

    /// "note: symbolic-link cycle: filings/loop leads back to filings, walked once".
    static func line(_ folder: SkippedFolder) -> String {
        "note: " + DisplayWidth.printable(folder.reason)
    }

    mutating func end(_ summary: ImportSummary, dryRun: Bool) {
        if showStderrCount, Date().timeIntervalSince(started) > 1 {
            FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        }
        clearProgress()
        switch display {
        case .json:
            let json = (try? encoder.encode(summary)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
            let folders = (try? encoder.encode(skippedFolders)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
            Swift.print("\n], \"skipped_folders\": \(folders), \"summary\": \(json)}")
        case .everyDocument, .progress:
            let parts = DocumentStatus.allCases.map { "\(summary[$0]) \($0.rawValue)" }
            Swift.print("\(summary.total) document(s)\(dryRun ? " (dry run: nothing written)" : ""): \(parts.joined(separator: ", "))")
        case .errorsOnly:
            break
        }
    }

    /// Takes the progress line off the screen, so the next line starts at the margin.
    private mutating func clearProgress() {
        guard progressShown else { return }
        Swift.print("\r\u{1B}[K", terminator: "")
        progressShown = false
    }

    /// "1,234 documents: 1,200 imported, 30 needs-review, 4 error": the statuses seen so far.
    func progressText() -> String {
        let parts = DocumentStatus.allCases.compactMap { status in
            counts[status].map { "\(grouped($0)) \(status.rawValue)" }
        }
        return "\(grouped(count)) document\(count == 1 ? "" : "s"): \(parts.joined(separator: ", "))"
    }

    /// A document's line: its status padded to a column, its path, and what was read or why not.
    static func line(_ outcome: DocumentOutcome) -> String {
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
        // Padded by hand: Foundation's `padding(toLength:)` is costly on every line.
        let status = outcome.status.rawValue
        let padded = status + String(repeating: " ", count: max(0, 13 - status.utf8.count))
        // A file name (or a name read from it) with a line break or a terminal escape is shown
        // escaped, so it cannot forge a line of this output.
        let path = DisplayWidth.printable(outcome.path)
        return "\(padded) \(path)\(detail.isEmpty ? "" : ": \(DisplayWidth.printable(detail))")"
    }
}

/// `1234567` as "1,234,567".
func grouped(_ number: Int) -> String {
    let digits = String(number.magnitude)
    var result = ""
    for (index, digit) in digits.enumerated() {
        if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
        result.append(digit)
    }
    return number < 0 ? "-" + result : result
}
