import Foundation
import POACore
import POAReading

/// A document read from disk, hashed and read by ``DocumentReader``, ready to be recorded.
struct ReadDocument: Sendable {
    enum Content: Sendable {
        /// The file could not be read: the reason says why, and what to do.
        case unreadable(reason: String)
        case read(sha256: String, size: Int, extraction: Extraction)
    }

    var path: String
    var content: Content

    /// The outcome of a document that failed (it could not be read, or its bytes are not text
    /// the reader can read): one that needs no ledger, since nothing of it is stored. Nil for
    /// a document with something to store.
    var failure: DocumentOutcome? {
        switch content {
        case .unreadable(let reason):
            return DocumentOutcome(path: path, sha256: nil, status: .error, reason: reason, instruments: [])
        case .read(let sha256, _, let extraction):
            guard case .error(let reason) = extraction.verdict else { return nil }
            return DocumentOutcome(path: path, sha256: sha256, status: .error, reason: reason, instruments: [])
        }
    }

    /// What the document weighs in memory while it waits and until its batch is written: its
    /// text, about.
    var weight: Int {
        if case .read(_, let size, _) = content { return size * 2 }
        return 0
    }
}

/// What the read-ahead hands over: a document read, or a folder the walk skipped.
enum ReadEntry: Sendable {
    case document(ReadDocument)
    case skipped(SkippedFolder)

    /// What the entry weighs in memory (see ``ReadDocument/weight``).
    var weight: Int {
        if case .document(let document) = self { return document.weight }
        return 0
    }
}

/// Reads documents on a second thread while the caller records the previous ones: reading
/// (hashing and the POA grammar) and writing (SQLite) then use one core each.
///
/// The queue between them is bounded by count and by bytes, so memory stays flat however large
/// the corpus: the reading thread waits when the writer falls behind. Documents come out in the
/// walker's order. Stopping early (the writer failed) releases the reading thread.
final class ReadAhead: Sequence, IteratorProtocol, @unchecked Sendable {
    private let condition = NSCondition()
    /// The documents read, from `head` on; those before it are taken (nil), so that a document
    /// is released as soon as the writer has it, not when the array is next compacted.
    private var queue: [ReadEntry?] = []
    private var head = 0
    private var queuedWeight = 0
    private var finished = false
    private var cancelled = false
    private let capacity: Int
    private let weightBudget: Int

    /// Starts reading every file under `roots`, refusing (as an `error`) any larger than `limit`.
    init(roots: [RawPath], limit: FileSize, capacity: Int = 256, weightBudget: Int = 64 << 20) {
        self.capacity = capacity
        self.weightBudget = weightBudget
        let thread = Thread { [self] in
            for entry in DocumentWalker(roots: roots) {
                guard put(Self.read(entry, limit: limit)) else { return }
            }
            condition.withLock {
                finished = true
                condition.broadcast()
            }
        }
        thread.name = "poa-read-ahead"
        thread.start()
    }

    deinit { cancel() }

    /// Reads one walker entry: a file's bytes (unless it is larger than `limit`), their
    /// SHA-256, and what they say.
    static func read(_ entry: DocumentWalker.Entry, limit: FileSize) -> ReadEntry {
        switch entry {
        case .skipped(let folder):
            return .skipped(folder)
        case .unreadable(let path, let reason):
            return .document(ReadDocument(path: path, content: .unreadable(reason: reason)))
        case .file(let file):
            let path = file.text
            let bytes: [UInt8]
            switch file.withCString({ DocumentFile.read($0, limit: limit) }) {
            case .success(let read): bytes = read
            case .failure(let refusal): return .document(ReadDocument(path: path, content: .unreadable(reason: refusal.description)))
            }
            return .document(ReadDocument(
                path: path,
                content: .read(sha256: SHA256.hex(of: bytes), size: bytes.count, extraction: DocumentReader.read(bytes))))
        }
    }

    /// Queues a document, waiting for room; false when the reader was cancelled.
    private func put(_ document: ReadEntry) -> Bool {
        condition.withLock {
            while !cancelled && pending > 0 && (pending >= capacity || queuedWeight + document.weight > weightBudget) {
                condition.wait()
            }
            guard !cancelled else { return false }
            queue.append(document)
            queuedWeight += document.weight
            condition.broadcast()
            return true
        }
    }

    private var pending: Int { queue.count - head }

    /// The next entry in walker order, waiting for it; nil when every document was read.
    func next() -> ReadEntry? {
        condition.withLock {
            while pending == 0 && !finished && !cancelled { condition.wait() }
            guard pending > 0, let document = queue[head].take() else { return nil }
            head += 1
            if head >= 1024 {
                queue.removeFirst(head)
                head = 0
            }
            queuedWeight -= document.weight
            condition.broadcast()
            return document
        }
    }

    /// Stops the reading thread after the document it is reading.
    func cancel() {
        condition.withLock {
            cancelled = true
            condition.broadcast()
        }
    }
}
