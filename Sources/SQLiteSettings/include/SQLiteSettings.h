#ifndef POA_SQLITE_SETTINGS_H
#define POA_SQLITE_SETTINGS_H

/// Turns off SQLite's memory statistics for the whole process: `sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0)`.
///
/// With them on (the default of this system library, which is also built without lookaside
/// memory), every allocation SQLite makes takes a process-wide mutex to count bytes: about 240
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
/// Both files go through thin VFSes that move runs of up to 124 KB instead of 4 KB pages: the
/// source is read ahead, the copy's consecutive page writes are gathered (see FileCopy.c). The
/// source is opened read-only when `readOnly` is non-zero (a file this process may not write),
/// else read-write without creating it (so a WAL left by a crash can be recovered). The copy is
/// left in rollback journal mode (DELETE), closed. Returns `SQLITE_OK` (0), or an SQLite result
/// code with a description in `message` (at most `messageSize` bytes, NUL-terminated); on failure
/// the caller removes whatever was written at `path`.
int poa_sqlite_copy_file(const char *sourcePath, int readOnly, const char *path, char *message, int messageSize);

#endif
