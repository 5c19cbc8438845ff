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

typedef struct sqlite3 sqlite3;

/// Copies the database `source` (its "main" schema, as of one committed state: call it inside a
/// read transaction) into a new file at `path` with SQLite's online backup API, and syncs it.
///
/// The copy is written through a VFS that gathers the backup's consecutive 4 KB page writes into
/// writes of up to 124 KB, which the file system takes about twice as fast. The file is left in
/// rollback journal mode (DELETE), closed. Returns `SQLITE_OK` (0), or an SQLite result code
/// with a description in `message` (at most `messageSize` bytes, NUL-terminated); on failure the
/// caller removes whatever was written at `path`.
int poa_sqlite_copy_database(sqlite3 *source, const char *path, char *message, int messageSize);

#endif
