import Foundation
import GRDB
import POACore
import Testing

@testable import POAStore

struct MigrationTests {
    @Test func aFreshDatabaseGetsEveryMigration() throws {
        let scratch = try Scratch()
        let ledger = try Ledger.open(at: scratch.path())
        let states = try ledger.migrationStatus()
        #expect(states.map(\.name) == Migration.all.map(\.name))
        #expect(states.allSatisfy { $0.isApplied })
        #expect(Ledger.check(at: scratch.path()).isEmpty)
    }

    @Test func migrationsAreEmbeddedInOrderWithTheirChecksums() throws {
        #expect(!Migration.all.isEmpty)
        #expect(Migration.all.map(\.name) == Migration.all.map(\.name).sorted())
        let first = try #require(Migration.all.first)
        #expect(first.name == "0000_create_schema_migrations")
        #expect(first.checksum == SHA256.hex(of: first.sql.utf8))
    }

    @Test func migratingAgainIsANoOp() throws {
        let scratch = try Scratch()
        let path = scratch.path()
        let ledger = try Ledger.open(at: path)
        let before = try ledger.migrationStatus()
        #expect(try ledger.migrate() == [])
        try ledger.close()
        let reopened = try Ledger.open(at: path)
        #expect(try reopened.migrationStatus() == before)
    }

    @Test func aDatabaseFromANewerVersionIsRefusedUnchanged() throws {
        let scratch = try Scratch()
        let path = scratch.path()
        try Ledger.open(at: path).close()
        try scratch.tamper(
            path, "INSERT INTO schema_migrations VALUES ('9999_from_the_future', 'abc', '2030-01-01T00:00:00Z')")
        let bytes = scratch.snapshot(path)
        #expect(throws: StoreError.newerDatabase(path: path, unknownMigrations: ["9999_from_the_future"])) {
            try Ledger.open(at: path)
        }
        #expect(throws: StoreError.newerDatabase(path: path, unknownMigrations: ["9999_from_the_future"])) {
            try Ledger.openForReading(at: path)
        }
        #expect(scratch.snapshot(path) == bytes)
    }

    @Test func anEditedMigrationIsRefusedUnchanged() throws {
        let scratch = try Scratch()
        let path = scratch.path()
        try Ledger.open(at: path).close()
        try scratch.tamper(path, "UPDATE schema_migrations SET checksum = 'edited' WHERE name = '0001_create_core'")
        let bytes = scratch.snapshot(path)
        #expect(throws: StoreError.editedMigration(path: path, name: "0001_create_core")) {
            try Ledger.open(at: path)
        }
        #expect(scratch.snapshot(path) == bytes)
        #expect(Ledger.check(at: path).contains { $0.kind == .migration })
    }

    @Test func aFailingMigrationRollsBackWhole() throws {
        let scratch = try Scratch()
        let path = scratch.path()
        let good = Migration(name: "0001_good", sql: "CREATE TABLE kept (id INTEGER PRIMARY KEY);")
        let bad = Migration(
            name: "0002_bad", sql: "CREATE TABLE half_done (id INTEGER PRIMARY KEY); INSERT INTO nowhere VALUES (1);")
        #expect {
            try Ledger.open(at: path, migrations: [good, bad])
        } throws: { error in
            guard case StoreError.migrationFailed(name: "0002_bad", _) = error else { return false }
            return true
        }
        let queue = try DatabaseQueue(path: path)
        let (kept, halfDone, ledgerNames) = try queue.read { db in
            (
                try db.tableExists("kept"), try db.tableExists("half_done"),
                try String.fetchAll(db, sql: "SELECT name FROM schema_migrations")
            )
        }
        #expect(kept)
        #expect(!halfDone)
        #expect(ledgerNames == ["0001_good"])
    }

    @Test func aMigrationThatBreaksAForeignKeyRollsBack() throws {
        let scratch = try Scratch()
        let path = scratch.path()
        let parent = Migration(
            name: "0001_parent",
            sql: "CREATE TABLE parent (id INTEGER PRIMARY KEY); CREATE TABLE child (parent_id INTEGER REFERENCES parent(id));")
        let dangling = Migration(
            name: "0002_dangling",
            sql: "PRAGMA defer_foreign_keys = ON; INSERT INTO child VALUES (42); CREATE TABLE marker (x);")
        #expect(throws: (any Error).self) { try Ledger.open(at: path, migrations: [parent, dangling]) }
        let queue = try DatabaseQueue(path: path)
        let (children, marker) = try queue.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM child"), try db.tableExists("marker"))
        }
        #expect(children == 0)
        #expect(!marker)
    }

    /// Migration 0004 rewrites `x IN ('a', 'b', 'c')` CHECKs as `x = 'a' OR ...`, which SQLite
    /// evaluates without building a temporary table on every insert.
    @Test func noTableCheckBuildsATemporaryTableOnEveryInsert() throws {
        let scratch = try Scratch()
        let ledger = try Ledger.open(at: scratch.path())
        let slow = try ledger.read { db in
            try String.fetchAll(db, sql: "SELECT name || ': ' || sql FROM sqlite_schema WHERE type = 'table'")
                .filter { sql in
                    // A constant list of three or more values after IN.
                    sql.matches(of: /IN \((\s*'[^']*'\s*,){2,}/).count > 0
                }
        }
        #expect(slow == [])
    }

    /// Inserts a grant of 2020-01-02 with the columns every schema has had: a ledger of an older
    /// schema has no column that ``Instrument`` added since.
    static func insertGrant(
        in tx: LedgerTransaction, documentId: Int64, position: Int, grantorId: Int64, lines: ClosedRange<Int> = 1...9
    ) throws {
        try tx.db.execute(
            sql: """
                INSERT INTO instrument (document_id, position, kind, grantor_id, executed_on, line_start, line_end)
                VALUES (?, ?, 'grant', ?, '2020-01-02', ?, ?)
                """,
            arguments: [documentId, position, grantorId, lines.lowerBound, lines.upperBound])
    }

    /// A ledger as a release that knew the migrations up to `last` left it.
    static func ledger(at path: String, migratedThrough last: String) throws -> Ledger {
        let end = try #require(Migration.all.firstIndex { $0.name == last }, "no migration \(last)")
        return try Ledger.open(at: path, migrations: Array(Migration.all[...end]))
    }

    @Test func aLedgerOfTheFirstThreeMigrationsUpgradesKeepingItsRowsAndItsChecks() throws {
        let scratch = try Scratch()
        let path = scratch.path()
        let old = try Self.ledger(at: path, migratedThrough: "0003_create_signature")
        try old.transaction { tx in
            let person = try tx.insert(Person(name: "Ada Lovelace"))
            try Self.insertGrant(
                in: tx, documentId: try tx.insertTestDocument(), position: 0, grantorId: try #require(person.id), lines: 1...1)
        }
        try old.close()

        let upgraded = try Ledger.open(at: path)
        #expect(try upgraded.migrationStatus().allSatisfy(\.isApplied))
        #expect(try upgraded.snapshot { try $0.all(Instrument.self) }.map(\.kind) == [.grant])
        #expect(Ledger.check(at: path).isEmpty)
        // The rewritten CHECKs refuse what the old ones refused, on this connection and a new one.
        for ledger in [upgraded, try Ledger.open(at: path)] {
            #expect(throws: StoreError.self) {
                try ledger.transaction { tx in try tx.db.execute(sql: "UPDATE instrument SET kind = 'gift'") }
            }
            #expect(throws: StoreError.self) {
                try ledger.transaction { tx in try tx.db.execute(sql: "UPDATE document SET status = 'lost'") }
            }
        }
        #expect(try upgraded.snapshot { try $0.all(InstrumentProvenance.self) }.isEmpty)
    }

    /// Migration 0005 stores each instrument's provenance in one row; the `instrument_source`
    /// view lists the lines the old table held, one row per fact.
    @Test func aLedgerOfTheFirstFourMigrationsKeepsItsProvenanceInOneRowPerInstrument() throws {
        let scratch = try Scratch()
        let path = scratch.path()
        let old = try Self.ledger(at: path, migratedThrough: "0004_cheaper_checks")
        try old.transaction { tx in
            let person = try tx.insert(Person(name: "Ada Lovelace"))
            let documentId = try tx.insertTestDocument()
            for position in 0..<2 {
                try Self.insertGrant(in: tx, documentId: documentId, position: position, grantorId: try #require(person.id))
            }
            try tx.db.execute(
                sql: """
                    INSERT INTO instrument_source (instrument_id, fact, line_start, line_end) VALUES
                        (1, 'grantor', 2, 2), (1, 'executed_on', 8, 9), (1, 'attorneys', 3, 5), (2, 'forms', 4, 4)
                    """)
        }
        try old.close()

        let upgraded = try Ledger.open(at: path)
        #expect(try upgraded.migrationStatus().allSatisfy(\.isApplied))
        let stored = try upgraded.read { db in
            try Row.fetchAll(db, sql: "SELECT instrument_id, lines FROM instrument_provenance ORDER BY 1")
                .map { "\($0[0] as Int64) \($0[1] as String)" }
        }
        // Each instrument's facts in the order the old table returned them: by name.
        #expect(stored == [#"1 {"attorneys":[3,5],"executed_on":[8,9],"grantor":[2,2]}"#, #"2 {"forms":[4,4]}"#])
        let (first, second) = try upgraded.snapshot { reader in
            (try reader.sources(ofInstrument: 1), try reader.sources(ofInstrument: 2))
        }
        #expect(
            first == [
                InstrumentSource(instrumentId: 1, fact: .attorneys, lineStart: 3, lineEnd: 5),
                InstrumentSource(instrumentId: 1, fact: .executedOn, lineStart: 8, lineEnd: 9),
                InstrumentSource(instrumentId: 1, fact: .grantor, lineStart: 2, lineEnd: 2),
            ])
        #expect(second.map(\.fact) == [.forms])
        #expect(Ledger.check(at: path).isEmpty)
    }

    /// Migration 0006 drops the index of intervals by grant; the foreign key it served still
    /// holds: an instrument deleted by hand takes its intervals with it.
    @Test func intervalsHaveNoIndexByGrantYetFollowADeletedGrant() throws {
        let scratch = try Scratch()
        let ledger = try Ledger.open(at: scratch.path())
        let indexed = try ledger.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM pragma_index_list('authority_interval') ORDER BY name")
        }
        #expect(indexed.contains("authority_interval_by_attorney"))
        #expect(!indexed.contains("authority_interval_by_grant"))

        try ledger.transaction { tx in
            let grantor = try #require(try tx.insert(Person(name: "Ada Lovelace")).id)
            let attorney = try #require(try tx.insert(Person(name: "Charles Babbage")).id)
            let documentId = try tx.insertTestDocument()
            var grants: [Int64] = []
            for position in 0..<2 {
                let grant = try tx.insert(
                    Instrument(
                        documentId: documentId, position: position, kind: .grant, grantorId: grantor, issuerId: nil,
                        executedOn: try Day(iso: "2020-01-0\(position + 2)"), lineStart: 1, lineEnd: 9))
                grants.append(try #require(grant.id))
                try StoredInterval(
                    grantorId: grantor, validFrom: try Day(iso: "2020-01-0\(position + 2)"), attorneyId: attorney,
                    via: [try #require(grant.id)], validUntil: nil, issuerId: nil, forms: [.four]
                ).insert(tx.db)
            }
            try tx.db.execute(sql: "DELETE FROM instrument WHERE id = ?", arguments: [grants[0]])
        }
        let remaining = try ledger.read { db in try Int64.fetchAll(db, sql: "SELECT grant_id FROM authority_interval") }
        #expect(remaining == [2])
        #expect(Ledger.check(at: scratch.path()).isEmpty)
    }

    /// Migration 0007 moves each instrument's forms from rows of `instrument_form` into
    /// `instrument.forms`, in the usual order; `instrument_form` stays as a view of the column.
    @Test func aLedgerOfTheFirstSixMigrationsKeepsItsFormsInOneColumnPerInstrument() throws {
        let scratch = try Scratch()
        let path = scratch.path()
        let old = try Self.ledger(at: path, migratedThrough: "0006_no_interval_index_by_grant")
        try old.transaction { tx in
            let person = try #require(try tx.insert(Person(name: "Ada Lovelace")).id)
            let documentId = try tx.insertTestDocument()
            for position in 0..<3 {
                try Self.insertGrant(in: tx, documentId: documentId, position: position, grantorId: person)
            }
            // Out of order on purpose; the third instrument names no form.
            try tx.db.execute(
                sql: """
                    INSERT INTO instrument_form (instrument_id, form) VALUES
                        (1, '144'), (1, '4'), (1, 'ID'), (1, '13G'), (1, '3'), (2, '4')
                    """)
        }
        try old.close()

        let upgraded = try Ledger.open(at: path)
        #expect(try upgraded.migrationStatus().allSatisfy(\.isApplied))
        let instruments = try upgraded.snapshot { try $0.all(Instrument.self) }
        #expect(instruments.map(\.forms) == [[.id, .three, .four, .f144, Form(rawValue: "13G")], [.four], []])
        let (view, listed) = try upgraded.read { db in
            (
                try Row.fetchAll(db, sql: "SELECT instrument_id, form FROM instrument_form ORDER BY 1, 2")
                    .map { "\($0[0] as Int64) \($0[1] as String)" },
                try Row.fetchAll(db, sql: "SELECT forms FROM instruments ORDER BY id").map { $0[0] as String? }
            )
        }
        #expect(view == ["1 13G", "1 144", "1 3", "1 4", "1 ID", "2 4"])
        #expect(listed == ["ID,3,4,144,13G", "4", nil])
        #expect(Ledger.check(at: path).isEmpty)
        // A list with an empty name is refused.
        #expect(throws: StoreError.self) {
            try upgraded.transaction { tx in try tx.db.execute(sql: "UPDATE instrument SET forms = '3,,4' WHERE id = 1") }
        }
    }

    @Test func aLedgerOfTheFirstSevenMigrationsFilesHyphenatedNamesWithoutTheirHyphens() throws {
        let scratch = try Scratch()
        let path = scratch.path()
        let old = try Self.ledger(at: path, migratedThrough: "0007_forms_per_instrument")
        try old.transaction { tx in
            let person = try #require(try tx.insert(Person(name: "Joan Lamm-Tennant")).id)
            try tx.db.execute(
                sql: """
                    INSERT INTO person_alias (person_id, alias, key) VALUES
                        (?, 'Joan Lamm-Tennant', 'lamm-tennant|j'), (?, 'Joan Lamm Tennant', 'tennant|j')
                    """, arguments: [person, person])
        }
        try old.close()

        let upgraded = try Ledger.open(at: path)
        let keys = try upgraded.read { db in try String.fetchAll(db, sql: "SELECT key FROM person_alias ORDER BY alias") }
        #expect(keys == ["tennant|j", "lammtennant|j"])
        #expect(keys.last == PersonName("Joan Lamm-Tennant").key)
        #expect(try upgraded.snapshot { try $0.people(lastName: "lamm-tennant") }.count == 1, "found by its last name as written")
        #expect(Ledger.check(at: path).isEmpty)
    }

    /// The log starts with what the ledger knows of its past: each import (the documents stored
    /// in one second) and each recorded fact, with who recorded it, and its undo.
    @Test func aLedgerOfTheFirstEightMigrationsGetsALogOfItsImportsAndFacts() throws {
        let scratch = try Scratch()
        let path = scratch.path()
        let old = try Self.ledger(at: path, migratedThrough: "0008_name_keys_without_hyphens")
        try old.transaction { tx in
            let person = try #require(try tx.insert(Person(name: "Joan Roe")).id)
            let issuer = try #require(try tx.insert(Issuer(name: "Acme Widgets, Inc.")).id)
            try tx.db.execute(
                sql: """
                    INSERT INTO document (path, sha256, size, media_type, text, imported_at, status) VALUES
                        ('a.txt', ?, 1, 'text/plain', 'a', '2024-01-02T10:00:00Z', 'imported'),
                        ('b.txt', ?, 1, 'text/plain', 'b', '2024-01-02T10:00:00Z', 'imported'),
                        ('c.txt', ?, 1, 'text/plain', 'c', '2024-03-04T09:00:00Z', 'imported');
                    INSERT INTO recorded_fact (kind, person_id, issuer_id, on_day, note, recorded_by, recorded_at, undone_at)
                    VALUES ('obligations-end', ?, ?, '2024-02-01', 'left', 'jroe', '2024-02-02T08:00:00Z', '2024-02-03T08:00:00Z');
                    """,
                arguments: [String(repeating: "a", count: 64), String(repeating: "b", count: 64), String(repeating: "c", count: 64), person, issuer])
        }
        try old.close()

        let upgraded = try Ledger.open(at: path)
        let log = try upgraded.read { db in
            try Row.fetchAll(db, sql: "SELECT at, who, action, target, note FROM change_log ORDER BY at, id")
                .map { "\($0["at"] as String) \($0["who"] as String) \($0["action"] as String) \($0["target"] as String? ?? "") \($0["note"] as String? ?? "")" }
        }
        #expect(
            log == [
                "2024-01-02T10:00:00Z unknown import 2 document(s) ",
                "2024-02-02T08:00:00Z jroe fact fact #1: obligations-end on 2024-02-01 left",
                "2024-02-03T08:00:00Z unknown undo fact #1 ",
                "2024-03-04T09:00:00Z unknown import 1 document(s) ",
            ])
        let sources = try upgraded.read { db in try String.fetchAll(db, sql: "SELECT DISTINCT source FROM instrument") }
        #expect(sources.isEmpty || sources == ["read"])
        #expect(Ledger.check(at: path).isEmpty)
    }

    /// Migrations keep the pages a statement changes in a temporary file, not in memory (an
    /// UPDATE of every instrument would hold a copy of the table); the ledger's connection
    /// gets its own setting back.
    @Test func migratingLeavesTheWritersTemporaryStorageInMemory() throws {
        let scratch = try Scratch()
        let path = scratch.path()
        try Self.ledger(at: path, migratedThrough: "0006_no_interval_index_by_grant").close()
        let upgraded = try Ledger.open(at: path)
        let tempStore = try upgraded.transaction { tx in try Int.fetchOne(tx.db, sql: "PRAGMA temp_store") }
        #expect(tempStore == 2)
    }

    /// SwiftPM plans the `EmbedSQL` plugin's inputs when it plans the package, not on every
    /// build: a migration file added since is missing from the binary until the package is
    /// planned again.
    @Test func everyMigrationFileIsEmbedded() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: SchemaFile.migrations.path)
            .filter { $0.wholeMatch(of: /[0-9]{4}_.+\.sql/) != nil }.map { String($0.dropLast(4)) }.sorted()
        #expect(
            Migration.all.map(\.name) == files,
            "a migration file is not embedded: run `touch Package.swift` (or `swift package clean`) and build again")
    }

    /// The plugin embeds `NNNN_*.sql` alone: a file named otherwise would be silently left out,
    /// so the folder holds nothing else but `schema.sql`.
    @Test func theMigrationsFolderHoldsMigrationsAndTheSchemaFileOnly() throws {
        let others = try FileManager.default.contentsOfDirectory(atPath: SchemaFile.migrations.path)
            .filter { $0.wholeMatch(of: /[0-9]{4}_.+\.sql/) == nil && !$0.hasPrefix(".") }
        #expect(others == ["schema.sql"])
    }

    /// What `poa` ran to make its own table before `0000_create_schema_migrations` existed.
    static let ledgerTableMadeInSwift = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            name TEXT PRIMARY KEY,
            checksum TEXT NOT NULL,
            applied_at TEXT NOT NULL)
        """

    /// A ledger made before the table had a migration file has the table, 0001 onwards recorded,
    /// and not 0000: it passes its checks as it is, and migrating records 0000 and changes nothing else.
    @Test func aLedgerWhoseTableWasMadeInSwiftRecordsItsMigrationAndKeepsPassingItsChecks() throws {
        let scratch = try Scratch()
        let path = scratch.path()
        try scratch.tamper(path, "PRAGMA journal_mode = WAL; " + Self.ledgerTableMadeInSwift)
        let later = Migration.all.filter { $0.name != Migration.ledgerTableName }
        let old = try Ledger.open(at: path, migrations: later)
        try old.transaction { tx in _ = try tx.insert(Person(name: "Ada Lovelace")) }
        try old.close()
        let before = try Ledger.migrationStatus(at: path)
        #expect(before.filter { !$0.isApplied }.map(\.name) == [Migration.ledgerTableName])
        #expect(Ledger.check(at: path) == [])
        #expect(throws: StoreError.pendingMigrations(path: path, names: [Migration.ledgerTableName])) {
            try Ledger.openForReading(at: path)
        }

        let upgraded = try Ledger.open(at: path)
        #expect(try upgraded.migrationStatus().allSatisfy(\.isApplied))
        #expect(try upgraded.snapshot { try $0.all(Person.self) }.map(\.name) == ["Ada Lovelace"])
        try upgraded.close()
        #expect(Ledger.check(at: path) == [])
        #expect(try Ledger.migrationStatus(at: path).map(\.appliedAt).filter { $0 == nil }.isEmpty)
    }

    @Test func readingNeverCreatesADatabase() throws {
        let scratch = try Scratch()
        let path = scratch.path("absent.sqlite")
        #expect(throws: StoreError.missingDatabase(path: path)) { try Ledger.openForReading(at: path) }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func readingRefusesPendingMigrations() throws {
        let scratch = try Scratch()
        let path = scratch.path()
        let first = Migration(name: "0001_first", sql: "CREATE TABLE first (x);")
        let second = Migration(name: "0002_second", sql: "CREATE TABLE second (x);")
        try Ledger.open(at: path, migrations: [first]).close()
        let bytes = scratch.snapshot(path)
        #expect(throws: StoreError.pendingMigrations(path: path, names: ["0002_second"])) {
            try Ledger.openForReading(at: path, migrations: [first, second])
        }
        #expect(scratch.snapshot(path) == bytes)
    }

    @Test func aForeignSQLiteFileIsRefused() throws {
        let scratch = try Scratch()
        let path = scratch.path()
        try scratch.tamper(path, "CREATE TABLE someone_elses (x)")
        let bytes = scratch.snapshot(path)
        #expect(throws: StoreError.foreignDatabase(path: path)) { try Ledger.open(at: path) }
        #expect(scratch.snapshot(path) == bytes)
    }
}

struct ReadOnlyLedgerTests {
    @Test func aLedgerOpenedForReadingRefusesWritesAndLeavesTheFileAsItWas() throws {
        let scratch = try Scratch()
        let path = scratch.path()
        try Ledger.open(at: path).close()
        let bytes = scratch.snapshot(path)
        let reader = try Ledger.openForReading(at: path)
        #expect(throws: StoreError.notWritable(path: path, detail: "opened for reading only")) {
            try reader.transaction { tx in try tx.insert(Person(name: "Not Written")) }
        }
        #expect(try reader.snapshot { try $0.all(Person.self) }.isEmpty)
        try reader.close()
        #expect(scratch.snapshot(path) == bytes)
    }
}
