import GRDB
import POACore

/// The focused reads the importer and the queries need, each one indexed.
extension LedgerReader {
    private func fetch<T>(_ body: () throws -> T) throws(StoreError) -> T {
        do {
            return try body()
        } catch {
            throw StoreError.readFailed(detail: StoreError.describe(error))
        }
    }

    /// The stored document with these bytes, if any.
    public func document(sha256: String) throws(StoreError) -> Document? {
        try fetch { try Document.filter(Column("sha256") == sha256).fetchOne(db) }
    }

    /// Every alias filed under a name key (see the importer's `PersonName.key`).
    public func personAliases(key: String) throws(StoreError) -> [PersonAlias] {
        try fetch { try PersonAlias.filter(Column("key") == key).order(Column("person_id")).fetchAll(db) }
    }

    /// Every alias of one person.
    public func personAliases(personId: Int64) throws(StoreError) -> [PersonAlias] {
        try fetch { try PersonAlias.filter(Column("person_id") == personId).fetchAll(db) }
    }

    public func person(cik: String) throws(StoreError) -> Person? {
        try fetch { try Person.filter(Column("cik") == cik).fetchOne(db) }
    }

    public func issuer(cik: String) throws(StoreError) -> Issuer? {
        try fetch { try Issuer.filter(Column("cik") == cik).fetchOne(db) }
    }

    /// Every issuer alias filed under a name key (see the importer's `IssuerName.key`).
    public func issuerAliases(key: String) throws(StoreError) -> [IssuerAlias] {
        try fetch { try IssuerAlias.filter(Column("key") == key).order(Column("issuer_id")).fetchAll(db) }
    }

    /// The instruments of one grantor signed on one day, of one kind, in filing order.
    public func instruments(grantorId: Int64, executedOn: Day, kind: InstrumentKind) throws(StoreError) -> [Instrument] {
        try fetch {
            try Instrument
                .filter(Column("grantor_id") == grantorId && Column("executed_on") == executedOn
                    && Column("kind") == kind)
                .order(Column("document_id"), Column("position"))
                .fetchAll(db)
        }
    }

    /// The attorneys an instrument appoints, in order.
    public func attorneys(ofInstrument id: Int64) throws(StoreError) -> [InstrumentAttorney] {
        try fetch { try InstrumentAttorney.filter(Column("instrument_id") == id).order(Column("position")).fetchAll(db) }
    }

    /// The forms an instrument covers, in `Form` order.
    public func forms(ofInstrument id: Int64) throws(StoreError) -> [Form] {
        try fetch { try InstrumentForm.filter(Column("instrument_id") == id).fetchAll(db).map(\.form).sorted() }
    }

    /// The instruments recorded from one document, in order.
    public func instruments(ofDocument id: Int64) throws(StoreError) -> [Instrument] {
        try fetch { try Instrument.filter(Column("document_id") == id).order(Column("position")).fetchAll(db) }
    }

    /// Delegations that state this grantor and day for their parent but have no parent yet.
    public func unresolvedDelegations(statedGrantorId: Int64, statedExecutedOn: Day) throws(StoreError)
        -> [DelegationParent]
    {
        try fetch {
            try DelegationParent
                .filter(Column("stated_grantor_id") == statedGrantorId && Column("parent_id") == nil
                    && Column("stated_executed_on") == statedExecutedOn)
                .fetchAll(db)
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
            if let person = try find(Person.self, id: id) { result.append((person, spellings.map(\.alias))) }
        }
        return result
    }

    /// People whose name keys start with `lastName|`: everyone with that last name.
    public func people(lastName: String) throws(StoreError) -> [(person: Person, aliases: [String])] {
        let aliases = try fetch {
            try PersonAlias.filter(Column("key") >= lastName + "|" && Column("key") < lastName + "}").fetchAll(db)
        }
        var result: [(Person, [String])] = []
        for (id, spellings) in Dictionary(grouping: aliases, by: \.personId).sorted(by: { $0.key < $1.key }) {
            if let person = try find(Person.self, id: id) { result.append((person, spellings.map(\.alias))) }
        }
        return result
    }

    /// Issuers filed under a name key, with their aliases.
    public func issuers(key: String) throws(StoreError) -> [Issuer] {
        let ids = Set(try issuerAliases(key: key).map(\.issuerId))
        var result: [Issuer] = []
        for id in ids.sorted() {
            if let issuer = try find(Issuer.self, id: id) { result.append(issuer) }
        }
        return result
    }
}
