/// The named queries of `poa review`: what in the ledger waits for a person.
///
/// Each query answers one kind of item and returns the same columns: `document` (the id of the
/// document the item lives in), `path`, `reason` (in words: what is wrong, and with what) and
/// `since` (`YYYY-MM-DD`: the day the item started waiting). Every query starts from a table or
/// index that holds only items or few rows (a status, a verdict, the recorded facts, the hand
/// changes), so a review of a large ledger reads no whole table of instruments.
enum ReviewQueries {
    /// Documents the reader could not read with confidence; their reason says what is missing.
    static let documentsNeedingReview = """
        SELECT id AS document, path, coalesce(reason, 'needs review') AS reason, substr(imported_at, 1, 10) AS since
        FROM document WHERE status = 'needs-review'
        """

    /// Delegations that give no authority, with the delegator, the day and why.
    static let invalidDelegations = """
        SELECT d.id AS document, d.path,
               'delegation by ' || p.name || ' of ' || ins.executed_on || ': ' || v.reason AS reason,
               substr(d.imported_at, 1, 10) AS since
        FROM invalid_delegation v
        JOIN instrument ins ON ins.id = v.delegation_id
        JOIN person p ON p.id = ins.grantor_id
        JOIN document d ON d.id = ins.document_id
        """

    /// Signatures whose signer or reporting owner the audit could not tell (its stored verdicts
    /// `unknown-signer` and `unknown-owner`), one per (signature, owner), the kind named by the
    /// cause: nobody or no name read (`unknown-signer`), several people (`ambiguous-signer`), an
    /// owner's name that fits several people (`ambiguous-owner`).
    static let unsettledSignatures = """
        SELECT CASE
                   WHEN v.verdict = 'unknown-owner' THEN 'ambiguous-owner'
                   WHEN v.cause = 'ambiguous' THEN 'ambiguous-signer'
                   ELSE 'unknown-signer'
               END AS kind,
               d.id AS document, d.path,
               'Form ' || s.form_as_filed || ' signed ' || s.signed_on || ' by "' || s.signer_as_written
                   || '" for ' || so.name_as_written || ': ' || v.reason AS reason,
               substr(d.imported_at, 1, 10) AS since
        FROM signature_verdict v
        JOIN signature s ON s.id = v.signature_id
        JOIN signature_owner so ON so.signature_id = v.signature_id AND so.position = v.owner_position
        JOIN document d ON d.id = s.document_id
        WHERE v.verdict IN ('unknown-signer', 'unknown-owner')
        """

    /// Grants still in force on day ?1 every attorney person of which has left the grant's
    /// issuer on or before that day (a departure recorded and not undone), as the report
    /// grants-without-active-attorney sees them. Attorneys named only by office are not people
    /// who leave: they neither count for nor against. The item waits from the later of the
    /// grant's import and the last of the departures.
    static let grantsWithOnlyDepartedAttorneys = """
        WITH gone AS (
            SELECT person_id, issuer_id, min(on_day) AS left_on FROM recorded_fact
            WHERE kind = 'departure' AND undone_at IS NULL AND on_day <= ?1
            GROUP BY person_id, issuer_id
        ),
        candidate AS (
            SELECT DISTINCT ia.instrument_id AS id FROM gone JOIN instrument_attorney ia ON ia.person_id = gone.person_id
        ),
        departures AS (
            SELECT g.id AS grant_id, group_concat(ia.name_as_written || ' on ' || gone.left_on, '; ') AS names,
                   max(gone.left_on) AS last_left
            FROM candidate JOIN instrument g ON g.id = candidate.id
            JOIN instrument_attorney ia ON ia.instrument_id = g.id
            JOIN gone ON gone.person_id = ia.person_id AND gone.issuer_id = g.issuer_id
            GROUP BY g.id
        )
        SELECT d.id AS document, d.path,
               'grant by ' || p.name || ' of ' || g.executed_on || ' for ' || coalesce(i.name, 'its issuer')
                   || ' is in force, but every attorney it names has left: ' || departures.names AS reason,
               max(substr(d.imported_at, 1, 10), departures.last_left) AS since
        FROM departures
        JOIN instrument g ON g.id = departures.grant_id
        JOIN person p ON p.id = g.grantor_id
        LEFT JOIN issuer i ON i.id = g.issuer_id
        JOIN document d ON d.id = g.document_id
        WHERE g.kind = 'grant' AND g.executed_on <= ?1
          AND NOT EXISTS (
              SELECT 1 FROM supersession s WHERE s.ended_id = g.id AND s.attorney_id IS NULL AND s.ended_on <= ?1)
          AND NOT EXISTS (
              SELECT 1 FROM instrument_attorney ia
              WHERE ia.instrument_id = g.id AND ia.person_id IS NOT NULL
                AND NOT EXISTS (SELECT 1 FROM gone WHERE gone.person_id = ia.person_id AND gone.issuer_id = g.issuer_id))
        """

    /// Hand changes in force that a re-reading disagreed with (`poa reread --apply` noted what
    /// it read), with the field corrected (or the entry) and the conflict. A change whose
    /// instrument the re-reading no longer has is listed once, as orphaned.
    static let rereadConflicts = """
        SELECT h.document_id AS document, d.path,
               CASE WHEN h.kind = 'correction'
                    THEN 'correction #' || h.id || ' of ' || h.field || ' (in force: ' || h.value || ')'
                    ELSE 'hand entry #' || h.id || ' (instrument ' || (h.position + 1) || ' of the document)'
               END || ': a re-reading disagrees: ' || h.conflict AS reason,
               substr(h.recorded_at, 1, 10) AS since
        FROM hand_change h JOIN document d ON d.id = h.document_id
        WHERE h.conflict IS NOT NULL AND h.undone_at IS NULL AND h.instrument_id IS NOT NULL
        """

    /// Hand changes in force whose instrument a re-reading no longer has: kept, but applied to nothing.
    static let orphanedHandChanges = """
        SELECT h.document_id AS document, d.path,
               CASE WHEN h.kind = 'correction'
                    THEN 'correction #' || h.id || ' of ' || h.field || ' to ' || h.value
                    ELSE 'hand entry #' || h.id
               END || ': instrument ' || (h.position + 1) || ' of the document is gone (a re-reading no longer '
                   || 'finds it); enter it again or undo the change' AS reason,
               substr(h.recorded_at, 1, 10) AS since
        FROM hand_change h JOIN document d ON d.id = h.document_id
        WHERE h.instrument_id IS NULL AND h.undone_at IS NULL
        """
}
