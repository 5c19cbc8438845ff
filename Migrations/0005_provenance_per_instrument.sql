-- Provenance in one row per instrument instead of one row per fact.
--
-- The lines each fact of an instrument was read from were rows of `instrument_source`, seven
-- per instrument on average: a tenth of an import's writing went into them. They are now one
-- JSON object per instrument, `{"grantor":[3,3],"executed_on":[41,41],...}` (the fact, then its
-- first and last line), in `instrument_provenance`. `instrument_source` stays, as a view with
-- the same name and columns, so reports and `poa sql` queries read provenance as before.
--
-- Rows already recorded are carried over unchanged, each instrument's facts in the order the
-- table returned them (by name). The copy streams in the table's key order, without a sort or
-- a temporary copy: a million instruments' provenance is 7 million rows. The migration refuses
-- to finish (and so rolls back) unless the view gives the same count and sums as the table.

CREATE TABLE instrument_provenance (
    instrument_id INTEGER PRIMARY KEY REFERENCES instrument(id) ON DELETE CASCADE,
    lines TEXT NOT NULL CHECK (json_type(lines) = 'object')
) STRICT;

INSERT INTO instrument_provenance (instrument_id, lines)
SELECT instrument_id, json_group_object(fact, json_array(line_start, line_end))
FROM instrument_source
GROUP BY instrument_id;

CREATE TEMP TABLE migration_0005_before AS
SELECT count(*) AS n, total(instrument_id) AS ids, total(line_start * 7 + line_end) AS lines,
    total(unicode(substr(fact, 2)) * length(fact) * line_end) AS facts
FROM instrument_source;

DROP TABLE instrument_source;

CREATE VIEW instrument_source AS
SELECT p.instrument_id, f.key AS fact, f.value ->> 0 AS line_start, f.value ->> 1 AS line_end
FROM instrument_provenance AS p, json_each(p.lines) AS f;

CREATE TEMP TABLE migration_0005_check (same INTEGER NOT NULL CHECK (same = 1));
INSERT INTO migration_0005_check (same)
SELECT (SELECT n FROM temp.migration_0005_before) = count(*)
    AND (SELECT ids FROM temp.migration_0005_before) = total(instrument_id)
    AND (SELECT lines FROM temp.migration_0005_before) = total(line_start * 7 + line_end)
    AND (SELECT facts FROM temp.migration_0005_before) = total(unicode(substr(fact, 2)) * length(fact) * line_end)
FROM main.instrument_source;
DROP TABLE migration_0005_check;
DROP TABLE migration_0005_before;
