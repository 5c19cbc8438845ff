-- The schema of a fresh POA Ledger after every migration, as SQLite's sqlite_schema holds it:
-- each table followed by its indexes and triggers, then each view followed by its triggers,
-- in the order the migrations create them. SQLite's own objects (sqlite_*) are left out.
--
-- Generated, never edited: the migrations (NNNN_*.sql) are the schema's source, applied in
-- order, and this file is what they add up to. It is not a migration. SchemaFileTests fails
-- when it differs from a freshly migrated ledger; write it again with
--     POA_WRITE_SCHEMA=1 swift test --filter SchemaFileTests

CREATE TABLE schema_migrations (
    name TEXT PRIMARY KEY,
    checksum TEXT NOT NULL,
    applied_at TEXT NOT NULL);

CREATE TABLE person (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(name) > 0),
    kind TEXT NOT NULL DEFAULT 'person' CHECK (kind IN ('person', 'entity')),
    cik TEXT UNIQUE CHECK (cik IS NULL OR (length(cik) BETWEEN 1 AND 10 AND cik NOT GLOB '*[^0-9]*'))
) STRICT;

CREATE TABLE person_alias (
    person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    alias TEXT NOT NULL CHECK (length(alias) > 0),
    key TEXT NOT NULL CHECK (length(key) > 0),
    PRIMARY KEY (person_id, alias)
) STRICT, WITHOUT ROWID;
CREATE INDEX person_alias_by_key ON person_alias(key);

CREATE TABLE issuer (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(name) > 0),
    cik TEXT UNIQUE CHECK (cik IS NULL OR (length(cik) BETWEEN 1 AND 10 AND cik NOT GLOB '*[^0-9]*'))
) STRICT;

CREATE TABLE issuer_alias (
    issuer_id INTEGER NOT NULL REFERENCES issuer(id) ON DELETE CASCADE,
    alias TEXT NOT NULL CHECK (length(alias) > 0),
    key TEXT NOT NULL CHECK (length(key) > 0),
    PRIMARY KEY (issuer_id, alias)
) STRICT, WITHOUT ROWID;
CREATE INDEX issuer_alias_by_key ON issuer_alias(key);

CREATE TABLE document (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL CHECK (length(path) > 0),
    sha256 TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
    size INTEGER NOT NULL CHECK (size >= 0),
    media_type TEXT NOT NULL,
    text TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    status TEXT NOT NULL CHECK ((status = 'imported' OR status = 'not-poa' OR status = 'needs-review' OR status = 'error')),
    reason TEXT,
    -- Facts of the EDGAR submission header, when the file is one.
    accession_number TEXT,
    form_type TEXT,
    filed_on TEXT CHECK (filed_on IS NULL OR (date(filed_on, '+0 days') IS filed_on)),
    header_issuer_name TEXT,
    header_issuer_cik TEXT,
    CHECK (status = 'imported' OR reason IS NOT NULL)
) STRICT;
CREATE INDEX document_by_status ON document(status);

CREATE TABLE document_reporting_owner (
    document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    name TEXT NOT NULL,
    cik TEXT,
    PRIMARY KEY (document_id, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE instrument (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    kind TEXT NOT NULL CHECK ((kind = 'grant' OR kind = 'delegation' OR kind = 'revocation')),
    grantor_id INTEGER NOT NULL REFERENCES person(id),
    issuer_id INTEGER REFERENCES issuer(id),
    executed_on TEXT NOT NULL CHECK (date(executed_on, '+0 days') IS executed_on),
    delegable INTEGER NOT NULL DEFAULT 0 CHECK (delegable IN (0, 1)),
    supersedes_prior INTEGER NOT NULL DEFAULT 0 CHECK (supersedes_prior IN (0, 1)),
    supersession_clause TEXT,
    end_condition TEXT,
    expires_on TEXT CHECK (expires_on IS NULL OR (date(expires_on, '+0 days') IS expires_on AND expires_on >= executed_on)),
    ends_with_attorney_employment INTEGER NOT NULL DEFAULT 0 CHECK (ends_with_attorney_employment IN (0, 1)),
    line_start INTEGER NOT NULL CHECK (line_start >= 1),
    line_end INTEGER NOT NULL, forms TEXT NOT NULL DEFAULT ''
    CHECK (forms = '' OR (',' || forms || ',') NOT GLOB '*,,*'), source TEXT NOT NULL DEFAULT 'read' CHECK (source = 'read' OR source = 'entered'),
    UNIQUE (document_id, position),
    CHECK (line_end >= line_start),
    CHECK (supersedes_prior = (supersession_clause IS NOT NULL))
) STRICT;
CREATE INDEX instrument_by_grantor ON instrument(grantor_id, issuer_id, executed_on);
CREATE INDEX instrument_by_issuer ON instrument(issuer_id);
CREATE INDEX instrument_by_kind_grantor ON instrument(kind, grantor_id);

CREATE TABLE instrument_copy (
    instrument_id INTEGER NOT NULL REFERENCES instrument(id) ON DELETE CASCADE,
    document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    line_start INTEGER NOT NULL CHECK (line_start >= 1),
    line_end INTEGER NOT NULL,
    PRIMARY KEY (document_id, position),
    CHECK (line_end >= line_start)
) STRICT, WITHOUT ROWID;
CREATE INDEX instrument_copy_by_instrument ON instrument_copy(instrument_id);

CREATE TABLE instrument_attorney (
    instrument_id INTEGER NOT NULL REFERENCES instrument(id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    person_id INTEGER REFERENCES person(id),
    office TEXT,
    name_as_written TEXT NOT NULL CHECK (length(name_as_written) > 0),
    line_start INTEGER NOT NULL CHECK (line_start >= 1),
    line_end INTEGER NOT NULL,
    PRIMARY KEY (instrument_id, position),
    CHECK ((person_id IS NULL) <> (office IS NULL)),
    CHECK (line_end >= line_start)
) STRICT, WITHOUT ROWID;
CREATE INDEX instrument_attorney_by_person ON instrument_attorney(person_id);

CREATE TABLE delegation_parent (
    delegation_id INTEGER PRIMARY KEY REFERENCES instrument(id) ON DELETE CASCADE,
    stated_grantor_id INTEGER NOT NULL REFERENCES person(id),
    stated_executed_on TEXT CHECK (stated_executed_on IS NULL OR date(stated_executed_on, '+0 days') IS stated_executed_on),
    parent_id INTEGER REFERENCES instrument(id) ON DELETE SET NULL
) STRICT;
CREATE INDEX delegation_parent_by_parent ON delegation_parent(parent_id);
CREATE INDEX delegation_parent_by_stated ON delegation_parent(stated_grantor_id, stated_executed_on);

CREATE TABLE revocation (
    revocation_id INTEGER PRIMARY KEY REFERENCES instrument(id) ON DELETE CASCADE,
    target_grantor_id INTEGER NOT NULL REFERENCES person(id),
    target_executed_on TEXT CHECK (target_executed_on IS NULL OR date(target_executed_on, '+0 days') IS target_executed_on),
    target_attorney_id INTEGER REFERENCES person(id),
    effective_on TEXT NOT NULL CHECK (date(effective_on, '+0 days') IS effective_on)
) STRICT;
CREATE INDEX revocation_by_target ON revocation(target_grantor_id);

CREATE TABLE recorded_fact (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK ((kind = 'obligations-end' OR kind = 'revocation' OR kind = 'departure')),
    person_id INTEGER NOT NULL REFERENCES person(id),
    issuer_id INTEGER REFERENCES issuer(id),
    on_day TEXT NOT NULL CHECK (date(on_day, '+0 days') IS on_day),
    target_executed_on TEXT CHECK (target_executed_on IS NULL OR date(target_executed_on, '+0 days') IS target_executed_on),
    target_attorney_id INTEGER REFERENCES person(id),
    note TEXT,
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    undone_at TEXT,
    CHECK (kind = 'revocation' OR (target_executed_on IS NULL AND target_attorney_id IS NULL)),
    CHECK (kind = 'revocation' OR issuer_id IS NOT NULL)
) STRICT;
CREATE INDEX recorded_fact_by_person ON recorded_fact(person_id, issuer_id);
CREATE INDEX recorded_fact_by_target_attorney ON recorded_fact(target_attorney_id);

CREATE TABLE supersession (
    id INTEGER PRIMARY KEY,
    ended_id INTEGER NOT NULL REFERENCES instrument(id) ON DELETE CASCADE,
    attorney_id INTEGER REFERENCES person(id),
    ended_on TEXT NOT NULL CHECK (date(ended_on, '+0 days') IS ended_on),
    by_instrument_id INTEGER REFERENCES instrument(id) ON DELETE CASCADE,
    by_fact_id INTEGER REFERENCES recorded_fact(id),
    cause TEXT NOT NULL CHECK ((cause = 'supersession' OR cause = 'revocation' OR cause = 'obligations-end' OR cause = 'expiry' OR cause = 'parent-ended' OR cause = 'departure')),
    clause TEXT,
    CHECK (by_instrument_id IS NULL OR by_fact_id IS NULL)
) STRICT;
CREATE INDEX supersession_by_ended ON supersession(ended_id);
CREATE INDEX supersession_by_instrument ON supersession(by_instrument_id);
CREATE INDEX supersession_by_fact ON supersession(by_fact_id);

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

CREATE TABLE invalid_delegation (
    delegation_id INTEGER PRIMARY KEY REFERENCES instrument(id) ON DELETE CASCADE,
    grantor_id INTEGER NOT NULL REFERENCES person(id),
    reason TEXT NOT NULL CHECK (length(reason) > 0)
) STRICT;
CREATE INDEX invalid_delegation_by_grantor ON invalid_delegation(grantor_id);

CREATE TABLE signature (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    -- The form for scope ('4' for a '4/A'), and the document type as filed.
    form TEXT NOT NULL CHECK ((form = '3' OR form = '4' OR form = '5' OR form = '144')),
    form_as_filed TEXT NOT NULL CHECK (length(form_as_filed) BETWEEN 1 AND 12),
    issuer_id INTEGER REFERENCES issuer(id),
    issuer_as_written TEXT,
    period_of_report TEXT CHECK (period_of_report IS NULL OR date(period_of_report, '+0 days') IS period_of_report),
    signed_on TEXT NOT NULL CHECK (date(signed_on, '+0 days') IS signed_on),
    signer_as_written TEXT NOT NULL CHECK (length(signer_as_written) > 0),
    signer_name TEXT CHECK (signer_name IS NULL OR length(signer_name) > 0),
    -- The name key of signer_name (as person_alias.key), to resolve it when the person appears.
    signer_key TEXT,
    -- 'attorney-in-fact' ("..., attorney-in-fact"), 'signatory' (for an entity, in a stated
    -- capacity: "By: ..., Managing Member"), 'in-person' (no capacity stated), 'unknown' (no name read).
    signed_as TEXT NOT NULL CHECK ((signed_as = 'attorney-in-fact' OR signed_as = 'signatory' OR signed_as = 'in-person' OR signed_as = 'unknown')),
    -- Whom the signature says it is for ("Attorney-in-Fact for David N. Levenson"), and in what
    -- capacity ("Managing Member"), as written.
    on_behalf_of TEXT,
    capacity TEXT,
    signer_person_id INTEGER REFERENCES person(id),
    line_start INTEGER NOT NULL CHECK (line_start >= 1),
    line_end INTEGER NOT NULL,
    UNIQUE (document_id, position),
    CHECK (line_end >= line_start),
    CHECK ((signer_name IS NULL) = (signer_key IS NULL)),
    CHECK ((signer_name IS NULL) = (signed_as = 'unknown')),
    CHECK (signer_person_id IS NULL OR signer_name IS NOT NULL)
) STRICT;
CREATE INDEX signature_by_issuer ON signature(issuer_id, signed_on);
CREATE INDEX signature_by_day ON signature(signed_on);
CREATE INDEX signature_by_signer ON signature(signer_person_id);
CREATE INDEX signature_unresolved_by_key ON signature(signer_key) WHERE signer_person_id IS NULL;

CREATE TABLE signature_owner (
    signature_id INTEGER NOT NULL REFERENCES signature(id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    name_as_written TEXT NOT NULL CHECK (length(name_as_written) > 0),
    cik TEXT CHECK (cik IS NULL OR (length(cik) BETWEEN 1 AND 10 AND cik NOT GLOB '*[^0-9]*')),
    owner_person_id INTEGER REFERENCES person(id),
    matched_by TEXT NOT NULL CHECK ((matched_by = 'cik' OR matched_by = 'name' OR matched_by = 'new' OR matched_by = 'ambiguous')),
    candidates TEXT,
    PRIMARY KEY (signature_id, position),
    CHECK ((owner_person_id IS NULL) = (matched_by = 'ambiguous')),
    CHECK ((candidates IS NOT NULL) = (matched_by = 'ambiguous'))
) STRICT, WITHOUT ROWID;
CREATE INDEX signature_owner_by_person ON signature_owner(owner_person_id);

CREATE TABLE signature_verdict (
    signature_id INTEGER NOT NULL,
    owner_position INTEGER NOT NULL,
    verdict TEXT NOT NULL CHECK ((verdict = 'authorized' OR verdict = 'self' OR verdict = 'unauthorized' OR verdict = 'unknown-signer' OR verdict = 'unknown-owner')),
    cause TEXT NOT NULL,
    reason TEXT NOT NULL CHECK (length(reason) > 0),
    via TEXT CHECK (via IS NULL OR (length(via) > 0 AND via NOT GLOB '*[^0-9,]*')),
    PRIMARY KEY (signature_id, owner_position),
    FOREIGN KEY (signature_id, owner_position) REFERENCES signature_owner(signature_id, position) ON DELETE CASCADE,
    CHECK ((verdict = 'authorized') = (via IS NOT NULL)),
    CHECK (CASE verdict
        WHEN 'authorized' THEN cause IN ('grant', 'delegation')
        WHEN 'self' THEN cause = 'self'
        WHEN 'unknown-signer' THEN (cause = 'unreadable' OR cause = 'not-known' OR cause = 'ambiguous' OR cause = 'name-other-issuer')
        WHEN 'unknown-owner' THEN cause = 'ambiguous-owner'
        ELSE (cause = 'no-poa' OR cause = 'not-named' OR cause = 'not-yet-signed' OR cause = 'superseded' OR cause = 'revoked' OR cause = 'obligations-ended' OR cause = 'expired' OR cause = 'attorney-departed' OR cause = 'ended' OR cause = 'form-not-in-scope' OR cause = 'other-issuer' OR cause = 'delegation-invalid')
        END)
) STRICT, WITHOUT ROWID;
CREATE INDEX signature_verdict_by_verdict ON signature_verdict(verdict, cause);

CREATE TABLE instrument_provenance (
    instrument_id INTEGER PRIMARY KEY REFERENCES instrument(id) ON DELETE CASCADE,
    lines TEXT NOT NULL CHECK (json_type(lines) = 'object')
) STRICT;

CREATE TABLE hand_change (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind = 'entry' OR kind = 'correction'),
    document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    -- The instrument entered or corrected; NULL once a re-reading no longer has it (the
    -- change is kept, and listed for review).
    instrument_id INTEGER REFERENCES instrument(id) ON DELETE SET NULL,
    -- The instrument's position in its document: where a re-reading finds it again.
    position INTEGER NOT NULL CHECK (position >= 0),
    -- A correction: the field, the value the reader read ('' when it read none), the value
    -- in force. An entry: `value` holds the fields as entered (JSON).
    field TEXT,
    read_value TEXT,
    value TEXT NOT NULL,
    -- The lines the person says the fact rests on, when given.
    line_start INTEGER CHECK (line_start IS NULL OR line_start >= 1),
    line_end INTEGER,
    note TEXT NOT NULL CHECK (length(trim(note)) > 0),
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    undone_at TEXT,
    -- Set by `poa reread --apply` when a new reading disagrees with this change: what it read.
    conflict TEXT,
    CHECK ((kind = 'correction') = (field IS NOT NULL AND read_value IS NOT NULL)),
    CHECK (line_end IS NULL OR line_end >= line_start)
) STRICT;
CREATE INDEX hand_change_by_instrument ON hand_change(instrument_id);
CREATE INDEX hand_change_by_document ON hand_change(document_id);

CREATE TABLE change_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    who TEXT NOT NULL,
    -- Written as ORs, not IN (...): SQLite evaluates those without a temporary table per insert.
    action TEXT NOT NULL CHECK (action = 'import' OR action = 'record' OR action = 'correct' OR action = 'undo'
        OR action = 'fact' OR action = 'reread' OR action = 'restore' OR action = 'rebuild'),
    target TEXT,
    note TEXT
) STRICT;
CREATE INDEX change_log_by_time ON change_log(at);

CREATE TABLE name_decision (
    id INTEGER PRIMARY KEY,
    -- The name as written, and its folded form (lowercase letters and digits only) by which
    -- it is looked up.
    spelling TEXT NOT NULL CHECK (length(spelling) > 0),
    folded TEXT NOT NULL CHECK (length(folded) > 0),
    person_id INTEGER NOT NULL REFERENCES person(id),
    same INTEGER NOT NULL CHECK (same = 0 OR same = 1),
    note TEXT NOT NULL CHECK (length(trim(note)) > 0),
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    undone_at TEXT
) STRICT;
CREATE INDEX name_decision_by_folded ON name_decision(folded);

CREATE TABLE document_source (
    document_id INTEGER PRIMARY KEY REFERENCES document(id) ON DELETE CASCADE,
    url TEXT NOT NULL CHECK (url GLOB 'http://*' OR url GLOB 'https://*')
) STRICT;

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

CREATE VIEW signatures AS
SELECT
    s.id AS signature_id,
    so.position AS owner_position,
    d.path AS document,
    s.form,
    s.form_as_filed,
    COALESCE(o.name, so.name_as_written) AS owner,
    so.name_as_written AS owner_as_written,
    so.cik AS owner_cik,
    so.matched_by AS owner_matched_by,
    COALESCE(i.name, s.issuer_as_written) AS issuer,
    s.signed_on,
    COALESCE(sp.name, s.signer_name, s.signer_as_written) AS signer,
    s.signer_as_written,
    s.signed_as,
    v.verdict,
    v.cause,
    v.reason,
    v.via,
    s.document_id,
    s.issuer_id,
    so.owner_person_id,
    s.signer_person_id,
    s.line_start,
    s.line_end
FROM signature s
JOIN signature_owner so ON so.signature_id = s.id
JOIN document d ON d.id = s.document_id
LEFT JOIN person o ON o.id = so.owner_person_id
LEFT JOIN person sp ON sp.id = s.signer_person_id
LEFT JOIN issuer i ON i.id = s.issuer_id
LEFT JOIN signature_verdict v ON v.signature_id = s.id AND v.owner_position = so.position;

CREATE VIEW instrument_source AS
SELECT p.instrument_id, f.key AS fact, f.value ->> 0 AS line_start, f.value ->> 1 AS line_end
FROM instrument_provenance AS p, json_each(p.lines) AS f;

CREATE VIEW instrument_form AS
SELECT ins.id AS instrument_id, f.value AS form
FROM instrument AS ins, json_each('["' || replace(ins.forms, ',', '","') || '"]') AS f
WHERE ins.forms <> '';

CREATE VIEW instruments AS
SELECT
    ins.id,
    ins.kind,
    p.name AS grantor,
    i.name AS issuer,
    ins.executed_on,
    nullif(ins.forms, '') AS forms,
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
