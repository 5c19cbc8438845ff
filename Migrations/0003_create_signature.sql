-- Signatures on ownership filings (Forms 3, 4 and 5 and their amendments, Form 144 notices), the
-- reporting owners they sign for, and the audit's verdict on each: did the signer hold authority
-- to sign that form for that owner on that day?
--
-- `signature` and `signature_owner` are what the filings say; `signature_verdict` is derived
-- from them and from the authority tables, and is recomputed in the same transaction as any
-- change to either (a signature imported, a grantor's authority recomputed), so a POA imported
-- after the forms it covers changes their verdicts at once.

-- One signature as the filing shows it ("/s/ Terence D. Shields, attorney-in-fact"), the name
-- read from it (NULL when none could be read), and the person it is once known: resolved only
-- when exactly one known person fits, never created from a signature alone.
CREATE TABLE signature (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    -- The form for scope ('4' for a '4/A'), and the document type as filed.
    form TEXT NOT NULL CHECK (form IN ('3', '4', '5', '144')),
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
    signed_as TEXT NOT NULL CHECK (signed_as IN ('attorney-in-fact', 'signatory', 'in-person', 'unknown')),
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

-- The reporting owners a signature signs for (position: the owner's order in the filing), as
-- written, and the person each was matched to: by CIK, by a compatible name, or recorded as new.
-- A name that fits several people is not forced onto one: it stays 'ambiguous', with them listed.
CREATE TABLE signature_owner (
    signature_id INTEGER NOT NULL REFERENCES signature(id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    name_as_written TEXT NOT NULL CHECK (length(name_as_written) > 0),
    cik TEXT CHECK (cik IS NULL OR (length(cik) BETWEEN 1 AND 10 AND cik NOT GLOB '*[^0-9]*')),
    owner_person_id INTEGER REFERENCES person(id),
    matched_by TEXT NOT NULL CHECK (matched_by IN ('cik', 'name', 'new', 'ambiguous')),
    candidates TEXT,
    PRIMARY KEY (signature_id, position),
    CHECK ((owner_person_id IS NULL) = (matched_by = 'ambiguous')),
    CHECK ((candidates IS NOT NULL) = (matched_by = 'ambiguous'))
) STRICT, WITHOUT ROWID;
CREATE INDEX signature_owner_by_person ON signature_owner(owner_person_id);

-- The audit's verdict on one (signature, owner), with its cause, the reason in words (dated, with
-- documents and lines) and, when authorized, the chain of instruments (grant first).
CREATE TABLE signature_verdict (
    signature_id INTEGER NOT NULL,
    owner_position INTEGER NOT NULL,
    verdict TEXT NOT NULL CHECK (verdict IN ('authorized', 'self', 'unauthorized', 'unknown-signer', 'unknown-owner')),
    cause TEXT NOT NULL,
    reason TEXT NOT NULL CHECK (length(reason) > 0),
    via TEXT CHECK (via IS NULL OR (length(via) > 0 AND via NOT GLOB '*[^0-9,]*')),
    PRIMARY KEY (signature_id, owner_position),
    FOREIGN KEY (signature_id, owner_position) REFERENCES signature_owner(signature_id, position) ON DELETE CASCADE,
    CHECK ((verdict = 'authorized') = (via IS NOT NULL)),
    CHECK (CASE verdict
        WHEN 'authorized' THEN cause IN ('grant', 'delegation')
        WHEN 'self' THEN cause = 'self'
        WHEN 'unknown-signer' THEN cause IN ('unreadable', 'not-known', 'ambiguous')
        WHEN 'unknown-owner' THEN cause = 'ambiguous-owner'
        ELSE cause IN (
            'no-poa', 'not-named', 'not-yet-signed', 'superseded', 'revoked', 'obligations-ended', 'expired',
            'attorney-departed', 'ended', 'form-not-in-scope', 'other-issuer', 'delegation-invalid')
        END)
) STRICT, WITHOUT ROWID;
CREATE INDEX signature_verdict_by_verdict ON signature_verdict(verdict, cause);

-- Every (signature, owner) with names, days and the verdict: what `poa audit` and the reports read.
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
