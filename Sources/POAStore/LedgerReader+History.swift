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
    private func fetch<T>(_ body: () throws -> T) throws(StoreError) -> T {
        do {
            return try body()
        } catch {
            throw StoreError.readFailed(detail: StoreError.describe(error))
        }
    }

    /// Everything the authority rules need to evaluate `grantorId`'s history.
    public func historyRows(grantorId: Int64) throws(StoreError) -> HistoryRows {
        try fetch {
            var rows = HistoryRows()
            let grants = try Instrument.filter(Column("kind") == InstrumentKind.grant && Column("grantor_id") == grantorId)
                .fetchAll(db)
            let grantIds = grants.compactMap(\.id)
            let parents = try DelegationParent
                .filter(grantIds.contains(Column("parent_id")) || (Column("stated_grantor_id") == grantorId && Column("parent_id") == nil))
                .fetchAll(db)
            let delegations = try Instrument.filter(keys: parents.map(\.delegationId)).fetchAll(db)
            let delegators = Set(delegations.map(\.grantorId))
            let owners = [grantorId] + delegators.sorted()
            let revocationRows = try Revocation.filter(owners.contains(Column("target_grantor_id"))).fetchAll(db)
            let revocations = try Instrument.filter(keys: revocationRows.map(\.revocationId)).fetchAll(db)
            rows.instruments = grants + delegations + revocations
            let ids = rows.instruments.compactMap(\.id)
            for attorney in try InstrumentAttorney.filter(ids.contains(Column("instrument_id")))
                .order(Column("instrument_id"), Column("position")).fetchAll(db)
            {
                rows.attorneys[attorney.instrumentId, default: []].append(attorney)
            }
            for form in try InstrumentForm.filter(ids.contains(Column("instrument_id"))).fetchAll(db) {
                rows.forms[form.instrumentId, default: []].append(form.form)
            }
            rows.parents = Dictionary(uniqueKeysWithValues: parents.map { ($0.delegationId, $0) })
            rows.revocations = Dictionary(uniqueKeysWithValues: revocationRows.map { ($0.revocationId, $0) })
            let documentIds = Set(rows.instruments.map(\.documentId))
            let documents = try Document.select(Column("id"), Column("filed_on"))
                .filter(keys: Array(documentIds)).asRequest(of: DocumentFiling.self).fetchAll(db)
            let filedOn = Dictionary(uniqueKeysWithValues: documents.map { ($0.id, $0.filedOn) })
            for instrument in rows.instruments {
                guard let id = instrument.id else { continue }
                rows.filing[id] = (filedOn[instrument.documentId] ?? nil, instrument.documentId)
            }
            let people = Set(owners).union(rows.attorneys.values.flatMap { $0.compactMap(\.personId) })
            rows.facts = try RecordedFact
                .filter(people.contains(Column("person_id")) && Column("undone_at") == nil)
                .fetchAll(db)
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
        try fetch { try StoredInterval.filter(Column("grantor_id") == grantorId).order(Column("valid_from")).fetchAll(db) }
    }

    /// The intervals of one grantor in force on `day`: one range of the primary key.
    public func intervals(grantorId: Int64, on day: Day) throws(StoreError) -> [StoredInterval] {
        try fetch {
            try StoredInterval
                .filter(Column("grantor_id") == grantorId && Column("valid_from") <= day
                    && (Column("valid_until") == nil || Column("valid_until") > day))
                .fetchAll(db)
        }
    }

    /// The intervals of one attorney, in order of start day.
    public func intervals(attorneyId: Int64) throws(StoreError) -> [StoredInterval] {
        try fetch { try StoredInterval.filter(Column("attorney_id") == attorneyId).order(Column("valid_from")).fetchAll(db) }
    }

    /// The intervals of one attorney in force on `day`.
    public func intervals(attorneyId: Int64, on day: Day) throws(StoreError) -> [StoredInterval] {
        try fetch {
            try StoredInterval
                .filter(Column("attorney_id") == attorneyId && Column("valid_from") <= day
                    && (Column("valid_until") == nil || Column("valid_until") > day))
                .fetchAll(db)
        }
    }

    /// The recorded endings of an instrument (whole, or of one attorney's appointment).
    public func endings(ofInstrument id: Int64) throws(StoreError) -> [Supersession] {
        try fetch { try Supersession.filter(Column("ended_id") == id).order(Column("ended_on")).fetchAll(db) }
    }

    /// The invalid delegations judged in a grantor's history.
    public func invalidDelegations(grantorId: Int64) throws(StoreError) -> [StoredInvalidDelegation] {
        try fetch { try StoredInvalidDelegation.filter(Column("grantor_id") == grantorId).fetchAll(db) }
    }

    /// The lines each fact of an instrument came from.
    public func sources(ofInstrument id: Int64) throws(StoreError) -> [InstrumentSource] {
        try fetch { try InstrumentSource.filter(Column("instrument_id") == id).fetchAll(db) }
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
            try StoredInterval.filter(Column("grantor_id") == grantorId).deleteAll(db)
            try StoredInvalidDelegation.filter(Column("grantor_id") == grantorId).deleteAll(db)
            try Supersession.filter(coveredInstruments.contains(Column("ended_id"))).deleteAll(db)
            for interval in intervals { try interval.insert(db, onConflict: .ignore) }
            for row in invalid { try row.insert(db, onConflict: .replace) }
            for var ending in endings { try ending.insert(db) }
        } catch {
            throw StoreError.writeFailed(detail: StoreError.describe(error))
        }
    }
}
