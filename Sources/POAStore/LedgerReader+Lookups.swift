import GRDB
import POACore

/// The focused reads the importer and the queries need, each one indexed.
extension LedgerReader {
    /// The records a named query returns, read through the C API (see ``PreparedStatement``).
    func all<R: ColumnRecord>(_ type: R.Type, _ sql: String, _ arguments: any ColumnValue...) throws(StoreError) -> [R] {
        let statement = try PreparedStatement(db, sql: sql, cache: statements)
        statement.bind(all: arguments)
        return try statement.rows { columns throws(StoreError) in try R(columns: columns) }
    }

    /// The first record a named query returns, if any.
    func first<R: ColumnRecord>(_ type: R.Type, _ sql: String, _ arguments: any ColumnValue...) throws(StoreError) -> R? {
        let statement = try PreparedStatement(db, sql: sql, cache: statements)
        statement.bind(all: arguments)
        return try statement.firstRow { columns throws(StoreError) in try R(columns: columns) }
    }

    /// Whether a document with these bytes is stored (its SHA-256, lowercase hex).
    public func containsDocument(sha256: String) throws(StoreError) -> Bool {
        let statement = try PreparedStatement(db, sql: LedgerQueries.documentIdBySHA256, cache: statements)
        statement.bind(all: [sha256])
        return try statement.firstRow { _ in true } ?? false
    }

    /// The stored document with these bytes, if any.
    public func document(sha256: String) throws(StoreError) -> Document? {
        try first(Document.self, LedgerQueries.documentBySHA256, sha256)
    }

    /// Every alias filed under a name key (see the importer's `PersonName.key`).
    public func personAliases(key: String) throws(StoreError) -> [PersonAlias] {
        let read = { () throws(StoreError) in try all(PersonAlias.self, LedgerQueries.personAliasesByKey, key) }
        guard let memo else { return try read() }
        return try memo.people(key: key, orRead: read)
    }

    /// Every alias of one person.
    public func personAliases(personId: Int64) throws(StoreError) -> [PersonAlias] {
        try all(PersonAlias.self, LedgerQueries.personAliasesByPerson, personId)
    }

    public func person(cik: String) throws(StoreError) -> Person? {
        try first(Person.self, LedgerQueries.personByCIK, cik)
    }

    public func issuer(cik: String) throws(StoreError) -> Issuer? {
        try first(Issuer.self, LedgerQueries.issuerByCIK, cik)
    }

    /// Every issuer alias filed under a name key (see the importer's `IssuerName.key`).
    public func issuerAliases(key: String) throws(StoreError) -> [IssuerAlias] {
        let read = { () throws(StoreError) in try all(IssuerAlias.self, LedgerQueries.issuerAliasesByKey, key) }
        guard let memo else { return try read() }
        return try memo.issuers(key: key, orRead: read)
    }

    /// The instruments of one grantor signed on one day, of one kind, in filing order.
    public func instruments(grantorId: Int64, executedOn: Day, kind: InstrumentKind) throws(StoreError) -> [Instrument] {
        try all(Instrument.self, LedgerQueries.instrumentsOfGrantorOnDay, grantorId, executedOn, kind)
    }

    /// The ids of the instruments of one kind that a grantor signed on one day for one issuer
    /// (or for none), in the order they were recorded.
    public func instrumentIds(grantorId: Int64, issuerId: Int64?, executedOn: Day, kind: InstrumentKind)
        throws(StoreError) -> [Int64]
    {
        let statement = try PreparedStatement(db, sql: LedgerQueries.instrumentIdsOfGrantorForIssuerOnDay, cache: statements)
        statement.bind(grantorId, at: 1)
        statement.bind(issuerId, at: 2)
        statement.bind(executedOn, at: 3)
        statement.bind(kind, at: 4)
        return try statement.rows { columns throws(StoreError) in try columns(0, as: Int64.self) }
    }

    /// The attorneys an instrument appoints, in order.
    public func attorneys(ofInstrument id: Int64) throws(StoreError) -> [InstrumentAttorney] {
        try all(InstrumentAttorney.self, LedgerQueries.attorneysOfInstrument, id)
    }

    /// The instruments recorded from one document, in order.
    public func instruments(ofDocument id: Int64) throws(StoreError) -> [Instrument] {
        try all(Instrument.self, LedgerQueries.instrumentsOfDocument, id)
    }

    /// Delegations that state this grantor and day for their parent but have no parent yet.
    public func unresolvedDelegations(statedGrantorId: Int64, statedExecutedOn: Day) throws(StoreError)
        -> [DelegationParent]
    {
        if let memo {
            let awaited = try memo.mayAwait(grantorId: statedGrantorId, day: statedExecutedOn) { () throws(StoreError) in
                try all(DelegationParent.self, LedgerQueries.allUnresolvedDelegations)
            }
            guard awaited else { return [] }
        }
        return try all(DelegationParent.self, LedgerQueries.unresolvedDelegations, statedGrantorId, statedExecutedOn)
    }

    /// How many rows a table holds.
    package func count<Entry: LedgerRow>(_ type: Entry.Type) throws(StoreError) -> Int {
        try fetch { try Entry.fetchCount(db) }
    }
}

extension LedgerReader {
    /// People whose name or an alias equals `name` exactly, or ignoring case, among those
    /// filed under `key`; then every person filed under `key` (for compatible-name matching).
    public func people(key: String) throws(StoreError) -> [(person: Person, aliases: [String])] {
        let aliases = try personAliases(key: key)
        let grouped = Dictionary(grouping: aliases, by: \.personId)
        var result: [(Person, [String])] = []
        for (id, spellings) in grouped.sorted(by: { $0.key < $1.key }) {
            if let person = try person(id: id) { result.append((person, spellings.map(\.alias))) }
        }
        return result
    }

    /// People whose name keys start with `lastName|` (hyphens left out, as in every key):
    /// everyone with that last name.
    public func people(lastName: String) throws(StoreError) -> [(person: Person, aliases: [String])] {
        let prefix = PersonName.keyPrefix(lastName: lastName)
        let aliases = try all(PersonAlias.self, LedgerQueries.personAliasesByKeyRange, prefix, prefix.dropLast() + "}")
        var result: [(Person, [String])] = []
        for (id, spellings) in Dictionary(grouping: aliases, by: \.personId).sorted(by: { $0.key < $1.key }) {
            if let person = try person(id: id) { result.append((person, spellings.map(\.alias))) }
        }
        return result
    }

    /// Issuers filed under a name key, with their aliases.
    public func issuers(key: String) throws(StoreError) -> [Issuer] {
        let ids = Set(try issuerAliases(key: key).map(\.issuerId))
        var result: [Issuer] = []
        for id in ids.sorted() {
            if let issuer = try issuer(id: id) { result.append(issuer) }
        }
        return result
    }
}

extension LedgerReader {
    public func person(id: Int64) throws(StoreError) -> Person? {
        try first(Person.self, LedgerQueries.personById, id)
    }

    public func issuer(id: Int64) throws(StoreError) -> Issuer? {
        let read = { () throws(StoreError) in try first(Issuer.self, LedgerQueries.issuerById, id) }
        guard let memo else { return try read() }
        return try memo.issuer(id: id, orRead: read)
    }

    public func instrument(id: Int64) throws(StoreError) -> Instrument? {
        try first(Instrument.self, LedgerQueries.instrumentById, id)
    }

    public func document(id: Int64) throws(StoreError) -> Document? {
        try first(Document.self, LedgerQueries.documentById, id)
    }
}
