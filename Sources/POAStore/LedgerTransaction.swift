import GRDB
import POACore

/// A row type of the ledger: every record type of this module conforms.
package protocol LedgerRow: MutablePersistableRecord, FetchableRecord, ColumnRecord, Sendable {}

extension Person: LedgerRow {}
extension PersonAlias: LedgerRow {}
extension Issuer: LedgerRow {}
extension IssuerAlias: LedgerRow {}
extension Document: LedgerRow {}
extension ReportingOwner: LedgerRow {}
extension Instrument: LedgerRow {}
extension InstrumentCopy: LedgerRow {}
extension InstrumentAttorney: LedgerRow {}
extension InstrumentProvenance: LedgerRow {}
extension DelegationParent: LedgerRow {}
extension Revocation: LedgerRow {}
extension RecordedFact: LedgerRow {}
extension Supersession: LedgerRow {}

/// The writes allowed inside one ledger transaction.
///
/// Obtained from ``Ledger/transaction(checkingForeignKeys:_:)``: everything done through it is
/// committed together when the closure returns, or rolled back together when it throws. The
/// schema's rules (foreign keys, CHECK, UNIQUE) are enforced by SQLite on every write, except
/// the foreign keys of a transaction that vouches for its references (the import) and the
/// foreign keys and CHECKs of a ``Ledger/derivationTransaction(_:)`` (a full rebuild).
public struct LedgerTransaction {
    let db: Database
    /// Name lookups made in this transaction (see ``AliasMemo``).
    let memo = AliasMemo()
    /// Where inserts put the text they bind (see ``BindingArena``).
    let arena = BindingArena()
    /// The statements this transaction has run (see ``StatementCache``).
    let statements = StatementCache()

    /// Inserts a row and returns it with its new id (for rows that have one).
    ///
    /// Bound through the C API on a cached statement: the import inserts a few dozen rows per
    /// document, and GRDB's generic insert cost more than the SQL itself.
    @discardableResult
    package func insert<Entry: LedgerRow>(_ row: Entry) throws(StoreError) -> Entry {
        precondition(!Self.keepsTheMemo(Entry.self), "\(Entry.self) rows go through their own insert, which keeps the memo")
        return try insert(row: row)
    }

    /// Whether rows of `type` change what ``AliasMemo`` remembers, and so have an insert of their own.
    private static func keepsTheMemo<Entry>(_ type: Entry.Type) -> Bool {
        type == PersonAlias.self || type == IssuerAlias.self || type == DelegationParent.self
    }

    /// Inserts a delegation's parent, and remembers the grant it awaits when it has none yet.
    @discardableResult
    public func insert(_ parent: DelegationParent) throws(StoreError) -> DelegationParent {
        let row = try insert(row: parent)
        memo.written(row)
        return row
    }

    private func insert<Entry: LedgerRow>(row: Entry) throws(StoreError) -> Entry {
        let statement = try PreparedStatement(db, sql: Entry.insertSQL, cache: statements)
        try statement.execute(binding: row, arena: arena)
        var row = row
        row.assignRowID(statement.lastInsertedRowID)
        return row
    }

    /// Inserts a document, unless a document with the same SHA-256 is stored: nil then, and
    /// nothing is written. One statement, where a lookup before the insert would take two (the
    /// insert looks the SHA-256 up in its unique index anyway).
    public func insertUnlessStored(_ document: Document) throws(StoreError) -> Document? {
        let statement = try PreparedStatement(db, sql: LedgerQueries.insertDocumentUnlessStored, cache: statements)
        try statement.execute(binding: document, arena: arena)
        guard statement.changes > 0 else { return nil }
        var document = document
        document.assignRowID(statement.lastInsertedRowID)
        return document
    }

    /// Inserts a person's spelling, and remembers it for the lookups that follow.
    @discardableResult
    public func insert(_ alias: PersonAlias) throws(StoreError) -> PersonAlias {
        let row = try insert(row: alias)
        memo.inserted(alias)
        return row
    }

    /// Inserts an issuer's spelling, and remembers it for the lookups that follow.
    @discardableResult
    public func insert(_ alias: IssuerAlias) throws(StoreError) -> IssuerAlias {
        let row = try insert(row: alias)
        memo.inserted(alias)
        return row
    }

    /// Inserts rows of one table without ids (an instrument's attorneys), in multi-row
    /// statements: one multi-row INSERT costs much less than one statement per row. A row that
    /// collides with another throws, and the rows before it may already be written: let the
    /// error leave the transaction (or ``atomically(_:)``) so that they are undone.
    package func insert<Entry: LedgerRow>(all rows: [Entry]) throws(StoreError) {
        precondition(!Self.keepsTheMemo(Entry.self), "\(Entry.self) rows go through their own insert, which keeps the memo")
        try insert(rows, onConflict: .fail)
    }

    /// Inserts rows over every column of their table, in order, ``MultiRowInsertTexts/rowsPerStatement``
    /// at a time; `conflict` says what happens to a row that collides with one already there
    /// (or inserted before it), row by row.
    func insert<Entry: ColumnRecord>(_ rows: [Entry], onConflict conflict: InsertConflict) throws(StoreError) {
        var start = rows.startIndex
        while start < rows.endIndex {
            let end = min(rows.endIndex, start + MultiRowInsertTexts.rowsPerStatement)
            let sql = MultiRowInsertTexts.text(for: Entry.self, rows: end - start, conflict: conflict)
            try PreparedStatement(db, sql: sql, cache: statements).execute(binding: rows[start..<end], arena: arena)
            start = end
        }
    }

    /// Updates an existing row, found by its primary key.
    package func update<Entry: LedgerRow>(_ row: Entry) throws(StoreError) {
        do {
            try row.update(db)
        } catch {
            throw StoreError.write(error, path: "the ledger")
        }
        if let issuer = row as? Issuer { memo.updated(issuer) }
        if let parent = row as? DelegationParent { memo.written(parent) }
    }

    /// Runs `body` in a savepoint: if it throws, only its own writes are undone and the rest of
    /// the transaction stays. This keeps each document atomic inside a batch of documents.
    public func atomically<T>(_ body: () throws -> T) throws -> T {
        // Cached SAVEPOINT statements: a batch opens one per document.
        try PreparedStatement(db, sql: LedgerQueries.openSavepoint, cache: statements).execute()
        let result: T
        do {
            result = try body()
        } catch {
            memo.forget()
            try PreparedStatement(db, sql: LedgerQueries.rollbackToSavepoint, cache: statements).execute()
            try PreparedStatement(db, sql: LedgerQueries.releaseSavepoint, cache: statements).execute()
            throw error
        }
        try PreparedStatement(db, sql: LedgerQueries.releaseSavepoint, cache: statements).execute()
        return result
    }

    /// Reads inside the transaction (sees its own uncommitted writes).
    public var reader: LedgerReader { LedgerReader(db: db, memo: memo, statements: statements) }
}

/// Focused reads over one consistent snapshot of the ledger.
public struct LedgerReader {
    let db: Database
    /// The transaction's memo of name lookups, when reading inside a write transaction.
    var memo: AliasMemo? = nil
    /// The transaction's statements, when reading inside a write transaction.
    var statements: StatementCache? = nil

    /// Runs one read, translating SQLite's errors: every read of the extensions goes through it.
    func fetch<T>(_ body: () throws -> T) throws(StoreError) -> T {
        do {
            return try body()
        } catch {
            throw StoreError.readFailed(detail: StoreError.describe(error))
        }
    }

    /// Every row of a table, in primary key order. For small tables and tests; reports use views.
    package func all<Entry: LedgerRow>(_ type: Entry.Type) throws(StoreError) -> [Entry] {
        do {
            return try Entry.orderByPrimaryKey().fetchAll(db)
        } catch {
            throw StoreError.readFailed(detail: StoreError.describe(error))
        }
    }

    /// The row with this primary key, if any.
    package func find<Entry: LedgerRow>(_ type: Entry.Type, id: Int64) throws(StoreError) -> Entry? {
        do {
            return try Entry.fetchOne(db, key: id)
        } catch {
            throw StoreError.readFailed(detail: StoreError.describe(error))
        }
    }
}

extension Ledger {
    /// Runs `body` in one write transaction: all its writes are committed together, or none.
    ///
    /// With `checkingForeignKeys: false`, SQLite does not look up the row that each foreign key
    /// of a written row names (see ``session(checkingForeignKeys:_:)``).
    ///
    /// Errors thrown by `body` pass through unchanged; SQLite's own errors become `StoreError`s.
    public func transaction<T>(checkingForeignKeys: Bool = true, _ body: (LedgerTransaction) throws -> T) throws -> T {
        try session(checkingForeignKeys: checkingForeignKeys) { session in try session.transaction(body) }
    }

    /// Runs `body` over one consistent snapshot of the ledger. Errors thrown by `body` pass
    /// through unchanged; SQLite's own errors become `StoreError`s.
    public func snapshot<T>(_ body: (LedgerReader) throws -> T) throws -> T {
        do {
            return try writer.read { db in try body(LedgerReader(db: db)) }
        } catch let error as DatabaseError {
            throw StoreError.read(error, path: path)
        }
    }
}
