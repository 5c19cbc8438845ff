-- Grants still in force (as of a day) none of whose attorneys is still at the issuer: every person named has a recorded departure.
-- :day day  the day: grants in force then, departures recorded by then
SELECT g.id AS grant_id, p.name AS grantor, i.name AS issuer, g.executed_on, d.path AS document,
       (SELECT group_concat(ia.name_as_written, '; ') FROM instrument_attorney ia WHERE ia.instrument_id = g.id) AS attorneys
FROM instrument g
JOIN person p ON p.id = g.grantor_id
LEFT JOIN issuer i ON i.id = g.issuer_id
JOIN document d ON d.id = g.document_id
WHERE g.kind = 'grant'
  AND g.executed_on <= :day
  AND NOT EXISTS (
      SELECT 1 FROM supersession s
      WHERE s.ended_id = g.id AND s.attorney_id IS NULL AND s.ended_on <= :day)
  AND EXISTS (SELECT 1 FROM instrument_attorney ia WHERE ia.instrument_id = g.id AND ia.person_id IS NOT NULL)
  AND NOT EXISTS (
      SELECT 1 FROM instrument_attorney ia
      WHERE ia.instrument_id = g.id AND ia.person_id IS NOT NULL
        AND NOT EXISTS (
            SELECT 1 FROM recorded_fact f
            WHERE f.kind = 'departure' AND f.undone_at IS NULL AND f.person_id = ia.person_id
              AND f.issuer_id IS g.issuer_id AND f.on_day <= :day))
ORDER BY issuer, grantor, g.executed_on;
