-- How the signatures of each issuer's Form 3, 4, 5 and 144 filings fare, year by year: counts by verdict.
-- Columns: issuer, year, signatures, authorized, self, unauthorized, unknown_signer, unknown_owner (one count per signature and owner).
SELECT
    COALESCE(issuer, '(unknown issuer)') AS issuer,
    substr(signed_on, 1, 4) AS year,
    count(*) AS signatures,
    sum(verdict = 'authorized') AS authorized,
    sum(verdict = 'self') AS self,
    sum(verdict = 'unauthorized') AS unauthorized,
    sum(verdict = 'unknown-signer') AS unknown_signer,
    sum(verdict = 'unknown-owner') AS unknown_owner
FROM signatures
GROUP BY 1, 2
ORDER BY 1, 2;
