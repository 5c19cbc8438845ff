-- Who may sign for every grantor on one day: one row per grantor, attorney and path.
-- :day day  the day asked about
SELECT grantor, attorney, issuer, forms, path, valid_from, valid_until, grant_executed_on, grant_document
FROM authority
WHERE valid_from <= :day AND (valid_until IS NULL OR valid_until > :day)
ORDER BY grantor, attorney, path;
