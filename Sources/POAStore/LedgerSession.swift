import GRDB

/// Write transactions run one after the other on the ledger's writer connection, held for the
/// whole session: no other write comes between them, and the connection keeps the settings the
/// session was opened with.
///
/// Obtained from ``Ledger/session(checkingForeignKeys:_:)``. An import writes a batch of
/// documents per transaction; a session lets the batches share one setting without SQLite
/// compiling every statement again at each change of it (changing `foreign_keys` around every
/// batch is a measurable cost of the import's writing).
public struct LedgerSession {
    let db: Database
    /// Copies each commit's pages into the database file beside the writer, when the session has one.
    let checkpointer: BackgroundCheckpointer?

    /// Runs `body` in one write transaction: all its writes are committed together, or none.
    /// Errors thrown by `body` pass through unchanged.
    public func transaction<T>(_ body: (LedgerTransaction) throws -> T) throws -> T {
        var result: T?
        try db.inTransaction {
            result = try body(LedgerTransaction(db: db))
            return .commit
        }
        guard let result else { throw StoreError.writeFailed(detail: "a transaction ended without its result") }
        checkpointer?.request()
        return result
    }
}

extension Ledger {
    /// Runs `body` with the writer connection held, for a run of transactions.
    ///
    /// With `checkingForeignKeys: false`, SQLite does not look up the row that each foreign key
    /// of a written row names. That is for a writer that vouches for every id it writes: one it
    /// read or inserted inside the same transaction, from rows it never deletes (the import,
    /// whose per-row lookups would be a large share of its writing). CHECK and UNIQUE constraints
    /// still hold, the connection checks foreign keys again when the session ends (whether `body`
    /// succeeds or throws), and `poa check` verifies every foreign key afterwards.
    ///
    /// With `copyingLogAside` (for a long run of large transactions: an import), the pages each
    /// transaction commits are copied from the write-ahead log into the database file by a
    /// connection on another thread (``BackgroundCheckpointer``), not by the writer inside each commit that
    /// grows the log past 32 MiB. The writer checkpoints only when the log passes 256 MiB, so
    /// that the log starts again from its beginning; it then copies only the pages of its last
    /// commit, so a long import writes faster. Should the checkpointer's connection
    /// fail to open, the writer checkpoints as usual.
    ///
    /// Errors thrown by `body` pass through unchanged; SQLite's own errors become `StoreError`s.
    public func session<T>(
        checkingForeignKeys: Bool = true, copyingLogAside: Bool = false, _ body: (LedgerSession) throws -> T
    ) throws -> T {
        var pragmas: [(String, String)] = []
        if !checkingForeignKeys { pragmas.append(("foreign_keys", "OFF")) }
        // Only a file has a write-ahead log; in memory there is nothing to copy.
        return try session(setting: pragmas, copyingLogAside: copyingLogAside && readsWhileWriting, body)
    }

    /// Runs `body` with the writer connection held and its `pragmas` set to these values (none
    /// of them can change inside a transaction), set back to what they were afterwards, whether
    /// `body` succeeds or throws. Changing one makes SQLite compile its statements again, with
    /// the new setting.
    func session<T>(
        setting pragmas: some Collection<(String, String)>, copyingLogAside: Bool = false,
        _ body: (LedgerSession) throws -> T
    ) throws -> T {
        guard !readOnly else { throw StoreError.notWritable(path: path, detail: "opened for reading only") }
        let checkpointer = copyingLogAside ? BackgroundCheckpointer(path: path) : nil
        defer { checkpointer?.close() }
        var pragmas = Array(pragmas)
        if checkpointer != nil { pragmas.append(("wal_autocheckpoint", "65536")) }
        do {
            return try writer.writeWithoutTransaction { db in
                var previous: [(String, String)] = []
                defer {
                    for (name, value) in previous.reversed() { try? db.execute(sql: "PRAGMA \(name) = \(value)") }
                }
                for (name, value) in pragmas {
                    previous.append((name, try String.fetchOne(db, sql: "PRAGMA \(name)") ?? "0"))
                    try db.execute(sql: "PRAGMA \(name) = \(value)")
                }
                return try body(LedgerSession(db: db, checkpointer: checkpointer))
            }
        } catch let error as DatabaseError {
            throw StoreError.write(error, path: path)
        }
    }
}
