-- Every authority interval in the ledger, with names and dates: the whole record of who could sign for whom.
SELECT grantor, attorney, issuer, forms, path, valid_from, valid_until, grant_executed_on, grant_document
FROM authority
ORDER BY grantor, valid_from, attorney;
