-- A person's decision about a name written in filings: that it is (`same = 1`, `poa people
-- merge`) or is not (`same = 0`, `poa people split`) a given person. The audit consults it
-- before matching a signer's name by spelling. Never deleted: undoing one sets `undone_at`.
-- Ids are shared with `recorded_fact` and `hand_change`, so `poa undo N` names one thing.
CREATE TABLE name_decision (
    id INTEGER PRIMARY KEY,
    -- The name as written, and its folded form (lowercase letters and digits only) by which
    -- it is looked up.
    spelling TEXT NOT NULL CHECK (length(spelling) > 0),
    folded TEXT NOT NULL CHECK (length(folded) > 0),
    person_id INTEGER NOT NULL REFERENCES person(id),
    same INTEGER NOT NULL CHECK (same = 0 OR same = 1),
    note TEXT NOT NULL CHECK (length(trim(note)) > 0),
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    undone_at TEXT
) STRICT;
CREATE INDEX name_decision_by_folded ON name_decision(folded);
