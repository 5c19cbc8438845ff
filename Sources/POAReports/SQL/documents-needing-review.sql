-- Documents the importer could not read with confidence (status needs-review), with the reason.
-- Columns: id, path, reason, form_type, filed_on, imported_at. Review each, then re-import it.
SELECT
    id,
    path,
    reason,
    form_type,
    filed_on,
    imported_at
FROM document
WHERE status = 'needs-review'
ORDER BY imported_at, id;
