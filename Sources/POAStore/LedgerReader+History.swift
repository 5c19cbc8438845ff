import GRDB
import POACore

/// The raw rows of one grantor's history, read in a handful of indexed queries.
public struct HistoryRows: Sendable {
    /// Grants of the grantor, delegations under them (or stating the grantor as parent), and
    /// revocations aimed at the grantor or at a delegator under the grantor's grants.
    public var instruments: [Instrument] = []
    /// Filing order of each instrument's document: (filing day or nil, document id).
    public var filing: [Int64: (filedOn: Day?, documentId: Int64)] = [:]
    public var attorneys: [Int64: [InstrumentAttorney]] = [:]
    public var forms: [Int64: [Form]] = [:]
    public var parents: [Int64: DelegationParent] = [:]
    public var revocations: [Int64: Revocation] = [:]
    /// Recorded facts not undone, about the grantor, the delegators, and every attorney named.
    public var facts: [RecordedFact] = []
}

extension LedgerReader {
    /// Everything the authority rules need to evaluate `grantorId`'s history: the grantor's
    /// grants, the delegations under them (or naming the grantor as parent, not yet resolved),
    /// revocations aimed at the grantor or at those delegators, their attorneys, forms, and the
    /// recorded facts about everyone involved. Small prepared queries, each one index lookup.
    public func historyRows(grantorId: Int64) throws(StoreError) -> HistoryRows {
        try fetch {
            var rows = HistoryRows()
            var seen = Set<Int64>()
            func collect(_ sql: String, _ argument: Int64) throws {
                for row in try Row.fetchAll(db.cachedStatement(sql: sql), arguments: [argument]) {
                    let instrument = try Instrument(row: row)
                    guard let id = instrument.id, seen.insert(id).inserted else { continue }
                    rows.instruments.append(instrument)
                    rows.filing[id] = (Day.fromDatabaseValue(row["document_filed_on"]), instrument.documentId)
                }
            }
            try collect(LedgerQueries.grantsOfGrantor, grantorId)
            for grant in rows.instruments.compactMap(\.id) {
                try collect(LedgerQueries.delegationsUnderGrant, grant)
            }
            try collect(LedgerQueries.delegationsAwaitingGrantor, grantorId)
            let parentStatement = try db.cachedStatement(sql: LedgerQueries.parentOfDelegation)
            for delegation in rows.instruments where delegation.kind == .delegation {
                guard let id = delegation.id else { continue }
                rows.parents[id] = try DelegationParent.fetchOne(parentStatement, arguments: [id])
            }
            var owners = [grantorId]
            for delegator in rows.instruments.filter({ $0.kind == .delegation }).map(\.grantorId) where !owners.contains(delegator) {
                owners.append(delegator)
            }
            for owner in owners { try collect(LedgerQueries.revocationsOfGrantor, owner) }
            let revocationStatement = try db.cachedStatement(sql: LedgerQueries.revocationById)
            let attorneyStatement = try db.cachedStatement(sql: LedgerQueries.attorneysOfInstrument)
            let formStatement = try db.cachedStatement(sql: LedgerQueries.formsOfInstrument)
            for instrument in rows.instruments {
                guard let id = instrument.id else { continue }
                if instrument.kind == .revocation {
                    rows.revocations[id] = try Revocation.fetchOne(revocationStatement, arguments: [id])
                } else {
                    rows.attorneys[id] = try InstrumentAttorney.fetchAll(attorneyStatement, arguments: [id])
                    rows.forms[id] = try InstrumentForm.fetchAll(formStatement, arguments: [id]).map(\.form)
                }
            }
            var people = Set(owners)
            for attorneys in rows.attorneys.values { people.formUnion(attorneys.compactMap(\.personId)) }
            let factStatement = try db.cachedStatement(sql: LedgerQueries.factsOfPerson)
            for person in people.sorted() {
                rows.facts += try RecordedFact.fetchAll(factStatement, arguments: [person])
            }
            return rows
        }
    }

    /// The grantors whose histories involve `personId` other than as grantor: the grantors of
    /// grants under which the person delegated, or that name the person (directly or by delegation).
    public func grantorsInvolving(personId: Int64) throws(StoreError) -> Set<Int64> {
        try fetch {
            var grantors = Set<Int64>()
            // Grants under which the person delegated.
            let delegations = try Instrument
                .filter(Column("kind") == InstrumentKind.delegation && Column("grantor_id") == personId).fetchAll(db)
            let parentIds = try DelegationParent.filter(keys: delegations.compactMap(\.id)).fetchAll(db)
            for parent in parentIds {
                grantors.insert(parent.statedGrantorId)
            }
            // Instruments naming the person as attorney.
            let named = try InstrumentAttorney.filter(Column("person_id") == personId).fetchAll(db).map(\.instrumentId)
            for instrument in try Instrument.filter(keys: named).fetchAll(db) {
                if instrument.kind == .grant {
                    grantors.insert(instrument.grantorId)
                } else if let id = instrument.id, let parent = try DelegationParent.fetchOne(db, key: id) {
                    grantors.insert(parent.statedGrantorId)
                }
            }
            return grantors
        }
    }

    /// The intervals of one grantor, in order of start day.
    public func intervals(grantorId: Int64) throws(StoreError) -> [StoredInterval] {
        try fetch { try StoredInterval.fetchAll(db.cachedStatement(sql: LedgerQueries.intervalsOfGrantor), arguments: [grantorId]) }
    }

    /// The intervals of one grantor in force on `day`: one range of the primary key.
    public func intervals(grantorId: Int64, on day: Day) throws(StoreError) -> [StoredInterval] {
        try fetch {
            try StoredInterval.fetchAll(db.cachedStatement(sql: LedgerQueries.intervalsOfGrantorOnDay), arguments: [grantorId, day])
        }
    }

    /// The intervals of one attorney, in order of start day.
    public func intervals(attorneyId: Int64) throws(StoreError) -> [StoredInterval] {
        try fetch { try StoredInterval.fetchAll(db.cachedStatement(sql: LedgerQueries.intervalsOfAttorney), arguments: [attorneyId]) }
    }

    /// The intervals of one attorney in force on `day`.
    public func intervals(attorneyId: Int64, on day: Day) throws(StoreError) -> [StoredInterval] {
        try fetch {
            try StoredInterval.fetchAll(
                db.cachedStatement(sql: LedgerQueries.intervalsOfAttorneyOnDay), arguments: [attorneyId, day])
        }
    }

    /// The recorded endings of an instrument (whole, or of one attorney's appointment).
    public func endings(ofInstrument id: Int64) throws(StoreError) -> [Supersession] {
        try fetch { try Supersession.fetchAll(db.cachedStatement(sql: LedgerQueries.endingsOfInstrument), arguments: [id]) }
    }

    /// The invalid delegations judged in a grantor's history.
    public func invalidDelegations(grantorId: Int64) throws(StoreError) -> [StoredInvalidDelegation] {
        try fetch {
            try StoredInvalidDelegation.fetchAll(
                db.cachedStatement(sql: LedgerQueries.invalidDelegationsOfGrantor), arguments: [grantorId])
        }
    }

    /// The lines each fact of an instrument came from.
    public func sources(ofInstrument id: Int64) throws(StoreError) -> [InstrumentSource] {
        try fetch { try InstrumentSource.fetchAll(db.cachedStatement(sql: LedgerQueries.sourcesOfInstrument), arguments: [id]) }
    }
}

private struct DocumentFiling: Decodable, FetchableRecord {
    var id: Int64
    var filedOn: Day?

    enum CodingKeys: String, CodingKey {
        case id, filedOn = "filed_on"
    }
}

extension LedgerTransaction {
    /// Replaces everything derived from one grantor's history: its intervals, its invalid
    /// delegations, and the recorded endings of the instruments it covers.
    public func replaceDerived(
        grantorId: Int64, coveredInstruments: [Int64], intervals: [StoredInterval], invalid: [StoredInvalidDelegation],
        endings: [Supersession]
    ) throws(StoreError) {
        do {
            try db.cachedStatement(sql: LedgerQueries.deleteIntervalsOfGrantor).execute(arguments: [grantorId])
            try db.cachedStatement(sql: LedgerQueries.deleteInvalidDelegationsOfGrantor).execute(arguments: [grantorId])
            let deleteEndings = try db.cachedStatement(sql: LedgerQueries.deleteEndingsOfInstrument)
            for id in coveredInstruments { try deleteEndings.execute(arguments: [id]) }
            let insert = try db.cachedStatement(sql: LedgerQueries.insertInterval)
            for interval in intervals {
                try insert.execute(arguments: [
                    interval.grantorId, interval.validFrom, interval.attorneyId, interval.via, interval.validUntil,
                    interval.issuerId, interval.forms, interval.grantId, interval.links,
                ])
            }
            for row in invalid { try row.insert(db, onConflict: .replace) }
            for var ending in endings { try ending.insert(db) }
        } catch {
            throw StoreError.writeFailed(detail: StoreError.describe(error))
        }
    }
}

extension LedgerReader {
    /// Every person whose history holds a grant, or whom a delegation names as its parent's
    /// grantor: the histories a full rebuild evaluates.
    public func allGrantorIds() throws(StoreError) -> [Int64] {
        try fetch {
            let grantors = try Int64.fetchSet(db, Instrument.select(Column("grantor_id")).filter(Column("kind") == InstrumentKind.grant))
            let stated = try Int64.fetchSet(db, DelegationParent.select(Column("stated_grantor_id")))
            return grantors.union(stated).sorted()
        }
    }
}
