-- Where a document was fetched from: the filing's address on EDGAR (`poa fetch`), kept beside
-- the document so a memo can cite it. Documents imported from files have no row here.
--
-- A table of its own rather than a column of `document`: most documents have no such address,
-- and `document` stays as every earlier migration left it.
CREATE TABLE document_source (
    document_id INTEGER PRIMARY KEY REFERENCES document(id) ON DELETE CASCADE,
    url TEXT NOT NULL CHECK (url GLOB 'http://*' OR url GLOB 'https://*')
) STRICT;
