import Foundation
import GRDB
import POACore

/// The POA Ledger database: one SQLite file, and the only way in or out of it.
///
/// `Ledger` is the repository: it opens the file, verifies and applies migrations, and exposes
/// invariant-preserving writes (each one transaction) and focused reads. It never hands out a
/// database connection. It is `Sendable`: share one value between tasks.
///
/// Opening always checks the migration ledger first, and refuses without writing anything a
/// database written by a newer `poa` or one whose applied migrations were edited.
///
/// For example:
///
/// ```swift
/// let ledger = try Ledger.open(at: "poa.sqlite")          // creates and migrates if needed
/// let reader = try Ledger.openForReading(at: "poa.sqlite") // never writes, never creates
/// ```
public struct Ledger: Sendable {
    /// The database file.
    public let path: String
    let writer: any DatabaseWriter
    let migrations: [Migration]
    /// Set by ``openForReading(at:)``: every write is refused.
    var readOnly = false
    /// Set by ``openForReading(at:)``: the connection behind `writer`, which ``close()`` closes
    /// with its housekeeper.
    var reading: ReadingConnection?

    /// Opens the ledger at `path` for writing, creating the file if needed, and applies pending
    /// migrations. WAL journal mode and a busy timeout let readers and one writer work side by side.
    ///
    /// - Throws: `StoreError` if the file is not a POA Ledger database this binary can write.
    public static func open(at path: String) throws(StoreError) -> Ledger {
        try open(at: path, migrations: Migration.all)
    }

    static func open(at path: String, migrations: [Migration]) throws(StoreError) -> Ledger {
        if FileManager.default.fileExists(atPath: path) {
            // Verify with a read-only connection before anything can write to the file.
            _ = try migrationStates(at: path, migrations: migrations)
        }
        let pool: DatabasePool
        do {
            pool = try DatabasePool(path: path, configuration: configuration(readonly: false))
        } catch {
            throw StoreError.write(error, path: path)
        }
        let ledger = Ledger(path: path, writer: pool, migrations: migrations)
        _ = try ledger.migrate()
        return ledger
    }

    /// Opens an existing ledger for reading only. Nothing is created, migrated or written: the
    /// connection is read-only and never checkpoints (see `ReadingConnection`), so transactions a
    /// killed writer left in the `-wal` are read and left there, and the file keeps every byte.
    ///
    /// - Throws: `StoreError.missingDatabase` when there is no file, `.pendingMigrations` when
    ///   it needs `poa migrate` first, `.pendingLogUnreadable` when a `-wal` cannot be read in a
    ///   folder that cannot be written, and the refusals of ``open(at:)``.
    public static func openForReading(at path: String) throws(StoreError) -> Ledger {
        try openForReading(at: path, migrations: Migration.all)
    }

    static func openForReading(at path: String, migrations: [Migration]) throws(StoreError) -> Ledger {
        // One connection checks the migration ledger and then serves the reads.
        let connection = try readingConnection(at: path)
        var ledger = Ledger(path: path, writer: connection.queue, migrations: migrations)
        ledger.readOnly = true
        ledger.reading = connection
        let pending = try ledger.migrationStatus().filter { !$0.isApplied }.map(\.name)
        guard pending.isEmpty else { throw StoreError.pendingMigrations(path: path, names: pending) }
        return ledger
    }

    /// The state of every migration this binary knows in the database at `path`, read without
    /// writing. With no file at `path`, every migration is pending.
    public static func migrationStatus(at path: String) throws(StoreError) -> [MigrationState] {
        guard FileManager.default.fileExists(atPath: path) else {
            return Migration.all.map { MigrationState(name: $0.name, appliedAt: nil) }
        }
        return try migrationStates(at: path, migrations: Migration.all)
    }

    static func migrationStates(at path: String, migrations: [Migration]) throws(StoreError) -> [MigrationState] {
        let connection = try readingConnection(at: path)
        defer { try? connection.close() }
        do {
            return try connection.queue.read { db in try SchemaMigrator(migrations: migrations, path: path).verify(db) }
        } catch {
            throw StoreError.read(error, path: path)
        }
    }

    /// A ``ReadingConnection`` to the existing file at `path`.
    static func readingConnection(at path: String) throws(StoreError) -> ReadingConnection {
        guard FileManager.default.fileExists(atPath: path) else { throw StoreError.missingDatabase(path: path) }
        do {
            return try ReadingConnection.open(at: path)
        } catch {
            throw StoreError.read(error, path: path)
        }
    }

    /// Applies pending migrations; returns the names applied (empty when up to date).
    @discardableResult
    public func migrate() throws(StoreError) -> [String] {
        guard !readOnly else { throw StoreError.notWritable(path: path, detail: "opened for reading only") }
        do {
            return try SchemaMigrator(migrations: migrations, path: path).migrate(writer)
        } catch {
            throw StoreError.write(error, path: path)
        }
    }

    /// The state of every known migration in this ledger.
    public func migrationStatus() throws(StoreError) -> [MigrationState] {
        try read { db in try SchemaMigrator(migrations: migrations, path: path).verify(db) }
    }

    /// How long, in seconds, a connection waits for the write lock another process holds before
    /// giving up with ``StoreError/busy(path:waited:)``: `$POA_BUSY_TIMEOUT`, else 10.
    public static let busyTimeout: Double = ProcessInfo.processInfo.environment["POA_BUSY_TIMEOUT"]
        .flatMap(Double.init).map { max(0, $0) } ?? 10

    static func configuration(readonly: Bool) -> Configuration {
        _ = SQLiteProcess.memoryStatisticsOff
        var configuration = Configuration()
        configuration.readonly = readonly
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(busyTimeout)
        configuration.label = "POALedger"
        if !readonly {
            configuration.prepareDatabase { db in
                // WAL with synchronous NORMAL: a crash never corrupts, and commits stay fast.
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
                // A batch of imported documents touches pages all over the indexes: a 64 MiB
                // page cache keeps them in memory until the commit instead of spilling early.
                // Readers (a pool's other connections) keep SQLite's default 2 MiB: the system's
                // file cache serves them, and a full rebuild reads on one of them per core.
                if !db.configuration.readonly {
                    try db.execute(sql: "PRAGMA cache_size = -65536")
                }
                // Checkpoint every 32 MiB of WAL rather than 4 MiB: hot index pages rewritten
                // by consecutive batches are copied back to the database file once, not each time.
                try db.execute(sql: "PRAGMA wal_autocheckpoint = 8192")
                // A savepoint (a document written again after its batch failed, or a
                // statement that may fail part-way) journals the pages it changes so that it
                // can be undone alone. Kept in memory, not in temporary files.
                try db.execute(sql: "PRAGMA temp_store = MEMORY")
                // This system library is built with SQLITE_SECURE_DELETE: every page a DELETE or
                // DROP frees is overwritten with zeros and written to the log, and a full rebuild
                // frees hundreds of MB of derived rows and indexes on a large ledger: seconds
                // spent writing zeros. FAST still clears deleted rows inside the pages that are
                // written anyway; the ledger holds public filings, and nothing it deletes needs
                // shredding.
                try db.execute(sql: "PRAGMA secure_delete = FAST")
            }
        }
        return configuration
    }

    /// Runs `body` in one read transaction, translating errors.
    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try writer.read(body)
        } catch {
            throw StoreError.read(error, path: path)
        }
    }

    /// Runs `body` in one write transaction: all of it is written, or none.
    func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        guard !readOnly else { throw StoreError.notWritable(path: path, detail: "opened for reading only") }
        do {
            return try writer.write(body)
        } catch {
            throw StoreError.write(error, path: path)
        }
    }

    /// Closes the connections; later calls fail. Useful before replacing the file.
    public func close() throws(StoreError) {
        do {
            if let reading { try reading.close() } else { try writer.close() }
        } catch {
            throw StoreError.write(error, path: path)
        }
    }
}

extension Ledger {
    /// Copies the pages waiting in the write-ahead log into the database file and empties the
    /// log, as far as readers allow. SQLite does this on its own as the log grows; call it to
    /// leave the file whole after a large write (a benchmark that compares copies of the file).
    public func checkpoint() throws(StoreError) {
        do {
            try writer.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        } catch {
            throw StoreError.write(error, path: path)
        }
    }

    /// Whether ``snapshot(_:)`` can run on another thread while a ``transaction(_:)`` is open:
    /// true for a file (WAL, one writer and many readers), false in memory (one connection).
    public var readsWhileWriting: Bool { writer is DatabasePool }

    /// A migrated ledger in memory, gone when released: for dry runs and tests.
    public static func inMemory() throws(StoreError) -> Ledger {
        do {
            let queue = try DatabaseQueue(configuration: configuration(readonly: false))
            let ledger = Ledger(path: ":memory:", writer: queue, migrations: Migration.all)
            try ledger.migrate()
            return ledger
        } catch {
            throw StoreError.write(error, path: ":memory:")
        }
    }
}
