import Foundation
import POACore

extension LedgerReader {
    /// The histories of the grantors `grantors` (ascending ids), read together in a few index
    /// ranges instead of a dozen small queries per grantor: what a full rebuild streams through,
    /// one slice of grantors at a time, so memory stays bounded by the slice.
    ///
    /// `facts` are the recorded facts in force, by person (``factsInForce()``: a small table, read
    /// once per rebuild or per imported batch); each history gets those of its grantor, its
    /// delegators and every attorney it names.
    public func historyRows(grantors: ArraySlice<Int64>, facts: [Int64: [RecordedFact]]) throws(StoreError)
        -> [Int64: HistoryRows]
    {
        guard let low = grantors.first, let high = grantors.last else { return [:] }
        var histories: [Int64: HistoryRows] = [:]
        var seen: [Int64: Set<Int64>] = [:]
        let filedOnColumn = InstrumentTerms.columnCount, ownerColumn = filedOnColumn + 1

        /// Instruments of a range query, each added to its owner's history.
        func collect(_ sql: String, _ from: Int64, _ through: Int64, into owners: Set<Int64>? = nil) throws(StoreError) {
            let statement = try PreparedStatement(db, sql: sql, cache: statements)
            statement.bind(from, at: 1)
            statement.bind(through, at: 2)
            let found = try statement.rows { columns throws(StoreError) in
                (try InstrumentTerms(columns: columns), columns.optional(filedOnColumn, as: Day.self), try columns(ownerColumn, as: Int64.self))
            }
            for (instrument, filedOn, owner) in found {
                add(instrument, filedOn: filedOn, to: owner)
            }
        }
        func add(_ instrument: InstrumentTerms, filedOn: Day?, to owner: Int64) {
            guard histories[owner] != nil, seen[owner, default: []].insert(instrument.id).inserted else { return }
            histories[owner]?.instruments.append(instrument)
            histories[owner]?.filing[instrument.id] = (filedOn, instrument.documentId)
        }
        for grantor in grantors { histories[grantor] = HistoryRows() }
        try collect(LedgerQueries.grantsOfGrantorRange, low, high)
        try collect(LedgerQueries.delegationsUnderGrantsOfGrantorRange, low, high)
        try collect(LedgerQueries.delegationsAwaitingGrantorRange, low, high)

        // Revocations aimed at each grantor or at a delegator in the grantor's history.
        var revocationsByTarget: [Int64: [(InstrumentTerms, Day?)]] = [:]
        let range = try PreparedStatement(db, sql: LedgerQueries.revocationsOfGrantorRange, cache: statements)
        range.bind(low, at: 1)
        range.bind(high, at: 2)
        for (instrument, filedOn, target) in try range.rows({ columns throws(StoreError) in
            (try InstrumentTerms(columns: columns), columns.optional(filedOnColumn, as: Day.self), try columns(ownerColumn, as: Int64.self))
        }) {
            revocationsByTarget[target, default: []].append((instrument, filedOn))
        }
        func revocations(of target: Int64) throws(StoreError) -> [(InstrumentTerms, Day?)] {
            if (low...high).contains(target) { return revocationsByTarget[target] ?? [] }
            let statement = try PreparedStatement(db, sql: LedgerQueries.revocationsOfGrantor, cache: statements)
            statement.bind(target, at: 1)
            return try statement.rows { columns throws(StoreError) in
                (try InstrumentTerms(columns: columns), columns.optional(filedOnColumn, as: Day.self))
            }
        }

        // Attorneys of the grants, by range; of delegations, one by one (far fewer).
        var attorneys: [Int64: [Int64]] = [:]
        let named = try PreparedStatement(db, sql: LedgerQueries.attorneyIdsOfGrantsOfGrantorRange, cache: statements)
        named.bind(low, at: 1)
        named.bind(high, at: 2)
        for (instrumentId, personId) in try named.rows({ columns throws(StoreError) in
            (try columns(0, as: Int64.self), try columns(1, as: Int64.self))
        }) {
            attorneys[instrumentId, default: []].append(personId)
        }

        for grantor in grantors {
            // Taken out while it grows, so that appending to its arrays and dictionaries does not
            // copy them (the dictionary would otherwise still share them).
            guard var rows = histories.removeValue(forKey: grantor) else { continue }
            for delegation in rows.instruments where delegation.kind == .delegation {
                rows.parents[delegation.id] = try first(DelegationParent.self, LedgerQueries.parentOfDelegation, delegation.id)
            }
            var owners = [grantor]
            for delegation in rows.instruments where delegation.kind == .delegation && !owners.contains(delegation.grantorId) {
                owners.append(delegation.grantorId)
            }
            var seenHere = seen[grantor] ?? []
            for owner in owners {
                for (instrument, filedOn) in try revocations(of: owner) where seenHere.insert(instrument.id).inserted {
                    rows.instruments.append(instrument)
                    rows.filing[instrument.id] = (filedOn, instrument.documentId)
                }
            }
            for instrument in rows.instruments {
                let id = instrument.id
                if instrument.kind == .revocation {
                    rows.revocations[id] = try first(Revocation.self, LedgerQueries.revocationById, id)
                } else if instrument.kind == .grant && instrument.grantorId == grantor {
                    rows.attorneys[id] = attorneys[id] ?? []
                } else {
                    rows.attorneys[id] = try attorneyIds(ofInstrument: id)
                }
            }
            rows.addFacts(facts, aboutOwners: owners)
            histories[grantor] = rows
        }
        return histories
    }

    /// The people an instrument names as attorneys, in order (offices named without a person left out).
    func attorneyIds(ofInstrument id: Int64) throws(StoreError) -> [Int64] {
        let named = try PreparedStatement(db, sql: LedgerQueries.attorneyIdsOfInstrument, cache: statements)
        named.bind(id, at: 1)
        return try named.rows { columns throws(StoreError) in try columns(0, as: Int64.self) }
    }

    /// The recorded facts in force (not undone), by the person they are about.
    public func factsInForce() throws(StoreError) -> [Int64: [RecordedFact]] {
        Dictionary(grouping: try all(RecordedFact.self, LedgerQueries.factsInForce), by: \.personId)
    }
}

extension HistoryRows {
    /// Adds the facts (`facts`, by person) about the owners of the history's instruments and
    /// every attorney it names: the facts the rules need.
    mutating func addFacts(_ facts: [Int64: [RecordedFact]], aboutOwners owners: [Int64]) {
        var people = Set(owners)
        for named in attorneys.values { people.formUnion(named) }
        for person in people.sorted() { self.facts += facts[person] ?? [] }
    }
}
