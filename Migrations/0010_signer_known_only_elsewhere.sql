-- A signature's signer whose name fits only a person known from other issuers' filings is not
-- identified: its verdict is `unknown-signer` with the cause `name-other-issuer`.
--
-- The verdicts' CHECK gains that cause. Only the text of the CHECK changes, widening what it
-- accepts, so every stored row still passes; as in 0004, the CREATE TABLE text is edited in
-- sqlite_schema (https://sqlite.org/lang_altertable.html, "making other kinds of table schema
-- changes") and the migrator increments the schema version. The last statement refuses to
-- finish (and so rolls this migration back) unless the edit took place.

PRAGMA writable_schema = ON;

UPDATE sqlite_schema SET sql = replace(sql,
    '(cause = ''unreadable'' OR cause = ''not-known'' OR cause = ''ambiguous'')',
    '(cause = ''unreadable'' OR cause = ''not-known'' OR cause = ''ambiguous'' OR cause = ''name-other-issuer'')')
    WHERE type = 'table' AND name = 'signature_verdict';

PRAGMA writable_schema = OFF;

CREATE TEMP TABLE migration_0010_check (edits INTEGER NOT NULL CHECK (edits = 1));
INSERT INTO migration_0010_check (edits) SELECT
    (SELECT instr(sql, 'OR cause = ''name-other-issuer'')') > 0 FROM sqlite_schema WHERE type = 'table' AND name = 'signature_verdict');
DROP TABLE migration_0010_check;
