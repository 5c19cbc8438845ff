-- The index of authority intervals by grant is dropped.
--
-- Nothing reads intervals by their grant: the queries read them by grantor (the primary key) or
-- by attorney (`authority_interval_by_attorney`), and the views join a grant from its interval,
-- not the other way. SQLite would use the index only to find the intervals of an instrument
-- being deleted or renumbered (the ON DELETE CASCADE of `grant_id`), and the ledger never deletes
-- or renumbers an instrument: documents are only ever added. The foreign key stays, checked by
-- `poa check` and still enforced: an instrument deleted by hand (in the `sqlite3` shell) takes
-- its intervals with it, found by reading the table instead of the index.
--
-- What the index cost: 77 MB at 1,000,000 instruments (each entry repeats the interval's primary
-- key), 1.4 s of a full rebuild's 17 (one more sort of every interval), and a third b-tree to
-- update for every interval an import writes.

DROP INDEX authority_interval_by_grant;
