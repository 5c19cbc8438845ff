import Foundation
import GRDB
import GRDBSQLite
import SQLiteFileAccess
import Synchronization

/// A connection that reads a ledger file and cannot change it: what every command that only
/// reads opens (``Ledger/openForReading(at:)``, ``Ledger/check(at:)``, the migration status, a
/// backup's source).
///
/// The connection is opened `SQLITE_OPEN_READONLY` and never checkpoints when it closes, so a
/// `-wal` left by a killed writer is read, and left as it was, log and file. Where it may, a
/// housekeeper connection opened first and closed last removes the `-wal` and `-shm` that
/// reading made, so a ledger closed cleanly is left as it was found, its folder included. In a
/// folder that cannot be written (a read-only mount) a ledger without a pending log is read as
/// an immutable file, and one whose log SQLite cannot read there is refused with
/// ``StoreError/pendingLogUnreadable(path:)``. See `poa_sqlite_read_access` for each case.
///
/// For example:
///
/// ```swift
/// let connection = try ReadingConnection.open(at: "poa.sqlite")
/// defer { try? connection.close() }
/// let count = try connection.queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM document") }
/// ```
final class ReadingConnection: Sendable {
    /// The read-only connection.
    let queue: DatabaseQueue
    /// The housekeeper, until it is closed.
    private let housekeeper: Mutex<Housekeeper?>

    /// A housekeeper's SQLite connection: used by one thread at a time, that of ``close()``.
    private struct Housekeeper: @unchecked Sendable {
        let handle: OpaquePointer
    }

    private init(queue: DatabaseQueue, housekeeper: OpaquePointer?) {
        self.queue = queue
        self.housekeeper = Mutex(housekeeper.map(Housekeeper.init))
    }

    /// Opens the ledger file at `path`, which exists, for reading.
    ///
    /// - Throws: ``StoreError/pendingLogUnreadable(path:)`` when transactions wait in a `-wal`
    ///   that cannot be read in this folder; GRDB's error when SQLite cannot open the file.
    static func open(at path: String) throws -> ReadingConnection {
        let access = poa_sqlite_read_access(path)
        guard access != PoaReadAccessPendingLogUnreadable else { throw StoreError.pendingLogUnreadable(path: path) }
        let housekeeper = access == PoaReadAccessSharedWithHousekeeper ? poa_sqlite_open_housekeeper(path) : nil
        do {
            var configuration = Ledger.configuration(readonly: true)
            configuration.prepareDatabase { db in
                guard let connection = db.sqliteConnection, poa_sqlite_keep_log_on_close(connection) == SQLITE_OK else {
                    throw DatabaseError(resultCode: .SQLITE_MISUSE, message: "cannot keep the log when closing")
                }
            }
            let name = try readerName(path, access)
            return ReadingConnection(queue: try DatabaseQueue(path: name, configuration: configuration), housekeeper: housekeeper)
        } catch {
            poa_sqlite_close_housekeeper(housekeeper)
            throw error
        }
    }

    /// The name SQLite opens: the path, or an `immutable=1` URI.
    private static func readerName(_ path: String, _ access: PoaReadAccess) throws -> String {
        guard let name = poa_sqlite_reader_name(path, access) else { throw DatabaseError(resultCode: .SQLITE_NOMEM) }
        defer { sqlite3_free(name) }
        return String(cString: name)
    }

    /// Closes the reader, then the housekeeper; later reads fail. Closing twice does nothing more.
    func close() throws {
        defer { poa_sqlite_close_housekeeper(housekeeper.withLock { $0.take() }?.handle) }
        try queue.close()
    }

    deinit {
        try? close()
    }
}
