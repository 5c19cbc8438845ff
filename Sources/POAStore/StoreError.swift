import Foundation
import POACore

/// Everything that can go wrong opening, migrating or writing a ledger, in words a user can act on.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No database file at this path, for a command that only reads.
    case missingDatabase(path: String)
    /// The file exists but is not an SQLite database (or is damaged beyond opening).
    case notADatabase(path: String, detail: String)
    /// SQLite could not open the file, or a `-wal` or `-shm` beside it, for reading: a matter of
    /// permissions or of the file system, not of the ledger's contents.
    case cannotOpen(path: String, detail: String)
    /// Transactions committed in the `-wal` (a writer was killed before copying them into the
    /// file) cannot be read here: SQLite reads a log through a `-shm`, which is missing and cannot
    /// be made because the folder cannot be written. Nothing is damaged.
    case pendingLogUnreadable(path: String)
    /// An SQLite database, but not a POA Ledger one (no migration ledger, other tables).
    case foreignDatabase(path: String)
    /// The database records migrations this binary does not know: a newer `poa` wrote it.
    case newerDatabase(path: String, unknownMigrations: [String])
    /// An applied migration's recorded checksum differs from the one embedded in this binary.
    case editedMigration(path: String, name: String)
    /// Migrations are pending and the command only reads.
    case pendingMigrations(path: String, names: [String])
    /// A migration failed; the database was left exactly as it was before it.
    case migrationFailed(name: String, detail: String)
    /// The file could not be opened for writing (read-only file or folder, full disk...).
    case notWritable(path: String, detail: String)
    /// A write broke one of the schema's rules (CHECK, UNIQUE, FOREIGN KEY, a trigger): the
    /// data was wrong, the database is fine.
    case constraintViolated(detail: String)
    /// Another process held the ledger's write lock for longer than this one waits for it
    /// (``Ledger/busyTimeout``): an import, a rebuild or a restore, usually.
    case busy(path: String, waited: Double)
    /// A write was refused by SQLite.
    case writeFailed(detail: String)
    /// A read failed.
    case readFailed(detail: String)
    /// No stored document is named so (by id, SHA-256 prefix or path).
    case unknownDocument(String)
    /// Several stored documents are named so.
    case ambiguousDocument(String, candidates: [String])

    public var description: String {
        switch self {
        case .missingDatabase(let path):
            return "no database at \(path): import filings first (poa import PATH), or create it with poa migrate"
        case .notADatabase(let path, let detail):
            return "\(path) is not a readable SQLite database (\(detail)); restore it from a backup (poa restore)"
        case .cannotOpen(let path, let detail):
            return "cannot open \(path) for reading (\(detail)); check that this user may read it, its folder, "
                + "and the \(path)-wal and \(path)-shm beside it if there are any"
        case .pendingLogUnreadable(let path):
            return "\(path) has changes committed in \(path)-wal that are not in the file yet, and this folder cannot "
                + "be written, so SQLite cannot read them (it needs to make \(path)-shm); nothing was changed. "
                + "Copy \(path) and \(path)-wal together into a writable folder and use the copy (--db), "
                + "or make the folder writable"
        case .foreignDatabase(let path):
            return "\(path) is an SQLite database but not a POA Ledger one; choose another file with --db"
        case .newerDatabase(let path, let names):
            return "\(path) was written by a newer version of poa (it has migration(s) \(names.joined(separator: ", ")) "
                + "that this binary does not know); upgrade poa to open it. Nothing was changed."
        case .editedMigration(let path, let name):
            return "migration \(name) applied to \(path) differs from the one in this binary "
                + "(checksum mismatch): the migration file was edited after it shipped. Nothing was changed."
        case .pendingMigrations(let path, let names):
            return "\(path) needs migration(s) \(names.joined(separator: ", ")) before it can be read: run poa migrate"
        case .migrationFailed(let name, let detail):
            return "migration \(name) failed and was rolled back, the database is unchanged: \(detail)"
        case .notWritable(let path, let detail):
            return "cannot write \(path) (\(detail)); check the file's permissions and the free disk space"
        case .constraintViolated(let detail):
            return "the ledger's rules refused the record: \(detail)"
        case .busy(let path, let waited):
            return "\(path) is being written by another process (an import, a rebuild or a restore, usually): this one "
                + "waited \(String(format: "%g", waited)) s for its turn and gave up, having changed nothing. Run it again when the "
                + "other has finished, or let it wait longer with POA_BUSY_TIMEOUT=SECONDS"
        case .writeFailed(let detail):
            return "the ledger refused the write: \(detail)"
        case .readFailed(let detail):
            return "could not read the ledger: \(detail)"
        case .unknownDocument(let reference):
            return "no document \"\(reference)\" in the ledger: name it by its id, a prefix of its SHA-256 "
                + "(6 digits or more) or its path as imported (list them with poa sql \"SELECT id, sha256, path FROM document\")"
        case .ambiguousDocument(let reference, let candidates):
            return "\"\(reference)\" names several documents (\(candidates.joined(separator: "; "))): give its id or a longer SHA-256 prefix"
        }
    }
}
