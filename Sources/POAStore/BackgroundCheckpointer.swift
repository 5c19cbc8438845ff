import GRDB
import Synchronization

/// Copies committed pages from the write-ahead log into the database file on a connection of
/// its own, while the writer goes on writing: a passive checkpoint after each commit.
///
/// SQLite checkpoints on the writer's thread, inside the commit that grows the log past its
/// limit, and the writer waits for the copy and for the database file's sync. An import writes
/// back to back, and those copies are a marked share of its writing. A checkpoint on another
/// connection runs beside the writer (it copies only committed frames and never blocks the
/// writer), so the writer is left with the frames committed since the last copy, when the log
/// reaches its limit (see ``Ledger/session(checkingForeignKeys:copyingLogAside:_:)``).
final class BackgroundCheckpointer: Sendable {
    /// The checkpointer's own connection, which runs each copy on a queue of its own.
    private let connection: DatabaseQueue
    /// Whether a copy is asked for and not started yet: asking again then adds nothing.
    private let pending = Mutex(false)
    /// Set when a copy fails: later ones would fail alike, and the writer copies the log itself.
    private let failed = Mutex(false)

    /// A checkpointer for the ledger at `path`, with a connection of its own; nil when that
    /// connection cannot be opened or read (the writer then copies the log itself, as it does by
    /// default).
    init?(path: String) {
        var configuration = Configuration()
        // Waits out another connection's brief locks, as the ledger's own connections do.
        configuration.busyMode = .timeout(10)
        do {
            connection = try DatabaseQueue(path: path, configuration: configuration)
            // A connection learns that the file is in WAL mode when it first reads it: until
            // then its checkpoints do nothing.
            _ = try connection.inDatabase { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_schema") }
        } catch {
            return nil
        }
    }

    /// Whether every copy so far succeeded.
    var isHealthy: Bool { !failed.withLock { $0 } }

    /// Asks for every page committed so far to be copied into the database file; returns at once.
    func request() {
        let first = pending.withLock { pending in
            defer { pending = true }
            return !pending
        }
        guard first, isHealthy else { return }
        connection.asyncWriteWithoutTransaction { [self] db in
            pending.withLock { $0 = false }
            // Passive: copies what no reader still needs, never waits, never blocks the writer.
            // A copy that cannot finish now is finished by a later one, or by the writer's own.
            do {
                try db.checkpoint(.passive)
            } catch {
                failed.withLock { $0 = true }
            }
        }
    }

    /// Waits for a copy under way, then closes the connection.
    func close() {
        try? connection.close()
    }
}
