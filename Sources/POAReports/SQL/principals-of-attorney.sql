-- Everyone one attorney may sign for on one day (for example the day they leave), and how.
-- :attorney the attorney's name as the ledger shows it
-- :day the day, YYYY-MM-DD
SELECT a.grantor, a.issuer, a.forms, a.path, a.valid_from, a.valid_until, a.grant_executed_on, a.grant_document
FROM authority a
WHERE a.attorney_id IN (SELECT person_id FROM person_alias WHERE alias = :attorney)
  AND a.valid_from <= :day AND (a.valid_until IS NULL OR a.valid_until > :day)
ORDER BY a.grantor;
