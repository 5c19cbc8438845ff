-- Effective authority, kept as intervals and recomputed with every change to a grantor's history
-- (in the same transaction), so it is never stale.

-- One row per (grantor, attorney, chain of instruments, start day): the attorney may sign the
-- listed forms for the grantor in [valid_from, valid_until); NULL valid_until = still in force.
-- WITHOUT ROWID keyed by grantor then day: "who may sign for P on D" reads one short range of the
-- primary key, never the table.
CREATE TABLE authority_interval (
    grantor_id INTEGER NOT NULL REFERENCES person(id),
    valid_from TEXT NOT NULL CHECK (date(valid_from, '+0 days') IS valid_from),
    attorney_id INTEGER NOT NULL REFERENCES person(id),
    via TEXT NOT NULL CHECK (via NOT GLOB '*[^0-9,]*' AND length(via) > 0),
    valid_until TEXT CHECK (valid_until IS NULL OR (date(valid_until, '+0 days') IS valid_until AND valid_until > valid_from)),
    issuer_id INTEGER REFERENCES issuer(id),
    -- The forms covered, comma-separated in the usual order: 'ID,3,4,5,144'.
    forms TEXT NOT NULL CHECK (length(forms) > 0),
    -- The grant the chain starts from (its first instrument), and the chain's length.
    grant_id INTEGER NOT NULL REFERENCES instrument(id) ON DELETE CASCADE,
    links INTEGER NOT NULL CHECK (links >= 1),
    PRIMARY KEY (grantor_id, valid_from, attorney_id, via)
) STRICT, WITHOUT ROWID;
CREATE INDEX authority_interval_by_attorney
    ON authority_interval(attorney_id, valid_from, valid_until, forms, issuer_id);
CREATE INDEX authority_interval_by_grant ON authority_interval(grant_id);

-- Delegations that give no authority (rule 5), with the reason; recomputed like the intervals.
CREATE TABLE invalid_delegation (
    delegation_id INTEGER PRIMARY KEY REFERENCES instrument(id) ON DELETE CASCADE,
    grantor_id INTEGER NOT NULL REFERENCES person(id),
    reason TEXT NOT NULL CHECK (length(reason) > 0)
) STRICT;
CREATE INDEX invalid_delegation_by_grantor ON invalid_delegation(grantor_id);

CREATE INDEX supersession_by_fact ON supersession(by_fact_id);
CREATE INDEX delegation_parent_by_stated ON delegation_parent(stated_grantor_id, stated_executed_on);
CREATE INDEX instrument_by_kind_grantor ON instrument(kind, grantor_id);
CREATE INDEX recorded_fact_by_target_attorney ON recorded_fact(target_attorney_id);

-- Reporting views: names and dates instead of ids.

-- Every authority interval: who may sign which forms for whom, from when until when, and how.
CREATE VIEW authority AS
SELECT
    g.name AS grantor,
    a.name AS attorney,
    i.name AS issuer,
    ai.valid_from,
    ai.valid_until,
    ai.forms,
    CASE WHEN ai.links = 1 THEN 'direct' ELSE 'delegated' END AS path,
    gr.executed_on AS grant_executed_on,
    d.path AS grant_document,
    ai.via,
    ai.grantor_id,
    ai.attorney_id,
    ai.issuer_id
FROM authority_interval ai
JOIN person g ON g.id = ai.grantor_id
JOIN person a ON a.id = ai.attorney_id
LEFT JOIN issuer i ON i.id = ai.issuer_id
JOIN instrument gr ON gr.id = ai.grant_id
JOIN document d ON d.id = gr.document_id;

-- Every instrument with its grantor, issuer, day, kind, and whether and how it ended.
CREATE VIEW instruments AS
SELECT
    ins.id,
    ins.kind,
    p.name AS grantor,
    i.name AS issuer,
    ins.executed_on,
    (SELECT group_concat(form, ',') FROM (SELECT form FROM instrument_form f WHERE f.instrument_id = ins.id
        ORDER BY CASE form WHEN 'ID' THEN 0 WHEN '3' THEN 1 WHEN '4' THEN 2 WHEN '5' THEN 3 WHEN '144' THEN 4 ELSE 5 END, form)) AS forms,
    ins.delegable,
    ins.supersedes_prior,
    ins.end_condition,
    ins.expires_on,
    (SELECT min(s.ended_on) FROM supersession s WHERE s.ended_id = ins.id AND s.attorney_id IS NULL) AS ended_on,
    (SELECT s.cause FROM supersession s WHERE s.ended_id = ins.id AND s.attorney_id IS NULL ORDER BY s.ended_on LIMIT 1) AS ended_by,
    CASE
        WHEN EXISTS (SELECT 1 FROM invalid_delegation v WHERE v.delegation_id = ins.id) THEN 'invalid'
        WHEN EXISTS (SELECT 1 FROM supersession s WHERE s.ended_id = ins.id AND s.attorney_id IS NULL) THEN 'ended'
        ELSE 'in force'
    END AS status,
    d.path AS document,
    ins.line_start,
    ins.line_end
FROM instrument ins
JOIN person p ON p.id = ins.grantor_id
LEFT JOIN issuer i ON i.id = ins.issuer_id
JOIN document d ON d.id = ins.document_id;

-- The attorneys of each instrument, in order, as written and as resolved.
CREATE VIEW instrument_attorneys AS
SELECT
    ia.instrument_id,
    ia.position,
    COALESCE(p.name, ia.office) AS attorney,
    ia.name_as_written,
    CASE WHEN ia.office IS NULL THEN 'person' ELSE 'office' END AS named_as,
    ins.kind,
    g.name AS grantor,
    ins.executed_on,
    d.path AS document,
    ia.line_start,
    ia.line_end
FROM instrument_attorney ia
JOIN instrument ins ON ins.id = ia.instrument_id
JOIN person g ON g.id = ins.grantor_id
LEFT JOIN person p ON p.id = ia.person_id
JOIN document d ON d.id = ins.document_id;

-- Every document with its import status and reason.
CREATE VIEW documents AS
SELECT
    d.id,
    d.path,
    d.sha256,
    d.size,
    d.media_type,
    d.status,
    d.reason,
    d.imported_at,
    d.accession_number,
    d.filed_on,
    d.header_issuer_name,
    (SELECT count(*) FROM instrument ins WHERE ins.document_id = d.id) AS instruments
FROM document d;
