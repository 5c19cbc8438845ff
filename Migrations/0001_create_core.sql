-- POA Ledger core schema: documents, people, issuers, instruments and their facts.
--
-- Conventions: snake_case singular table names; days are TEXT 'YYYY-MM-DD', checked with
-- date(x, '+0 days') IS x (plain date() accepts February 30th);
-- intervals are half-open [from, until) with NULL `until` meaning open; booleans are 0/1.
-- This file never changes once shipped: later changes go in new, higher-numbered files.

-- A person (a grantor, an attorney-in-fact, or both), or an entity grantor.
CREATE TABLE person (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(name) > 0),
    kind TEXT NOT NULL DEFAULT 'person' CHECK (kind IN ('person', 'entity')),
    cik TEXT UNIQUE CHECK (cik IS NULL OR (length(cik) BETWEEN 1 AND 10 AND cik NOT GLOB '*[^0-9]*'))
) STRICT;

-- Every spelling of a person seen in a document, with its lookup key (see NameKey).
CREATE TABLE person_alias (
    person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    alias TEXT NOT NULL CHECK (length(alias) > 0),
    key TEXT NOT NULL CHECK (length(key) > 0),
    PRIMARY KEY (person_id, alias)
) STRICT, WITHOUT ROWID;
CREATE INDEX person_alias_by_key ON person_alias(key);

-- A company whose securities the instruments are about ("the Company").
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

-- One imported file. `text` is the whole decoded source; line spans elsewhere count lines in it.
-- Duplicates (same SHA-256) are never stored twice.
CREATE TABLE document (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL CHECK (length(path) > 0),
    sha256 TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
    size INTEGER NOT NULL CHECK (size >= 0),
    media_type TEXT NOT NULL,
    text TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('imported', 'not-poa', 'needs-review', 'error')),
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

-- Reporting owners named in a submission header, in order.
CREATE TABLE document_reporting_owner (
    document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    name TEXT NOT NULL,
    cik TEXT,
    PRIMARY KEY (document_id, position)
) STRICT, WITHOUT ROWID;

-- One signed act inside a document: a grant, a delegation or a revocation.
CREATE TABLE instrument (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    kind TEXT NOT NULL CHECK (kind IN ('grant', 'delegation', 'revocation')),
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
    line_end INTEGER NOT NULL,
    UNIQUE (document_id, position),
    CHECK (line_end >= line_start),
    CHECK (supersedes_prior = (supersession_clause IS NOT NULL))
) STRICT;
CREATE INDEX instrument_by_grantor ON instrument(grantor_id, issuer_id, executed_on);
CREATE INDEX instrument_by_issuer ON instrument(issuer_id);

-- A later document that carries an instrument already recorded (a POA refiled with a later filing).
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

-- The attorneys-in-fact an instrument appoints, in order. An attorney named only by office
-- ("the Chief Financial Officer") has an `office` and no person: none is invented.
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

-- The forms an instrument covers (its scope).
CREATE TABLE instrument_form (
    instrument_id INTEGER NOT NULL REFERENCES instrument(id) ON DELETE CASCADE,
    form TEXT NOT NULL CHECK (length(form) BETWEEN 1 AND 12),
    PRIMARY KEY (instrument_id, form)
) STRICT, WITHOUT ROWID;

-- Provenance: the lines each fact of an instrument was read from, with the words quoted.
CREATE TABLE instrument_source (
    instrument_id INTEGER NOT NULL REFERENCES instrument(id) ON DELETE CASCADE,
    fact TEXT NOT NULL CHECK (fact IN (
        'grantor', 'issuer', 'executed_on', 'attorneys', 'forms', 'delegable', 'supersession',
        'end_condition', 'expires_on', 'parent', 'revokes', 'effective_on')),
    line_start INTEGER NOT NULL CHECK (line_start >= 1),
    line_end INTEGER NOT NULL,
    PRIMARY KEY (instrument_id, fact),
    CHECK (line_end >= line_start)
) STRICT, WITHOUT ROWID;

-- What a delegation acts under: the parent grant as the delegation states it, and the grant it
-- resolves to once that grant is in the ledger (NULL until then).
CREATE TABLE delegation_parent (
    delegation_id INTEGER PRIMARY KEY REFERENCES instrument(id) ON DELETE CASCADE,
    stated_grantor_id INTEGER NOT NULL REFERENCES person(id),
    stated_executed_on TEXT CHECK (stated_executed_on IS NULL OR date(stated_executed_on, '+0 days') IS stated_executed_on),
    parent_id INTEGER REFERENCES instrument(id) ON DELETE SET NULL
) STRICT;
CREATE INDEX delegation_parent_by_parent ON delegation_parent(parent_id);

-- What a revocation revokes: one grant (by date), all of a grantor's grants for the issuer
-- (executed_on NULL), or one attorney's appointment; and when it takes effect.
CREATE TABLE revocation (
    revocation_id INTEGER PRIMARY KEY REFERENCES instrument(id) ON DELETE CASCADE,
    target_grantor_id INTEGER NOT NULL REFERENCES person(id),
    target_executed_on TEXT CHECK (target_executed_on IS NULL OR date(target_executed_on, '+0 days') IS target_executed_on),
    target_attorney_id INTEGER REFERENCES person(id),
    effective_on TEXT NOT NULL CHECK (date(effective_on, '+0 days') IS effective_on)
) STRICT;
CREATE INDEX revocation_by_target ON revocation(target_grantor_id);

-- Facts that are not in filings, recorded by a user: the end of a grantor's Section 16
-- obligations for an issuer, a revocation known from elsewhere, an attorney leaving the issuer.
-- Never deleted: undoing one sets `undone_at`.
CREATE TABLE recorded_fact (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('obligations-end', 'revocation', 'departure')),
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

-- Which instrument (or recorded fact) ended which instrument, on what day, and why. With an
-- `attorney_id`, only that attorney's appointment under the instrument ended (a partial
-- revocation, or an attorney leaving where the grant ties authority to employment).
CREATE TABLE supersession (
    id INTEGER PRIMARY KEY,
    ended_id INTEGER NOT NULL REFERENCES instrument(id) ON DELETE CASCADE,
    attorney_id INTEGER REFERENCES person(id),
    ended_on TEXT NOT NULL CHECK (date(ended_on, '+0 days') IS ended_on),
    by_instrument_id INTEGER REFERENCES instrument(id) ON DELETE CASCADE,
    by_fact_id INTEGER REFERENCES recorded_fact(id),
    cause TEXT NOT NULL CHECK (cause IN (
        'supersession', 'revocation', 'obligations-end', 'expiry', 'parent-ended', 'departure')),
    clause TEXT,
    CHECK (by_instrument_id IS NULL OR by_fact_id IS NULL)
) STRICT;
CREATE INDEX supersession_by_ended ON supersession(ended_id);
CREATE INDEX supersession_by_instrument ON supersession(by_instrument_id);
