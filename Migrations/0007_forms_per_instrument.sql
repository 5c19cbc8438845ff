-- The forms an instrument covers, in one column of the instrument instead of one row per form.
--
-- `instrument_form` held 3.7 rows per instrument: every one a b-tree insert and a foreign key
-- lookup while importing, a sixteenth of an import's writing, and a join that every history
-- read to learn the forms of its grants. They are now `instrument.forms`, written like the
-- forms of an authority interval: canonical names, comma-separated, in the usual order
-- ('ID,3,4,5,144', then other forms by name), '' when the instrument names none.
-- `instrument_form` stays, as a view with the same name and columns, so reports and `poa sql`
-- queries read forms as before.
--
-- The migration refuses to finish (and so rolls back) unless the view gives the same rows as
-- the table.

ALTER TABLE instrument ADD COLUMN forms TEXT NOT NULL DEFAULT ''
    CHECK (forms = '' OR (',' || forms || ',') NOT GLOB '*,,*');

UPDATE instrument SET forms = (
    SELECT group_concat(form, ',') FROM (
        SELECT form FROM instrument_form f WHERE f.instrument_id = instrument.id
        ORDER BY CASE form WHEN 'ID' THEN 0 WHEN '3' THEN 1 WHEN '4' THEN 2 WHEN '5' THEN 3 WHEN '144' THEN 4 ELSE 5 END,
            form))
WHERE id IN (SELECT instrument_id FROM instrument_form);

CREATE TEMP TABLE migration_0007_before AS
SELECT count(*) AS n, total(instrument_id) AS ids, total(length(form) * unicode(form) * instrument_id) AS forms
FROM instrument_form;

DROP TABLE instrument_form;

CREATE VIEW instrument_form AS
SELECT ins.id AS instrument_id, f.value AS form
FROM instrument AS ins, json_each('["' || replace(ins.forms, ',', '","') || '"]') AS f
WHERE ins.forms <> '';

CREATE TEMP TABLE migration_0007_check (same INTEGER NOT NULL CHECK (same = 1));
INSERT INTO migration_0007_check (same)
SELECT (SELECT n FROM temp.migration_0007_before) = count(*)
    AND (SELECT ids FROM temp.migration_0007_before) = total(instrument_id)
    AND (SELECT forms FROM temp.migration_0007_before) = total(length(form) * unicode(form) * instrument_id)
FROM main.instrument_form;
DROP TABLE migration_0007_check;
DROP TABLE migration_0007_before;

-- The `instruments` view reads the column.
DROP VIEW instruments;
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
