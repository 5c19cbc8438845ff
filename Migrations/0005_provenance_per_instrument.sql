-- Provenance in one row per instrument instead of one row per fact.
--
-- The lines each fact of an instrument was read from were rows of `instrument_source`, seven
-- per instrument on average: a tenth of an import's writing went into them. They are now one
-- JSON object per instrument, `{"grantor":[3,3],"executed_on":[41,41],...}` (the fact, then its
-- first and last line), in `instrument_provenance`. `instrument_source` stays, as a view with
-- the same name and columns, so reports and `poa sql` queries read provenance as before.
--
-- Rows already recorded are carried over unchanged (facts in the order new rows use); the migration refuses to finish (and so
-- rolls back) unless the view lists exactly the rows the table held.

CREATE TABLE instrument_provenance (
    instrument_id INTEGER PRIMARY KEY REFERENCES instrument(id) ON DELETE CASCADE,
    lines TEXT NOT NULL CHECK (json_type(lines) = 'object')
) STRICT;

INSERT INTO instrument_provenance (instrument_id, lines)
SELECT instrument_id, json_group_object(fact, json_array(line_start, line_end))
FROM (
    SELECT * FROM instrument_source
    ORDER BY instrument_id, CASE fact
        WHEN 'grantor' THEN 0 WHEN 'issuer' THEN 1 WHEN 'executed_on' THEN 2 WHEN 'attorneys' THEN 3
        WHEN 'forms' THEN 4 WHEN 'delegable' THEN 5 WHEN 'supersession' THEN 6 WHEN 'end_condition' THEN 7
        WHEN 'expires_on' THEN 8 WHEN 'parent' THEN 9 WHEN 'revokes' THEN 10 ELSE 11 END)
GROUP BY instrument_id;

CREATE TEMP TABLE migration_0005_rows AS SELECT instrument_id, fact, line_start, line_end FROM instrument_source;

DROP TABLE instrument_source;

CREATE VIEW instrument_source AS
SELECT p.instrument_id, f.key AS fact, f.value ->> 0 AS line_start, f.value ->> 1 AS line_end
FROM instrument_provenance AS p, json_each(p.lines) AS f;

CREATE TEMP TABLE migration_0005_check (missing INTEGER NOT NULL CHECK (missing = 0));
INSERT INTO migration_0005_check (missing) SELECT
    (SELECT count(*) FROM (SELECT * FROM temp.migration_0005_rows EXCEPT SELECT * FROM main.instrument_source))
    + (SELECT count(*) FROM (SELECT * FROM main.instrument_source EXCEPT SELECT * FROM temp.migration_0005_rows));
DROP TABLE migration_0005_check;
DROP TABLE migration_0005_rows;
