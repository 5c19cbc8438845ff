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

#endif
