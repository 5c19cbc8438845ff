-- Every signature on a Form 3, 4, 5 or 144 made by someone without authority that day, with why (as poa audit judges it).
-- Columns: issuer, signed_on, form, owner, signer, cause, reason, document, lines. Causes: no-poa, not-named, not-yet-signed, superseded, revoked, obligations-ended, expired, attorney-departed, ended, form-not-in-scope, other-issuer, delegation-invalid.
SELECT
    issuer,
    signed_on,
    form_as_filed AS form,
    owner,
    signer,
    cause,
    reason,
    document,
    CASE WHEN line_start = line_end THEN CAST(line_start AS TEXT) ELSE line_start || '-' || line_end END AS lines
FROM signatures
WHERE verdict = 'unauthorized'
ORDER BY issuer, signed_on, document, owner_position;
