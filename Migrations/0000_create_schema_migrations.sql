-- The migrator's own table: one row per migration applied, with the SHA-256 of its text, so
-- that every command can refuse a ledger that a newer `poa` wrote or whose migrations were edited.
--
-- The migrator runs this file first, in every migration's transaction (hence IF NOT EXISTS),
-- before it can record anything, and then records it like any other migration. Ledgers made
-- before this file existed already have the table, made by the same statement in Swift, with
-- 0001 onwards recorded: for them this file changes nothing but its own row. The statement is
-- laid out exactly as that Swift text was, so `poa check` finds old and new tables alike.
CREATE TABLE IF NOT EXISTS schema_migrations (
    name TEXT PRIMARY KEY,
    checksum TEXT NOT NULL,
    applied_at TEXT NOT NULL);
