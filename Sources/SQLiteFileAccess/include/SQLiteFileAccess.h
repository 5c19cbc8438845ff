#ifndef POA_SQLITE_FILE_ACCESS_H
#define POA_SQLITE_FILE_ACCESS_H

/// Turns off SQLite's memory statistics for the whole process: `sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0)`.
///
/// With them on (the default of this system library, which is also built without lookaside
/// memory), every allocation SQLite makes takes a process-wide mutex to count bytes: hundreds of
/// allocations per imported document, and the threads of a rebuild queue on that one lock.
/// Nothing in POA Ledger reads the statistics (`sqlite3_memory_used` and friends).
///
/// `sqlite3_config` is variadic, which Swift cannot call: hence this C function. It only works
/// before SQLite initialises (before the first connection opens); afterwards it changes nothing
/// and returns `SQLITE_MISUSE` (21). Returns `SQLITE_OK` (0) when the setting took effect.
int poa_sqlite_disable_memory_statistics(void);

/// Copies the database at `sourcePath` (its "main" schema, as of one committed state: one read
/// transaction, whatever other connections and processes write meanwhile) into a new file at
/// `path` with SQLite's online backup API, and syncs it.
///
/// Both files go through thin VFSes that move runs of up to 124 KB rather than 4 KB pages: the
/// source is read ahead, the copy's consecutive page writes are gathered (see FileCopy.c). The
/// source is opened with poa_sqlite_open_reader, so the copy holds what its `-wal` holds and the
/// source's files are never changed. The copy is left in rollback journal mode (DELETE), closed.
/// Returns `SQLITE_OK` (0), or an SQLite result code with a description in `message` (at most
/// `messageSize` bytes, NUL-terminated); on failure the caller removes whatever was written at `path`.
int poa_sqlite_copy_file(const char *sourcePath, const char *path, char *message, int messageSize);

struct sqlite3;

/// How a command that only reads opens the ledger at a path so that SQLite cannot change its
/// files (see ReadOnlyOpening.c and https://sqlite.org/wal.html, "Read-Only Databases").
typedef enum PoaReadAccess {
    /// Read-only connections on the path: SQLite reads the file and its `-wal` through the
    /// `-shm` index, which it makes when the folder allows it (and then leaves behind).
    PoaReadAccessShared = 0,
    /// As `Shared`, with a housekeeper (poa_sqlite_open_housekeeper) opened before the readers
    /// and closed after them, so that the `-wal` and `-shm` they needed are removed again: the
    /// file and its folder may be written, and the `-wal` is absent or empty.
    PoaReadAccessSharedWithHousekeeper = 1,
    /// A read-only connection on `file:PATH?immutable=1`, without locks or a `-shm`: the folder
    /// cannot be written (so SQLite could not make a `-shm`, and no writer can start there), and
    /// no `-wal` holds anything, so the file holds every committed transaction.
    PoaReadAccessImmutable = 2,
    /// Not readable here: transactions committed in the `-wal` are not in the file yet, and
    /// SQLite reads them only through a `-shm`, which is missing and cannot be made in this folder.
    PoaReadAccessPendingLogUnreadable = 3,
} PoaReadAccess;

/// Decides how to read the ledger at `path` (which exists) from its `-wal`, its `-shm` and what
/// this process may write. Looks only: creates and changes nothing.
PoaReadAccess poa_sqlite_read_access(const char *path);

/// The name under which `sqlite3_open_v2` opens `path` for `access`: the path, or an
/// `immutable=1` URI (which needs `SQLITE_OPEN_URI`, or URI file names on by default, as in this
/// system library: `SQLITE_USE_URI`). Free it with `sqlite3_free`; NULL when out of memory.
char *poa_sqlite_reader_name(const char *path, PoaReadAccess access);

/// Makes `db` never checkpoint when it closes, even as the last connection to its database:
/// `sqlite3_db_config(db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL)` (variadic, hence C).
/// Returns `SQLITE_OK` or SQLite's error.
int poa_sqlite_keep_log_on_close(struct sqlite3 *db);

/// Opens `path` for reading as `access` says: `SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | flags`
/// under the name poa_sqlite_reader_name gives, through `vfs` (NULL: the default), never
/// checkpointing on close. Sets `*db` (close it even on failure); returns `SQLITE_OK`, SQLite's
/// error, or `SQLITE_CANTOPEN` for `PoaReadAccessPendingLogUnreadable`.
int poa_sqlite_open_reader(const char *path, PoaReadAccess access, int flags, const char *vfs, struct sqlite3 **db);

/// For `PoaReadAccessSharedWithHousekeeper`: a writable connection that only reads the schema
/// (`query_only`), opened before the readers; NULL when it cannot be opened or read (the readers
/// then leave the `-wal` and `-shm` behind, nothing worse).
struct sqlite3 *poa_sqlite_open_housekeeper(const char *path);

/// Closes a housekeeper after the readers. As the last connection, it removes the `-wal` and
/// `-shm` when the log is empty (its checkpoint copies nothing into the file); a log with content
/// (a writer came meanwhile) is left as it is, without a checkpoint. NULL does nothing.
void poa_sqlite_close_housekeeper(struct sqlite3 *db);

#endif
