import GRDB
import POACore

/// The raw rows of one grantor's history, read in a handful of indexed queries.
public struct HistoryRows: Sendable {
    /// Grants of the grantor, delegations under them (or stating the grantor as parent), and
    /// revocations aimed at the grantor or at a delegator under the grantor's grants.
    public var instruments: [InstrumentTerms] = []
    /// Filing order of each instrument's document: (filing day or nil, document id).
    public var filing: [Int64: (filedOn: Day?, documentId: Int64)] = [:]
    /// The people each grant or delegation names as attorneys, in order (an office named
    /// without a person is no one's authority, and is left out).
    public var attorneys: [Int64: [Int64]] = [:]
    public var parents: [Int64: DelegationParent] = [:]
    public var revocations: [Int64: Revocation] = [:]
    /// Recorded facts not undone, about the grantor, the delegators, and every attorney named.
    public var facts: [RecordedFact] = []

    /// An empty history: a grantor with no instruments yet.
    public init() {}
}

extension LedgerReader {
    /// Everything the authority rules need to evaluate `grantorId`'s history: the grantor's
    /// grants, the delegations under them (or naming the grantor as parent, not yet resolved),
    /// revocations aimed at the grantor or at those delegators, their attorneys, and the
    /// recorded facts about everyone involved. The one-grantor case of
    /// ``historyRows(grantors:facts:)``, so that a query and a rebuild read histories alike.
    public func historyRows(grantorId: Int64) throws(StoreError) -> HistoryRows {
        try historyRows(grantors: [grantorId], facts: factsInForce())[grantorId] ?? HistoryRows()
    }

    /// The grantors whose histories involve `personId` other than as grantor: the grantors of
    /// grants under which the person delegated, or that name the person (directly or by delegation).
    public func grantorsInvolving(personId: Int64) throws(StoreError) -> Set<Int64> {
        try fetch {
            Set(try Int64.fetchAll(db.cachedStatement(sql: LedgerQueries.grantorsInvolvingPerson), arguments: [personId]))
        }
    }

    /// The intervals of one grantor, in order of start day.
    public func intervals(grantorId: Int64) throws(StoreError) -> [StoredInterval] {
        try all(StoredInterval.self, LedgerQueries.intervalsOfGrantor, grantorId)
    }

    /// The intervals of every grantor whose id is in `grantors`, in no particular order: what a
    /// full rebuild compares with what it derives for them.
    public func intervals(grantors: ClosedRange<Int64>) throws(StoreError) -> [StoredInterval] {
        try all(StoredInterval.self, LedgerQueries.intervalsOfGrantorRange, grantors.lowerBound, grantors.upperBound)
    }

    /// The intervals of one grantor in force on `day`: one range of the primary key.
    public func intervals(grantorId: Int64, on day: Day) throws(StoreError) -> [StoredInterval] {
        try all(StoredInterval.self, LedgerQueries.intervalsOfGrantorOnDay, grantorId, day)
    }

    /// The intervals of one attorney, in order of start day.
    public func intervals(attorneyId: Int64) throws(StoreError) -> [StoredInterval] {
        try all(StoredInterval.self, LedgerQueries.intervalsOfAttorney, attorneyId)
    }

    /// The intervals of one attorney in force on `day`.
    public func intervals(attorneyId: Int64, on day: Day) throws(StoreError) -> [StoredInterval] {
        try all(StoredInterval.self, LedgerQueries.intervalsOfAttorneyOnDay, attorneyId, day)
    }

    /// The recorded endings of an instrument (whole, or of one attorney's appointment).
    public func endings(ofInstrument id: Int64) throws(StoreError) -> [Supersession] {
        try all(Supersession.self, LedgerQueries.endingsOfInstrument, id)
    }

    /// The invalid delegations judged in a grantor's history.
    public func invalidDelegations(grantorId: Int64) throws(StoreError) -> [StoredInvalidDelegation] {
        try all(StoredInvalidDelegation.self, LedgerQueries.invalidDelegationsOfGrantor, grantorId)
    }

    /// The lines each fact of an instrument came from.
    public func sources(ofInstrument id: Int64) throws(StoreError) -> [InstrumentSource] {
        try all(InstrumentSource.self, LedgerQueries.sourcesOfInstrument, id)
    }
}

extension LedgerTransaction {
    /// Deletes everything derived from one grantor's history: its intervals, its invalid
    /// delegations, and the recorded endings of the instruments it covers. What is derived
    /// again is stored with ``insertDerived(intervals:invalid:endings:)``.
    public func deleteDerived(grantorId: Int64, coveredInstruments: [Int64]) throws(StoreError) {
        try deleteDerived(grantorIds: [grantorId], coveredInstruments: coveredInstruments)
    }

    /// Deletes everything derived from the histories of `grantorIds`, which cover the
    /// instruments `coveredInstruments`: three statements, whatever the number of grantors (the
    /// ids go in as one JSON array each). An imported batch replaces the derivations of a few
    /// hundred grantors at once, and a statement per grantor and per instrument would be a
    /// measurable share of its writing.
    public func deleteDerived(grantorIds: some Collection<Int64>, coveredInstruments: some Collection<Int64>)
        throws(StoreError)
    {
        func json(_ ids: some Collection<Int64>) -> String { "[" + ids.map(String.init).joined(separator: ",") + "]" }
        for (sql, ids) in [
            (LedgerQueries.deleteIntervalsOfGrantors, json(grantorIds)),
            (LedgerQueries.deleteInvalidDelegationsOfGrantors, json(grantorIds)),
            (LedgerQueries.deleteEndingsOfInstruments, json(coveredInstruments)),
        ] {
            let statement = try PreparedStatement(db, sql: sql, cache: statements)
            statement.bind(ids, at: 1)
            try statement.execute()
        }
    }

    /// Stores what was derived from histories whose previous results are already deleted.
    public func insertDerived(intervals: [StoredInterval], invalid: [StoredInvalidDelegation], endings: [Supersession])
        throws(StoreError)
    {
        // Two chains may reach the same attorney on the same day: the first one is kept.
        try insert(intervals, onConflict: .ignore)
        try insert(invalid, onConflict: .replace)
        try insert(endings, onConflict: .fail)
    }
}

extension LedgerReader {
    /// Every person whose history holds a grant, or whom a delegation names as its parent's
    /// grantor: the histories a full rebuild evaluates.
    public func allGrantorIds() throws(StoreError) -> [Int64] {
        try fetch { try Int64.fetchAll(db.cachedStatement(sql: LedgerQueries.allGrantorIds)) }
    }
}
