-- Every imported document, with its status and, when it was not imported cleanly, the reason.
-- Columns: id, path, status, reason, media_type, size, form_type, filed_on, imported_at.
SELECT
    id,
    path,
    status,
    reason,
    media_type,
    size,
    form_type,
    filed_on,
    imported_at
FROM document
ORDER BY id;
