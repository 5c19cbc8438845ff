import Foundation
import GRDB
import GRDBSQLite
import SQLiteFileAccess

/// What ``Ledger/backup(to:force:)`` wrote.
public struct BackupReport: Equatable, Sendable {
    /// The backup file.
    public let path: String
    /// Its size in bytes.
    public let byteCount: Int64
    /// Migrations the copy (like its source) still needs: `poa migrate` applies them after a restore.
    public let pendingMigrations: [String]
}

/// What ``Ledger/restore(from:to:)`` did.
public struct RestoreReport: Equatable, Sendable {
    /// The ledger file, now holding the restored database.
    public let path: String
    /// Where the file it replaced was kept (`poa.sqlite.2026-11-23T08-00-00Z.bak`); nil when there
    /// was none.
    public let keptCopy: String?
    /// The restored file's size in bytes.
    public let byteCount: Int64
    /// Migrations the restored database still needs (the next writing command applies them).
    public let pendingMigrations: [String]
}

/// Why a backup or a restore did not happen. In every case the ledger file is unchanged, and so
/// is the destination of a refused backup.
public enum BackupError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The backup destination exists and `--force` was not given.
    case destinationExists(path: String)
    /// The destination is the ledger itself.
    case sameFile(path: String)
    /// The destination looks like a live database (it has a `-wal` or `-shm` beside it).
    case destinationInUse(path: String)
    /// The restore source was refused: not a database, not a POA Ledger one, or newer.
    case sourceRefused(path: String, reason: StoreError)
    /// The restore source is no database at all, or a database cut short: a folder, an empty
    /// file, text, a copy that did not finish (see ``RestoreSource``).
    case sourceNotABackup(path: String, problem: SourceProblem)
    /// The ledger to back up was refused: missing, not a database, not a POA Ledger one, or newer.
    case ledgerRefused(path: String, reason: StoreError)
    /// The copy failed its checks (integrity, foreign keys, migration ledger).
    case verificationFailed(path: String, problems: [String])
    /// The restore source is a POA Ledger database that fails its checks (integrity, foreign
    /// keys, a schema other than its migrations make).
    case sourceDamaged(path: String, problems: [String])
    /// Another process has the ledger open, so replacing it now could corrupt it.
    case ledgerInUse(path: String)
    /// Reading, copying, syncing or renaming a file failed.
    case fileSystem(path: String, detail: String)

    public var description: String {
        switch self {
        case .destinationExists(let path):
            return "\(path) already exists; choose another name, or pass --force to replace it"
        case .sameFile(let path):
            return "\(path) is the ledger itself; choose another file"
        case .destinationInUse(let path):
            return "\(path) is in use as a database (\(path)-wal or -shm exists beside it); "
                + "close what uses it, or choose another name"
        case .sourceRefused(let path, let reason):
            return "\(path) cannot be restored: \(Self.whyNotABackup(reason))"
        case .sourceNotABackup(let path, let problem):
            return "\(path) cannot be restored: \(problem.description)"
        case .ledgerRefused(let path, let reason):
            if case .missingDatabase = reason {
                return "no ledger at \(path), so nothing to back up: name the ledger with --db PATH (or $POA_DB)"
            }
            return "\(path) cannot be backed up: \(reason.description)"
        case .sourceDamaged(let path, let problems):
            return "\(path) cannot be restored: it fails its checks (\(problems.joined(separator: "; "))); "
                + "restore an earlier backup, or run poa check --db \(path) to see every problem"
        case .verificationFailed(let path, let problems):
            return "the copy for \(path) failed its checks (\(problems.joined(separator: "; "))); \(path) was not written. "
                + "The copy is the ledger's pages as they are: run poa check to see whether the ledger itself is damaged"
        case .ledgerInUse(let path):
            return "another process has \(path) open; stop it (other poa commands, sqlite3 shells) and retry"
        case .fileSystem(let path, let detail):
            return "could not write \(path) (\(detail)); check the folder's permissions and the free disk space"
        }
    }
}

extension BackupError {
    /// Why a restore source is refused, in words about backups: the shared ``StoreError`` texts
    /// speak of the ledger itself (for a damaged ledger, "restore it from a backup"; for a foreign
    /// one, "choose another file with --db"), which is the wrong advice for the file given to
    /// `poa restore`. By then ``RestoreSource`` has seen SQLite's header and the whole length of
    /// the file: a file SQLite cannot read is a damaged database.
    static func whyNotABackup(_ reason: StoreError) -> String {
        switch reason {
        case .missingDatabase(let path):
            return "no file at \(path); give the path of the file poa backup wrote"
        case .notADatabase(_, let detail):
            return "it is a damaged database (SQLite: \(detail)); restore another backup (where there is "
                + "none, the sqlite3 shell's .recover command can save what is readable into a new file, "
                + "which poa restore then checks)"
        case .foreignDatabase:
            return "it is not a POA Ledger backup (an SQLite database without a POA Ledger's tables); "
                + "give the file poa backup wrote"
        case .newerDatabase(_, let names):
            return "it was written by a newer version of poa (it has migration(s) \(names.joined(separator: ", ")) "
                + "that this one does not know); restore it with that version, or upgrade poa"
        case .readFailed(let detail):
            return "it could not be read (\(detail)); check the file and its permissions"
        default:
            return reason.description
        }
    }
}

extension Ledger {
    /// Copies the ledger to `destination` while other processes keep reading and writing it.
    ///
    /// The copy uses SQLite's online backup API inside one read transaction: it sees one
    /// committed state of the database (every transaction wholly in or out), it finishes however
    /// busy the writers are (they never restart it), and neither side meets a lock error. The copy
    /// is written to a temporary file in the destination's folder and synced to disk, checked (its
    /// migration ledger; with `verify`, also `PRAGMA integrity_check` and foreign keys), and only
    /// then renamed to `destination`, so a crash never leaves a half-written backup under that name. The copy is a
    /// single self-contained file (rollback journal mode; the ledger returns to WAL when opened).
    ///
    /// For example:
    ///
    /// ```swift
    /// let report = try Ledger.openForReading(at: "poa.sqlite").backup(to: "poa-2026-11-23.sqlite", force: false)
    /// print(report.byteCount)
    /// ```
    ///
    /// - Throws: `BackupError` when `destination` exists (without `force`), is the ledger, or the
    ///   copy fails; `StoreError` cases arrive wrapped in it.
    public func backup(to destination: String, force: Bool, verify: Bool = false) throws(BackupError) -> BackupReport {
        try Self.refuseUnsafeDestination(destination, ledger: path, force: force)
        let temporary: String
        do throws(BackupError) {
            temporary = try Self.copy(from: path, toTemporaryBeside: destination)
        } catch .sourceRefused(let source, let reason) {
            throw .ledgerRefused(path: source, reason: reason)
        }
        do {
            let pending = try Self.verifyCopy(at: temporary, naming: destination, migrations: migrations, thorough: verify)
            try Self.rename(temporary, to: destination)
            return BackupReport(path: destination, byteCount: Self.size(of: destination), pendingMigrations: pending)
        } catch {
            Self.remove(temporary)
            throw error
        }
    }

    /// Backs up the ledger file at `source` without migrating it: the way to keep a copy before an
    /// upgrade. Refuses, like every command, a database that is newer, edited or not a ledger.
    public static func backup(from source: String, to destination: String, force: Bool, verify: Bool = false)
        throws(BackupError) -> BackupReport
    {
        do {
            _ = try migrationStates(at: source, migrations: Migration.all)
        } catch {
            throw .ledgerRefused(path: source, reason: error)
        }
        let connection: ReadingConnection
        do throws(BackupError) {
            connection = try sourceConnection(at: source)
        } catch .sourceRefused(_, let reason) {
            throw .ledgerRefused(path: source, reason: reason)
        }
        defer { try? connection.close() }
        return try Ledger(path: source, writer: connection.queue, migrations: Migration.all)
            .backup(to: destination, force: force, verify: verify)
    }

    /// A connection that only looks at the source of a backup or restore; an unreadable source is refused.
    private static func sourceConnection(at source: String) throws(BackupError) -> ReadingConnection {
        do {
            return try ReadingConnection.open(at: source)
        } catch {
            throw .sourceRefused(path: source, reason: StoreError.read(error, path: source))
        }
    }

    /// Replaces the ledger at `path` with the database at `source`, keeping the replaced file.
    ///
    /// `source` must be a healthy POA Ledger database this binary can open: it passes the
    /// integrity and foreign key checks and its migration ledger is neither newer nor edited
    /// (pending migrations are fine: the next writing command applies them). It is copied with
    /// the backup API (so a source with a live `-wal` is copied whole) to a temporary file beside
    /// `path`, synced, and checked. The current file, if any, is kept as
    /// `PATH.<UTC timestamp>.bak` (with its `-wal` as `.bak-wal` if it had unsaved pages), then
    /// the copy is renamed over `path`: at no moment is there a half-written ledger.
    ///
    /// Stop other `poa` processes first: a ledger another process has open is refused.
    ///
    /// - Throws: `BackupError`; on any error the ledger at `path` is unchanged.
    public static func restore(from source: String, to path: String) throws(BackupError) -> RestoreReport {
        guard !sameFile(source, path) else { throw .sameFile(path: source) }
        if let problem = RestoreSource.problem(at: source) { throw .sourceNotABackup(path: source, problem: problem) }
        let pending: [String]
        do throws(StoreError) {
            let states = try migrationStates(at: source, migrations: Migration.all)
            // A database with no migration applied is an empty SQLite file, not a ledger.
            guard states.contains(where: \.isApplied) else { throw StoreError.foreignDatabase(path: source) }
            pending = states.filter { !$0.isApplied }.map(\.name)
        } catch {
            throw .sourceRefused(path: source, reason: error)
        }
        let connection = try sourceConnection(at: source)
        let temporary: String
        do {
            defer { try? connection.close() }
            temporary = try copy(from: source, toTemporaryBeside: path)
        }
        do throws(BackupError) {
            do {
                _ = try verifyCopy(at: temporary, naming: source, migrations: Migration.all, thorough: true)
            } catch .verificationFailed(_, let problems) {
                throw BackupError.sourceDamaged(path: source, problems: problems)
            }
            let kept = try keepCurrent(path)
            try rename(temporary, to: path)
            return RestoreReport(path: path, keptCopy: kept, byteCount: size(of: path), pendingMigrations: pending)
        } catch {
            remove(temporary)
            throw error
        }
    }
}

extension Ledger {
    /// Refuses to back up over the ledger itself, over a live database, or over any file without `force`.
    fileprivate static func refuseUnsafeDestination(_ destination: String, ledger: String, force: Bool)
        throws(BackupError)
    {
        guard !sameFile(destination, ledger) else { throw .sameFile(path: destination) }
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        if manager.fileExists(atPath: destination, isDirectory: &isFolder) {
            guard !isFolder.boolValue else {
                throw .fileSystem(path: destination, detail: "it is a folder; give a file name")
            }
            guard force else { throw .destinationExists(path: destination) }
        }
        // A -wal beside the destination would be replayed onto the new file when it is opened.
        if manager.fileExists(atPath: destination + "-wal") || manager.fileExists(atPath: destination + "-shm") {
            throw .destinationInUse(path: destination)
        }
    }

    /// Copies the database at `source` with the backup API (one read transaction) into a new
    /// temporary file in the folder of `destination`, in rollback journal mode, synced and
    /// closed; returns its path.
    ///
    /// The copy is made by `poa_sqlite_copy_file` (in `SQLiteFileAccess`), which reads the source
    /// and writes the copy in runs of up to 124 KB rather than one 4 KB page per system call,
    /// so it makes far fewer system calls. It opens its own connection to the source, which sees
    /// the ledger as every other one does (a `-wal` included), read-only: the source's files are
    /// never changed.
    fileprivate static func copy(from source: String, toTemporaryBeside destination: String)
        throws(BackupError) -> String
    {
        let target = URL(fileURLWithPath: destination)
        // What a killed backup or restore of this destination left behind goes first.
        for stale in staleTemporaries(beside: destination, olderThan: staleAge) { remove(stale) }
        let temporary = target.deletingLastPathComponent()
            .appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString).tmp").path
        var message = [CChar](repeating: 0, count: 512)
        let code = poa_sqlite_copy_file(source, temporary, &message, Int32(message.count))
        guard code == SQLITE_OK else {
            remove(temporary)
            let error = DatabaseError(
                resultCode: ResultCode(rawValue: code),
                message: String(decoding: message.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
            if [.SQLITE_CORRUPT, .SQLITE_NOTADB].contains(error.resultCode) {
                throw .sourceRefused(path: source, reason: .notADatabase(path: source, detail: StoreError.describe(error)))
            }
            throw .fileSystem(path: destination, detail: StoreError.describe(error))
        }
        return temporary
    }

    /// Checks a fresh copy and returns its pending migrations (which are not problems).
    ///
    /// A `thorough` check (for a restore, whose source may be any file, and for `backup
    /// --verify`) is the one of ``check(at:)``: full integrity, foreign keys, migration ledger.
    /// Otherwise the copy is opened and its migration ledger read: the backup API copies the
    /// live ledger's pages verbatim from one committed state, and reading every page back
    /// would cost five times the copy itself. The problems name the copy as `name` (the
    /// restore's source, the backup's destination), never as its temporary file: a person never
    /// sees that name, and the copy's problems are the source's.
    fileprivate static func verifyCopy(at path: String, naming name: String, migrations: [Migration], thorough: Bool)
        throws(BackupError) -> [String]
    {
        let states: [MigrationState]
        do {
            states = try migrationStates(at: path, migrations: migrations)
        } catch {
            throw .verificationFailed(path: name, problems: [error.description.replacingOccurrences(of: path, with: name)])
        }
        var problems: [String] = []
        do {
            let connection = try ReadingConnection.open(at: path)
            defer { try? connection.close() }
            try connection.queue.read { db in
                // The schema must be exactly what the applied migrations make (a trigger that
                // deletes rows passes every integrity check).
                problems += try schemaDifferences(in: db, applied: states.filter(\.isApplied).map(\.name))
                guard thorough else { return }
                // SQLite's report comes in rows of several lines, under a "*** in database main ***" heading.
                problems += try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
                    .flatMap { $0.split(separator: "\n").map(String.init) }
                    .filter { !$0.hasPrefix("*** in database") }
                for row in try Row.fetchAll(db, sql: "PRAGMA foreign_key_check") {
                    let table: String = row[0] ?? "?"
                    let parent: String = row[2] ?? "?"
                    problems.append("a row of \(table) refers to a missing row of \(parent)")
                }
            }
        } catch {
            problems.append("it cannot be read to the end (SQLite: \(StoreError.describe(error)))")
        }
        guard problems.isEmpty else { throw .verificationFailed(path: name, problems: Array(problems.prefix(5))) }
        return states.filter { !$0.isApplied }.map(\.name)
    }

    /// Before a restore: makes sure no other process has the ledger at `path` open, then keeps it
    /// as `PATH.<timestamp>.bak` (a hard link, or a copy where links are not possible), with any
    /// `-wal` it still has (unsaved pages) as `.bak-wal`. Returns the kept copy's path.
    fileprivate static func keepCurrent(_ path: String) throws(BackupError) -> String? {
        let manager = FileManager.default
        guard manager.fileExists(atPath: path) else { return nil }
        // Fold the WAL into the file. Closing the last connection to a WAL database deletes its
        // -wal, so a -wal still there afterwards means another connection has the file open.
        if let queue = try? DatabaseQueue(path: path) {
            let checkpointed = (try? queue.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
            }) != nil
            try? queue.close()
            if checkpointed, manager.fileExists(atPath: path + "-wal") { throw .ledgerInUse(path: path) }
        }
        let kept = keptCopyName(for: path)
        if link(path, kept) != 0 {
            do {
                try manager.copyItem(atPath: path, toPath: kept)
                try syncFile(kept)
            } catch {
                throw .fileSystem(path: kept, detail: error.localizedDescription)
            }
        }
        // A damaged ledger may keep a -wal that could not be checkpointed: it goes with its file,
        // never beside the restored one, where SQLite would replay it.
        if manager.fileExists(atPath: path + "-wal") {
            try rename(path + "-wal", to: kept + "-wal")
        }
        try? manager.removeItem(atPath: path + "-shm")
        return kept
    }

    /// `PATH.2026-11-23T08-00-00Z.bak`, with `-2`, `-3`... added if that name is taken.
    fileprivate static func keptCopyName(for path: String) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd'T'HH-mm-ss'Z'"
        let base = "\(path).\(formatter.string(from: Date()))"
        var candidate = base + ".bak"
        var counter = 2
        while FileManager.default.fileExists(atPath: candidate) {
            candidate = "\(base)-\(counter).bak"
            counter += 1
        }
        return candidate
    }

    /// Flushes a file's bytes to the disk.
    fileprivate static func syncFile(_ path: String) throws(BackupError) {
        let descriptor = Foundation.open(path, O_RDONLY)
        guard descriptor >= 0 else { throw .fileSystem(path: path, detail: String(cString: strerror(errno))) }
        defer { _ = Foundation.close(descriptor) }
        guard fsync(descriptor) == 0 else { throw .fileSystem(path: path, detail: String(cString: strerror(errno))) }
    }

    /// Renames atomically (replacing `destination`), then syncs the folder so the new name is on disk.
    fileprivate static func rename(_ source: String, to destination: String) throws(BackupError) {
        guard Foundation.rename(source, destination) == 0 else {
            throw .fileSystem(path: destination, detail: String(cString: strerror(errno)))
        }
        let folder = URL(fileURLWithPath: destination).deletingLastPathComponent().path
        let descriptor = Foundation.open(folder, O_RDONLY)
        if descriptor >= 0 {
            _ = fsync(descriptor)
            _ = Foundation.close(descriptor)
        }
    }

    fileprivate static func size(of path: String) -> Int64 {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        return (attributes?[.size] as? NSNumber)?.int64Value ?? 0
    }

    /// How old a temporary copy must be to count as left by a killed backup or restore: a copy
    /// being written changes every few milliseconds, and one being verified is read for minutes
    /// at most.
    public static let staleAge: TimeInterval = 3600

    /// The temporary copies a backup or restore to `destination` makes (`.NAME.UUID.tmp` beside
    /// it), not modified for `olderThan` seconds: left by a process that was killed.
    public static func staleTemporaries(beside destination: String, olderThan age: TimeInterval = 0) -> [String] {
        let target = URL(fileURLWithPath: destination)
        let folder = target.deletingLastPathComponent().path
        let prefix = ".\(target.lastPathComponent)."
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        return names.filter { $0.hasPrefix(prefix) && $0.hasSuffix(".tmp") && $0.count == prefix.count + 36 + 4 }
            .map { folder + "/" + $0 }
            .filter { path in
                let modified = (try? FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date) ?? Date()
                return Date().timeIntervalSince(modified) >= age
            }
            .sorted()
    }

    /// Removes a temporary database and any journal SQLite left beside it.
    fileprivate static func remove(_ path: String) {
        for suffix in ["", "-journal", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: path + suffix)
        }
    }

    /// Whether two paths name the same file (same device and inode), or the same path when neither exists.
    fileprivate static func sameFile(_ first: String, _ second: String) -> Bool {
        var a = stat(), b = stat()
        guard stat(first, &a) == 0, stat(second, &b) == 0 else {
            return URL(fileURLWithPath: first).standardizedFileURL == URL(fileURLWithPath: second).standardizedFileURL
        }
        return a.st_dev == b.st_dev && a.st_ino == b.st_ino
    }
}
