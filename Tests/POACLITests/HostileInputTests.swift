import Foundation
import GRDB
import POATestSupport
import Testing

/// Issue 23: folders and file names an attacker (or an accident) can make.
struct HostileInputTests {
    @Test func aFolderWithLinksToItselfIsWalkedOnce() throws {
        let workspace = try Workspace()
        let folder = workspace.path("filings")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            atPath: AuthorityCommandTests.samples.appendingPathComponent("know_all_signing_singly.txt").path,
            toPath: folder + "/poa.txt")
        try FileManager.default.createSymbolicLink(atPath: folder + "/s1", withDestinationPath: ".")
        try FileManager.default.createSymbolicLink(atPath: folder + "/s2", withDestinationPath: ".")
        // Walked from the folder itself: "." and "./s1" are one folder.
        let result = try PoaProcess.run(["import", ".", "--db", workspace.path("poa.sqlite")], in: URL(fileURLWithPath: folder))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("1 document(s): 1 imported, 0 duplicate"), "\(result.stdout)")
        #expect(!result.stdout.contains("s1/"))
    }

    @Test func aFileNameCannotForgeALineOfOutput() throws {
        let workspace = try Workspace()
        let folder = workspace.path("filings")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let forged = "a\nimported      forged.txt: grant by Mallory of 2020-01-01\u{1B}[2J.txt"
        try "nothing here".write(toFile: folder + "/" + forged, atomically: true, encoding: .utf8)
        let result = try workspace.poa("import", "filings")
        let lines = result.stdout.split(separator: "\n")
        #expect(!lines.contains { $0.hasPrefix("imported      forged.txt") }, "\(result.stdout)")
        #expect(result.stdout.contains("a\\nimported      forged.txt"))
        #expect(!result.stdout.contains("\u{1B}"))
    }
}

/// Issue 23, item 8: the small ones of `poa sql`.
struct SQLLimitsTests {
    let workspace: Workspace

    init() throws {
        workspace = try Workspace()
        try #require(try workspace.poa("import", AuthorityCommandTests.samples.path).status == 0)
    }

    @Test func aValueOfAGigabyteIsRefusedNotMade() throws {
        let result = try workspace.poa("sql", "SELECT length(randomblob(1000000000))")
        #expect(result.status == 1)
        #expect(result.stderr.contains("too big"))
        let hex = try workspace.poa("sql", "SELECT length(hex(zeroblob(600000000)))")
        #expect(hex.status == 1)
        #expect(hex.stderr.contains("too big"))
    }

    @Test func theJournalModeCanBeReadButNotSet() throws {
        let read = try workspace.poa("sql", "PRAGMA journal_mode", "--format", "csv")
        #expect(read.status == 0, "\(read.stderr)")
        #expect(read.stdout == "journal_mode\nwal\n")
        let set = try workspace.poa("sql", "PRAGMA journal_mode = delete")
        #expect(set.status == 1)
        #expect(set.stderr.contains("would change a setting"))
    }

    @Test func aQueryHasATimeoutUnlessToldOtherwise() throws {
        let help = try workspace.poa("sql", "--help")
        #expect(help.stdout.contains("default 60; 0"))
        let none = try workspace.poa("sql", "SELECT 1", "--timeout", "0", "--format", "csv")
        #expect(none.status == 0, "\(none.stderr)")
        let negative = try workspace.poa("sql", "SELECT 1", "--timeout", "-1")
        #expect(negative.status == 64)
    }
}

/// Issue 23, item 6: what a killed backup or restore leaves behind.
struct StaleTemporaryTests {
    /// Writes a file named as a backup's temporary copy of `target`, last modified two hours ago.
    static func leftover(beside target: String) throws -> String {
        let url = URL(fileURLWithPath: target)
        let path = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp").path
        try Data(repeating: 0, count: 4096).write(to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-7200)], ofItemAtPath: path)
        return path
    }

    @Test func checkListsThemAndTheNextBackupOrRestoreRemovesThem() throws {
        let workspace = try Workspace()
        try #require(try workspace.poa("import", AuthorityCommandTests.samples.path).status == 0)
        let besideLedger = try Self.leftover(beside: workspace.path("poa.sqlite"))
        let check = try workspace.poa("check", "--format", "json")
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout.contains((besideLedger as NSString).lastPathComponent))
        let text = try workspace.poa("check")
        #expect(text.stderr.contains("left by a killed backup or restore"))

        let besideBackup = try Self.leftover(beside: workspace.path("copy.sqlite"))
        // A fresh one (a backup running now) is never touched.
        let fresh = workspace.path(".copy.sqlite.\(UUID().uuidString).tmp")
        try Data(repeating: 0, count: 16).write(to: URL(fileURLWithPath: fresh))
        try #require(try workspace.poa("backup", "copy.sqlite").status == 0)
        #expect(!FileManager.default.fileExists(atPath: besideBackup))
        #expect(FileManager.default.fileExists(atPath: fresh))

        try #require(try workspace.poa("restore", "copy.sqlite").status == 0)
        #expect(!FileManager.default.fileExists(atPath: besideLedger))
    }
}

/// Issue 23, item 3: a schema other than its migrations make is a damaged ledger.
struct DamagedSchemaTests {
    @Test(arguments: [
        ("CREATE TRIGGER evil AFTER INSERT ON document BEGIN DELETE FROM instrument_attorney; END", "the trigger evil is not made by any migration"),
        ("DROP INDEX person_alias_by_key", "the index person_alias_by_key is missing"),
        ("DROP VIEW instruments", "the view instruments is missing"),
        ("ALTER TABLE person ADD COLUMN nickname TEXT", "the table person differs from the one its migrations make"),
    ])
    func checkAndRestoreRefuseIt(_ damage: String, _ said: String) throws {
        let workspace = try Workspace()
        try #require(try workspace.poa("import", AuthorityCommandTests.samples.path).status == 0)
        try #require(try workspace.poa("check").status == 0)
        let damaged = workspace.path("damaged.sqlite")
        try #require(try workspace.poa("backup", "damaged.sqlite").status == 0)
        let queue = try DatabaseQueue(path: damaged)
        try queue.write { try $0.execute(sql: damage) }
        try queue.close()
        let check = try workspace.poa("check", "--db", damaged)
        #expect(check.status == 2)
        #expect(check.stderr.contains("schema: \(said)"), "\(check.stderr)")
        let before = try Data(contentsOf: URL(fileURLWithPath: workspace.path("poa.sqlite")))
        let restore = try workspace.poa("restore", "damaged.sqlite")
        #expect(restore.status == 3)
        #expect(restore.stderr.contains(said))
        #expect(try Data(contentsOf: URL(fileURLWithPath: workspace.path("poa.sqlite"))) == before)
    }
}
