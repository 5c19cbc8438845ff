import Dispatch
import GRDBSQLite
import Synchronization

/// Copies committed pages from the write-ahead log into the database file on a thread of its
/// own, while the writer goes on writing: a passive checkpoint after each commit.
///
/// SQLite checkpoints on the writer's thread, inside the commit that grows the log past its
/// limit, and the writer waits for the copy and for the database file's sync. An import writes
/// back to back, and those copies are a marked share of its writing. A checkpoint on another
/// connection runs beside the writer (it copies only committed frames and never blocks the
/// writer), so the writer is left with the frames committed since the last copy, when the log
/// reaches its limit (see ``Ledger/session(checkingForeignKeys:copyingLogAside:_:)``).
final class BackgroundCheckpointer: Sendable {
    /// The checkpointer's own connection: SQLite checkpoints through any read-write connection.
    private let connection: Connection
    private let queue = DispatchQueue(label: "POALedger.background-checkpointer")
    /// Whether a copy is asked for and not started yet: asking again then adds nothing.
    private let pending = Mutex(false)

    /// A checkpointer for the ledger at `path`, with a connection of its own; nil when that connection
    /// cannot be opened (the writer then copies the log itself, as it does by default).
    init?(path: String) {
        var handle: OpaquePointer?
        guard sqlite3_open_v2(path, &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nil) == SQLITE_OK,
            let handle
        else {
            sqlite3_close_v2(handle)
            return nil
        }
        // Waits out another connection's brief locks, as the ledger's own connections do. A
        // connection learns that the file is in WAL mode when it first reads it: until then its
        // checkpoints do nothing.
        sqlite3_busy_timeout(handle, 10_000)
        guard sqlite3_exec(handle, "SELECT count(*) FROM sqlite_schema", nil, nil, nil) == SQLITE_OK else {
            sqlite3_close_v2(handle)
            return nil
        }
        connection = Connection(handle: handle)
    }

    /// Asks for every page committed so far to be copied into the database file; returns at once.
    func request() {
        let first = pending.withLock { pending in
            defer { pending = true }
            return !pending
        }
        guard first else { return }
        queue.async { [self] in
            pending.withLock { $0 = false }
            // Passive: copies what no reader still needs, never waits, never blocks the writer.
            // A copy that cannot finish now is finished by a later one, or by the writer's own.
            sqlite3_wal_checkpoint_v2(connection.handle, nil, SQLITE_CHECKPOINT_PASSIVE, nil, nil)
        }
    }

    /// Waits for a copy under way, then closes the connection.
    func close() {
        queue.sync {}
        sqlite3_close_v2(connection.handle)
    }

    /// A connection used only on the checkpointer's queue.
    private struct Connection: @unchecked Sendable {
        let handle: OpaquePointer
    }
}
