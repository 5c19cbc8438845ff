-- Every signature on one issuer's filings of one form type (4, or its amendments 4/A...), with its verdict and why.
-- :issuer issuer  the issuer, by name or CIK, as for poa authority --issuer
-- :form filing  the form type as filed: 3, 4, 5, 144, or an amendment such as 4/A
SELECT
    signed_on,
    form_as_filed AS form,
    owner,
    signer,
    verdict,
    cause,
    reason,
    document,
    CASE WHEN line_start = line_end THEN CAST(line_start AS TEXT) ELSE line_start || '-' || line_end END AS lines
FROM signatures
WHERE issuer_id = :issuer AND form_as_filed = :form
ORDER BY signed_on, document, owner_position;
