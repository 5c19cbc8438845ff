/// The ledger's named queries: every SQL statement the repository runs on a hot path, in one
/// place, each prepared once per connection (`cachedStatement`) and reused.
///
/// Names say what a query answers; `?` and `:name` are bound by the caller, never concatenated.
enum LedgerQueries {
    static let documentBySHA256 = "SELECT * FROM document WHERE sha256 = ?"
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
    static let instrumentsOfDocument = "SELECT * FROM instrument WHERE document_id = ? ORDER BY position"
    static let attorneysOfInstrument = "SELECT * FROM instrument_attorney WHERE instrument_id = ? ORDER BY position"
    static let formsOfInstrument = "SELECT * FROM instrument_form WHERE instrument_id = ?"
    static let sourcesOfInstrument = "SELECT * FROM instrument_source WHERE instrument_id = ?"
    static let endingsOfInstrument = "SELECT * FROM supersession WHERE ended_id = ? ORDER BY ended_on"
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

    // One grantor's history: the grantor's grants, the delegations under them (or naming the
    // grantor as parent but not yet resolved), and revocations aimed at the grantor or at those
    // delegations' delegators. Every history query starts from these common table expressions.
    static let history = """
        WITH grants(id) AS (SELECT id FROM instrument WHERE kind = 'grant' AND grantor_id = :grantor),
        delegations(id) AS (
            SELECT delegation_id FROM delegation_parent
            WHERE parent_id IN grants OR (stated_grantor_id = :grantor AND parent_id IS NULL)),
        owners(id) AS (SELECT :grantor UNION SELECT grantor_id FROM instrument WHERE id IN delegations),
        revocations(id) AS (SELECT revocation_id FROM revocation WHERE target_grantor_id IN owners),
        history(id) AS (SELECT id FROM grants UNION ALL SELECT id FROM delegations UNION ALL SELECT id FROM revocations)
        """
    static let historyInstruments = history + """
         SELECT instrument.*, document.filed_on AS document_filed_on
        FROM instrument JOIN document ON document.id = instrument.document_id
        WHERE instrument.id IN history
        """
    static let historyAttorneys = history + """
         SELECT * FROM instrument_attorney WHERE instrument_id IN history ORDER BY instrument_id, position
        """
    static let historyForms = history + " SELECT * FROM instrument_form WHERE instrument_id IN history"
    static let historyParents = history + " SELECT * FROM delegation_parent WHERE delegation_id IN delegations"
    static let historyRevocations = history + " SELECT * FROM revocation WHERE revocation_id IN revocations"
    static let historyFacts = history + """
         SELECT * FROM recorded_fact
        WHERE undone_at IS NULL AND person_id IN (
            SELECT id FROM owners
            UNION SELECT person_id FROM instrument_attorney WHERE instrument_id IN history AND person_id IS NOT NULL)
        """

    // Replacing what was derived from one grantor's history.
    static let deleteIntervalsOfGrantor = "DELETE FROM authority_interval WHERE grantor_id = ?"
    static let deleteInvalidDelegationsOfGrantor = "DELETE FROM invalid_delegation WHERE grantor_id = ?"
    static let deleteEndingsOfInstrument = "DELETE FROM supersession WHERE ended_id = ?"
    static let insertInterval = """
        INSERT OR IGNORE INTO authority_interval
            (grantor_id, valid_from, attorney_id, via, valid_until, issuer_id, forms, grant_id, links)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
        """
}
