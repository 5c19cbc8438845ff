-- Everyone one attorney may sign for on one day (for example the day they leave), and how.
-- :attorney person  the attorney, named as for poa authority --attorney
-- :day day  the day asked about
SELECT a.grantor, a.issuer, a.forms, a.path, a.valid_from, a.valid_until, a.grant_executed_on, a.grant_document
FROM authority a
WHERE a.attorney_id = :attorney
  AND a.valid_from <= :day AND (a.valid_until IS NULL OR a.valid_until > :day)
ORDER BY a.grantor;
