import SQLiteFileAccess

/// Settings SQLite takes once per process, before its first connection opens.
enum SQLiteProcess {
    /// Whether SQLite's memory statistics are off: every way of opening a ledger reads this
    /// first, so the setting is made (once, thread-safely) before any connection exists.
    ///
    /// This system library is built without lookaside memory, so each statement allocates with
    /// `malloc` (hundreds of allocations per imported document), and with the statistics on each
    /// of those takes a process-wide mutex to count bytes: a marked share of an import's writing
    /// time, and a lock the threads of a rebuild queue on. False only when something opened SQLite
    /// earlier in the process; the statistics then stay on, which is slower but just as correct.
    static let memoryStatisticsOff: Bool = poa_sqlite_disable_memory_statistics() == 0
}
