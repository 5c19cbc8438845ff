import GRDB
import POACore

/// The reads behind deriving only what an imported batch changes (see
/// `AuthorityEngine.derive(after:in:)`): which grants the additions touch, the part of a
/// grantor's history that decides what those grants derive, and what was derived from them.
/// Each reads a few rows by index, however long the grantor's history.
extension LedgerReader {
    /// The grants of `grantorId` for `issuerId` executed on or before `day` that are still in
    /// force on `day` (what was derived for them ends on `day` or later, or never): the grants a
    /// grant of `day` superseding prior ones can end.
    ///
    /// The grants are read latest first, and the reading stops below the latest grant before
    /// `day` that superseded the ones before it: those ended on its day at the latest.
    public func grantsInForce(grantorId: Int64, issuerId: Int64, on day: Day) throws(StoreError) -> [Int64] {
        let statement = try PreparedStatement(db, sql: LedgerQueries.grantsOfGrantorForIssuerUntil, cache: statements)
        statement.bind(grantorId, at: 1)
        statement.bind(issuerId, at: 2)
        statement.bind(day, at: 3)
        var found: [Int64] = []
        var floor: Day?
        try statement.each { columns throws(StoreError) in
            let executedOn = try columns(1, as: Day.self)
            if let floor, executedOn < floor { return false }
            let endedOn = columns.optional(3, as: Day.self)
            if endedOn.map({ $0 >= day }) ?? true { found.append(try columns(0, as: Int64.self)) }
            // Grants of the same day as a superseding one may come after it in filing order.
            if floor == nil, executedOn < day, try columns(2, as: Int64.self) != 0 { floor = executedOn }
            return true
        }
        return found
    }

    /// The grants of `grantorId` for `issuerId` executed on or after `day` that supersede prior
    /// ones: the candidates to end a grant of `day`.
    public func supersedingGrants(grantorId: Int64, issuerId: Int64, from day: Day) throws(StoreError) -> [Int64] {
        let statement = try PreparedStatement(db, sql: LedgerQueries.supersedingGrantsOfGrantorForIssuerFrom, cache: statements)
        statement.bind(grantorId, at: 1)
        statement.bind(issuerId, at: 2)
        statement.bind(day, at: 3)
        return try statement.rows { columns throws(StoreError) in try columns(0, as: Int64.self) }
    }

    /// How many grants `grantorId` has signed.
    public func grantCount(grantorId: Int64) throws(StoreError) -> Int {
        let statement = try PreparedStatement(db, sql: LedgerQueries.grantCountOfGrantor, cache: statements)
        statement.bind(grantorId, at: 1)
        return try statement.firstRow { columns throws(StoreError) in Int(try columns(0, as: Int64.self)) } ?? 0
    }

    /// The instrument recorded as superseding `instrumentId` (whole), if that is what ended it.
    public func superseder(of instrumentId: Int64) throws(StoreError) -> Int64? {
        let statement = try PreparedStatement(db, sql: LedgerQueries.supersedersOfInstrument, cache: statements)
        statement.bind(instrumentId, at: 1)
        return try statement.firstRow { columns throws(StoreError) in try columns(0, as: Int64.self) }
    }

    /// The part of `grantorId`'s history that decides what the grants `grants` derive: those
    /// grants; the grants in `context` (later grants that may supersede them); the delegations
    /// under `grants`; every revocation aimed at the grantor or at one of those delegators; the
    /// attorneys of each; and the recorded facts (`facts`, by person) about everyone involved.
    ///
    /// What the rules derive for `grants` from these rows is what they derive from the whole
    /// history, provided `context` holds each grant's first later superseding grant when one
    /// ends it.
    public func historyRows(
        grantorId: Int64, grants: Set<Int64>, context: Set<Int64>, facts: [Int64: [RecordedFact]]
    ) throws(StoreError) -> HistoryRows {
        var rows = HistoryRows()
        var seen = Set<Int64>()
        let filedOnColumn = InstrumentTerms.columnCount
        func add(_ sql: String, _ id: Int64) throws(StoreError) {
            let statement = try PreparedStatement(db, sql: sql, cache: statements)
            statement.bind(id, at: 1)
            for (instrument, filedOn) in try statement.rows({ columns throws(StoreError) in
                (try InstrumentTerms(columns: columns), columns.optional(filedOnColumn, as: Day.self))
            }) where seen.insert(instrument.id).inserted {
                rows.instruments.append(instrument)
                rows.filing[instrument.id] = (filedOn, instrument.documentId)
            }
        }
        for id in grants.union(context).sorted() { try add(LedgerQueries.instrumentTermsById, id) }
        for id in grants.sorted() { try add(LedgerQueries.delegationsUnderGrant, id) }
        var owners = [grantorId]
        for delegation in rows.instruments where delegation.kind == .delegation && !owners.contains(delegation.grantorId) {
            owners.append(delegation.grantorId)
        }
        for owner in owners { try add(LedgerQueries.revocationsOfGrantor, owner) }
        for instrument in rows.instruments {
            let id = instrument.id
            switch instrument.kind {
            case .revocation:
                rows.revocations[id] = try first(Revocation.self, LedgerQueries.revocationById, id)
            case .delegation:
                rows.parents[id] = try first(DelegationParent.self, LedgerQueries.parentOfDelegation, id)
                fallthrough
            case .grant:
                rows.attorneys[id] = try attorneyIds(ofInstrument: id)
            }
        }
        rows.addFacts(facts, aboutOwners: owners)
        return rows
    }

    /// The intervals of one grantor that begin on `day` or later.
    public func intervals(grantorId: Int64, from day: Day) throws(StoreError) -> [StoredInterval] {
        try all(StoredInterval.self, LedgerQueries.intervalsOfGrantorFrom, grantorId, day)
    }
}

extension LedgerTransaction {
    /// Replaces what was derived from some grants: removes the intervals `removed`, writes
    /// `written` over any stored row with the same key, and replaces the invalid delegations
    /// of `delegations` and the endings of `instruments` (the grants and their delegations).
    public func replaceDerived(
        removing removed: [IntervalKey], writing written: [StoredInterval], delegations: some Collection<Int64>,
        instruments: some Collection<Int64>, invalid: [StoredInvalidDelegation], endings: [Supersession]
    ) throws(StoreError) {
        let delete = try PreparedStatement(db, sql: LedgerQueries.deleteIntervalByKey, cache: statements)
        for key in removed {
            delete.bind(key.grantorId, at: 1)
            delete.bind(key.validFrom, at: 2)
            delete.bind(key.attorneyId, at: 3)
            delete.bind(key.via, at: 4)
            try delete.execute()
        }
        try insert(written, onConflict: .replace)
        func json(_ ids: some Collection<Int64>) -> String { "[" + ids.map(String.init).joined(separator: ",") + "]" }
        for (sql, ids) in [
            (LedgerQueries.deleteInvalidDelegationsById, json(delegations)),
            (LedgerQueries.deleteEndingsOfInstruments, json(instruments)),
        ] {
            let statement = try PreparedStatement(db, sql: sql, cache: statements)
            statement.bind(ids, at: 1)
            try statement.execute()
        }
        try insert(invalid, onConflict: .replace)
        try insert(endings, onConflict: .fail)
    }
}
