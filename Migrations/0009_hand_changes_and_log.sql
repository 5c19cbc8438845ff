-- A person in the loop: instruments entered by hand, corrections of what the reader read, and
-- a log of every change to the ledger, by a person or a command.
--
-- An instrument keeps the values in force (read, or corrected by hand) in its own row, so
-- authority, the audit, the views and the reports all see a correction without knowing of it.
-- What the reader read is kept beside each correction, in `hand_change`, and comes back when
-- the correction is undone.

-- Whether an instrument was read from its document by the reader, or entered by a person.
ALTER TABLE instrument ADD COLUMN source TEXT NOT NULL DEFAULT 'read' CHECK (source = 'read' OR source = 'entered');

-- What a person did to the instruments of a document: entered one by hand (`entry`), or
-- corrected one field of one (`correction`). Never deleted: undoing one sets `undone_at`.
-- Ids are shared with `recorded_fact` (neither table reuses the other's), so `poa undo N`
-- names one fact of either kind.
CREATE TABLE hand_change (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind = 'entry' OR kind = 'correction'),
    document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    -- The instrument entered or corrected; NULL once a re-reading no longer has it (the
    -- change is kept, and listed for review).
    instrument_id INTEGER REFERENCES instrument(id) ON DELETE SET NULL,
    -- The instrument's position in its document: where a re-reading finds it again.
    position INTEGER NOT NULL CHECK (position >= 0),
    -- A correction: the field, the value the reader read ('' when it read none), the value
    -- in force. An entry: `value` holds the fields as entered (JSON).
    field TEXT,
    read_value TEXT,
    value TEXT NOT NULL,
    -- The lines the person says the fact rests on, when given.
    line_start INTEGER CHECK (line_start IS NULL OR line_start >= 1),
    line_end INTEGER,
    note TEXT NOT NULL CHECK (length(trim(note)) > 0),
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    undone_at TEXT,
    -- Set by `poa reread --apply` when a new reading disagrees with this change: what it read.
    conflict TEXT,
    CHECK ((kind = 'correction') = (field IS NOT NULL AND read_value IS NOT NULL)),
    CHECK (line_end IS NULL OR line_end >= line_start)
) STRICT;
CREATE INDEX hand_change_by_instrument ON hand_change(instrument_id);
CREATE INDEX hand_change_by_document ON hand_change(document_id);

-- Every change to the ledger, newest last: imports, hand entries, corrections, undos, facts
-- recorded, rereads applied, restores. `who` is `$POA_USER`, else `$USER`.
CREATE TABLE change_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    who TEXT NOT NULL,
    -- Written as ORs, not IN (...): SQLite evaluates those without a temporary table per insert.
    action TEXT NOT NULL CHECK (action = 'import' OR action = 'record' OR action = 'correct' OR action = 'undo'
        OR action = 'fact' OR action = 'reread' OR action = 'restore' OR action = 'rebuild'),
    target TEXT,
    note TEXT
) STRICT;
CREATE INDEX change_log_by_time ON change_log(at);

-- What happened before the log existed, as far as the ledger knows it: each import (the
-- documents stored in one second, by a person the ledger did not record) and each fact.
INSERT INTO change_log (at, who, action, target, note)
SELECT imported_at, 'unknown', 'import', count(*) || ' document(s)', NULL
FROM document GROUP BY imported_at ORDER BY imported_at;

INSERT INTO change_log (at, who, action, target, note)
SELECT recorded_at, recorded_by, 'fact', 'fact #' || id || ': ' || kind || ' on ' || on_day, note
FROM recorded_fact ORDER BY recorded_at, id;

INSERT INTO change_log (at, who, action, target, note)
SELECT undone_at, 'unknown', 'undo', 'fact #' || id, NULL
FROM recorded_fact WHERE undone_at IS NOT NULL ORDER BY undone_at, id;
