import GRDB
import POACore

/// The focused reads the importer and the queries need, each one indexed.
extension LedgerReader {
    /// The stored document with these bytes, if any.
    public func document(sha256: String) throws(StoreError) -> Document? {
        try fetch { try Document.fetchOne(db.cachedStatement(sql: LedgerQueries.documentBySHA256), arguments: [sha256]) }
    }

    /// Every alias filed under a name key (see the importer's `PersonName.key`).
    public func personAliases(key: String) throws(StoreError) -> [PersonAlias] {
        try fetch { try PersonAlias.fetchAll(db.cachedStatement(sql: LedgerQueries.personAliasesByKey), arguments: [key]) }
    }

    /// Every alias of one person.
    public func personAliases(personId: Int64) throws(StoreError) -> [PersonAlias] {
        try fetch { try PersonAlias.fetchAll(db.cachedStatement(sql: LedgerQueries.personAliasesByPerson), arguments: [personId]) }
    }

    public func person(cik: String) throws(StoreError) -> Person? {
        try fetch { try Person.fetchOne(db.cachedStatement(sql: LedgerQueries.personByCIK), arguments: [cik]) }
    }

    public func issuer(cik: String) throws(StoreError) -> Issuer? {
        try fetch { try Issuer.fetchOne(db.cachedStatement(sql: LedgerQueries.issuerByCIK), arguments: [cik]) }
    }

    /// Every issuer alias filed under a name key (see the importer's `IssuerName.key`).
    public func issuerAliases(key: String) throws(StoreError) -> [IssuerAlias] {
        try fetch { try IssuerAlias.fetchAll(db.cachedStatement(sql: LedgerQueries.issuerAliasesByKey), arguments: [key]) }
    }

    /// The instruments of one grantor signed on one day, of one kind, in filing order.
    public func instruments(grantorId: Int64, executedOn: Day, kind: InstrumentKind) throws(StoreError) -> [Instrument] {
        try fetch {
            try Instrument.fetchAll(
                db.cachedStatement(sql: LedgerQueries.instrumentsOfGrantorOnDay), arguments: [grantorId, executedOn, kind])
        }
    }

    /// The attorneys an instrument appoints, in order.
    public func attorneys(ofInstrument id: Int64) throws(StoreError) -> [InstrumentAttorney] {
        try fetch { try InstrumentAttorney.fetchAll(db.cachedStatement(sql: LedgerQueries.attorneysOfInstrument), arguments: [id]) }
    }

    /// The forms an instrument covers, in `Form` order.
    public func forms(ofInstrument id: Int64) throws(StoreError) -> [Form] {
        try fetch {
            try InstrumentForm.fetchAll(db.cachedStatement(sql: LedgerQueries.formsOfInstrument), arguments: [id]).map(\.form)
                .sorted()
        }
    }

    /// The instruments recorded from one document, in order.
    public func instruments(ofDocument id: Int64) throws(StoreError) -> [Instrument] {
        try fetch { try Instrument.fetchAll(db.cachedStatement(sql: LedgerQueries.instrumentsOfDocument), arguments: [id]) }
    }

    /// Delegations that state this grantor and day for their parent but have no parent yet.
    public func unresolvedDelegations(statedGrantorId: Int64, statedExecutedOn: Day) throws(StoreError)
        -> [DelegationParent]
    {
        try fetch {
            try DelegationParent.fetchAll(
                db.cachedStatement(sql: LedgerQueries.unresolvedDelegations), arguments: [statedGrantorId, statedExecutedOn])
        }
    }

    /// How many rows a table holds.
    public func count<Entry: LedgerRow>(_ type: Entry.Type) throws(StoreError) -> Int {
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

    /// People whose name keys start with `lastName|`: everyone with that last name.
    public func people(lastName: String) throws(StoreError) -> [(person: Person, aliases: [String])] {
        let aliases = try fetch {
            try PersonAlias.fetchAll(
                db.cachedStatement(sql: LedgerQueries.personAliasesByKeyRange), arguments: [lastName + "|", lastName + "}"])
        }
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
        try fetch { try Person.fetchOne(db.cachedStatement(sql: LedgerQueries.personById), arguments: [id]) }
    }

    public func issuer(id: Int64) throws(StoreError) -> Issuer? {
        try fetch { try Issuer.fetchOne(db.cachedStatement(sql: LedgerQueries.issuerById), arguments: [id]) }
    }

    public func instrument(id: Int64) throws(StoreError) -> Instrument? {
        try fetch { try Instrument.fetchOne(db.cachedStatement(sql: LedgerQueries.instrumentById), arguments: [id]) }
    }

    public func document(id: Int64) throws(StoreError) -> Document? {
        try fetch { try Document.fetchOne(db.cachedStatement(sql: LedgerQueries.documentById), arguments: [id]) }
    }
}
