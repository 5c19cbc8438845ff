/// The ledger's named queries: every SQL statement the repository runs on a hot path, in one
/// place, each prepared once per connection (`cachedStatement`) and reused.
///
/// Names say what a query answers; `?` and `:name` are bound by the caller, never concatenated.
enum LedgerQueries {
    // One document's writes, all or nothing, inside a batch's transaction.
    static let openSavepoint = "SAVEPOINT document"
    static let releaseSavepoint = "RELEASE SAVEPOINT document"
    static let rollbackToSavepoint = "ROLLBACK TO SAVEPOINT document"

    /// A document's insert that does nothing when its SHA-256 is stored (other constraints still fail).
    static let insertDocumentUnlessStored = Document.insertSQL + " ON CONFLICT (sha256) DO NOTHING"
    static let documentBySHA256 = "SELECT * FROM document WHERE sha256 = ?"
    static let documentIdBySHA256 = "SELECT id FROM document WHERE sha256 = ?"
    static let personAliasesByKey = "SELECT * FROM person_alias WHERE key = ? ORDER BY person_id"
    static let personAliasesByPerson = "SELECT * FROM person_alias WHERE person_id = ?"
    static let personAliasesByKeyRange = "SELECT * FROM person_alias WHERE key >= ? AND key < ? ORDER BY person_id"
    static let personByCIK = "SELECT * FROM person WHERE cik = ?"
    static let personById = "SELECT * FROM person WHERE id = ?"
    static let issuerByCIK = "SELECT * FROM issuer WHERE cik = ?"
    static let issuerById = "SELECT * FROM issuer WHERE id = ?"
    static let issuerAliasesByKey = "SELECT * FROM issuer_alias WHERE key = ? ORDER BY issuer_id"
    static let instrumentById = "SELECT * FROM instrument WHERE id = ?"
    static let documentById = "SELECT * FROM document WHERE id = ?"
    static let instrumentsOfGrantorOnDay = """
        SELECT * FROM instrument WHERE grantor_id = ? AND executed_on = ? AND kind = ?
        ORDER BY document_id, position
        """
    // `issuer_id IS ?` matches NULL too; the index by grantor, issuer and day answers it whole,
    // in id order (the order documents were recorded), without a sort.
    static let instrumentIdsOfGrantorForIssuerOnDay = """
        SELECT id FROM instrument WHERE grantor_id = ? AND issuer_id IS ? AND executed_on = ? AND kind = ? ORDER BY id
        """
    static let instrumentsOfDocument = "SELECT * FROM instrument WHERE document_id = ? ORDER BY position"
    static let attorneysOfInstrument = "SELECT * FROM instrument_attorney WHERE instrument_id = ? ORDER BY position"
    static let sourcesOfInstrument = "SELECT * FROM instrument_source WHERE instrument_id = ?"
    static let endingsOfInstrument = "SELECT * FROM supersession WHERE ended_id = ? ORDER BY ended_on"
    // The index by parent holds the delegations without one first.
    static let allUnresolvedDelegations = "SELECT * FROM delegation_parent WHERE parent_id IS NULL"
    static let unresolvedDelegations = """
        SELECT * FROM delegation_parent
        WHERE stated_grantor_id = ? AND stated_executed_on = ? AND parent_id IS NULL
        """

    // Authority intervals: the point queries read one range of an index.
    static let intervalsOfGrantor = "SELECT * FROM authority_interval WHERE grantor_id = ? ORDER BY valid_from"
    static let intervalsOfGrantorOnDay = """
        SELECT * FROM authority_interval
        WHERE grantor_id = ?1 AND valid_from <= ?2 AND (valid_until IS NULL OR valid_until > ?2)
        """
    static let intervalsOfAttorney = "SELECT * FROM authority_interval WHERE attorney_id = ? ORDER BY valid_from"
    static let intervalsOfAttorneyOnDay = """
        SELECT * FROM authority_interval
        WHERE attorney_id = ?1 AND valid_from <= ?2 AND (valid_until IS NULL OR valid_until > ?2)
        """
    static let invalidDelegationsOfGrantor = "SELECT * FROM invalid_delegation WHERE grantor_id = ?"

    // Histories, for a range of grantor ids at once (a full rebuild; one grantor for an import's
    // batch or a query): each query is one index range, its last column says whose history the
    // row belongs to. (Not a single query over common table expressions: SQLite materialises
    // every expression on each run, which costs many times more.)
    static let grantsOfGrantorRange = """
        SELECT \(InstrumentTerms.selection), document.filed_on AS document_filed_on, instrument.grantor_id AS owner
        FROM instrument JOIN document ON document.id = instrument.document_id
        WHERE instrument.kind = 'grant' AND instrument.grantor_id BETWEEN ? AND ?
        ORDER BY instrument.grantor_id, instrument.id
        """
    static let delegationsUnderGrantsOfGrantorRange = """
        SELECT \(InstrumentTerms.selection), document.filed_on AS document_filed_on, parent_grant.grantor_id AS owner
        FROM instrument AS parent_grant
        JOIN delegation_parent ON delegation_parent.parent_id = parent_grant.id
        JOIN instrument ON instrument.id = delegation_parent.delegation_id
        JOIN document ON document.id = instrument.document_id
        WHERE parent_grant.kind = 'grant' AND parent_grant.grantor_id BETWEEN ? AND ?
        ORDER BY parent_grant.grantor_id, parent_grant.id, instrument.id
        """
    static let delegationsAwaitingGrantorRange = """
        SELECT \(InstrumentTerms.selection), document.filed_on AS document_filed_on, delegation_parent.stated_grantor_id AS owner
        FROM delegation_parent JOIN instrument ON instrument.id = delegation_parent.delegation_id
        JOIN document ON document.id = instrument.document_id
        WHERE delegation_parent.stated_grantor_id BETWEEN ? AND ? AND delegation_parent.parent_id IS NULL
        ORDER BY delegation_parent.stated_grantor_id, instrument.id
        """
    static let revocationsOfGrantorRange = """
        SELECT \(InstrumentTerms.selection), document.filed_on AS document_filed_on, revocation.target_grantor_id AS owner
        FROM revocation JOIN instrument ON instrument.id = revocation.revocation_id
        JOIN document ON document.id = instrument.document_id
        WHERE revocation.target_grantor_id BETWEEN ? AND ?
        ORDER BY revocation.target_grantor_id, instrument.id
        """
    // The people each grant names, ordered as the index walks (grantor, grant, then the
    // attorney's position): no sort. Offices named without a person give no one authority.
    static let attorneyIdsOfGrantsOfGrantorRange = """
        SELECT instrument_attorney.instrument_id, instrument_attorney.person_id FROM instrument
        JOIN instrument_attorney ON instrument_attorney.instrument_id = instrument.id
        WHERE instrument.kind = 'grant' AND instrument.grantor_id BETWEEN ? AND ?
          AND instrument_attorney.person_id IS NOT NULL
        ORDER BY instrument.grantor_id, instrument.id, instrument_attorney.position
        """
    static let attorneyIdsOfInstrument = """
        SELECT person_id FROM instrument_attorney WHERE instrument_id = ? AND person_id IS NOT NULL ORDER BY position
        """
    // Two ordered index scans merged, so no sort: quick even over a million grants.
    static let allGrantorIds = """
        SELECT grantor_id FROM instrument WHERE kind = 'grant'
        UNION SELECT stated_grantor_id FROM delegation_parent
        ORDER BY 1
        """
    static let factsInForce = "SELECT * FROM recorded_fact WHERE undone_at IS NULL ORDER BY id"
    // The grantors whose histories involve person ?1 other than as grantor: of the grants under
    // which the person delegated, of the grants naming the person, and of the grants under
    // which a delegation names the person.
    static let grantorsInvolvingPerson = """
        SELECT delegation_parent.stated_grantor_id
        FROM instrument JOIN delegation_parent ON delegation_parent.delegation_id = instrument.id
        WHERE instrument.kind = 'delegation' AND instrument.grantor_id = ?1
        UNION
        SELECT CASE WHEN instrument.kind = 'grant' THEN instrument.grantor_id ELSE delegation_parent.stated_grantor_id END
        FROM instrument_attorney JOIN instrument ON instrument.id = instrument_attorney.instrument_id
        LEFT JOIN delegation_parent ON delegation_parent.delegation_id = instrument.id
        WHERE instrument_attorney.person_id = ?1
          AND (instrument.kind = 'grant' OR delegation_parent.delegation_id IS NOT NULL)
        """
    static let indexesOfDerivedTables = """
        SELECT name, tbl_name, sql FROM sqlite_schema
        WHERE type = 'index' AND sql IS NOT NULL
          AND tbl_name IN ('authority_interval', 'invalid_delegation', 'supersession')
        ORDER BY name
        """
    static let deleteAllIntervals = "DELETE FROM authority_interval"
    static let intervalsOfGrantorRange = "SELECT * FROM authority_interval WHERE grantor_id BETWEEN ? AND ?"
    static let deleteIntervalsOfGrantorRange = "DELETE FROM authority_interval WHERE grantor_id BETWEEN ? AND ?"
    static let deleteIntervalByKey = """
        DELETE FROM authority_interval WHERE grantor_id = ? AND valid_from = ? AND attorney_id = ? AND via = ?
        """
    static let deleteAllInvalidDelegations = "DELETE FROM invalid_delegation"
    static let deleteAllEndings = "DELETE FROM supersession"

    static let parentOfDelegation = "SELECT * FROM delegation_parent WHERE delegation_id = ?"
    static let revocationsOfGrantor = """
        SELECT \(InstrumentTerms.selection), document.filed_on AS document_filed_on
        FROM revocation JOIN instrument ON instrument.id = revocation.revocation_id
        JOIN document ON document.id = instrument.document_id
        WHERE revocation.target_grantor_id = ?
        """
    static let revocationById = "SELECT * FROM revocation WHERE revocation_id = ?"

    // Replacing what was derived from some grantors' histories: ?1 is a JSON array of ids,
    // each looked up in the table's key or index (SQLite reads the array once, as a list).
    static let deleteIntervalsOfGrantors = """
        DELETE FROM authority_interval WHERE grantor_id IN (SELECT value FROM json_each(?1))
        """
    static let deleteInvalidDelegationsOfGrantors = """
        DELETE FROM invalid_delegation WHERE grantor_id IN (SELECT value FROM json_each(?1))
        """
    static let deleteEndingsOfInstruments = "DELETE FROM supersession WHERE ended_id IN (SELECT value FROM json_each(?1))"

    // What an imported batch changes: the grants its additions touch, read by the index by
    // grantor, issuer and day, and what was derived from them.
    static let instrumentTermsById = """
        SELECT \(InstrumentTerms.selection), document.filed_on AS document_filed_on, instrument.grantor_id AS owner
        FROM instrument JOIN document ON document.id = instrument.document_id
        WHERE instrument.id = ?
        """
    static let delegationsUnderGrant = """
        SELECT \(InstrumentTerms.selection), document.filed_on AS document_filed_on, delegation_parent.parent_id AS owner
        FROM delegation_parent JOIN instrument ON instrument.id = delegation_parent.delegation_id
        JOIN document ON document.id = instrument.document_id
        WHERE delegation_parent.parent_id = ?
        ORDER BY instrument.id
        """
    // The grants of one grantor for one issuer executed on or before a day, latest first, each
    // with whether it supersedes prior ones and the first day it is no longer in force (NULL
    // while nothing ends it).
    static let grantsOfGrantorForIssuerUntil = """
        SELECT id, executed_on, supersession_clause IS NOT NULL,
            (SELECT min(ended_on) FROM supersession WHERE ended_id = instrument.id AND attorney_id IS NULL)
        FROM instrument
        WHERE grantor_id = ?1 AND issuer_id = ?2 AND executed_on <= ?3 AND kind = 'grant'
        ORDER BY executed_on DESC
        """
    static let supersedingGrantsOfGrantorForIssuerFrom = """
        SELECT id FROM instrument
        WHERE grantor_id = ?1 AND issuer_id = ?2 AND executed_on >= ?3 AND kind = 'grant'
          AND supersession_clause IS NOT NULL
        """
    static let supersedersOfInstrument = """
        SELECT by_instrument_id FROM supersession
        WHERE ended_id = ? AND attorney_id IS NULL AND cause = 'supersession' AND by_instrument_id IS NOT NULL
        """
    static let intervalsOfGrantorFrom = "SELECT * FROM authority_interval WHERE grantor_id = ?1 AND valid_from >= ?2"
    static let deleteInvalidDelegationsById = """
        DELETE FROM invalid_delegation WHERE delegation_id IN (SELECT value FROM json_each(?1))
        """
    static let grantCountOfGrantor = "SELECT count(*) FROM instrument WHERE kind = 'grant' AND grantor_id = ?"
}
