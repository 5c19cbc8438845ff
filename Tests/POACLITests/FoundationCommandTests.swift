import Foundation
import GRDB
import POATestSupport
import Testing

struct FoundationCommandTests {
    @Test func versionAndHelpAnswer() throws {
        let workspace = try Workspace()
        let version = try workspace.poa("--version")
        #expect(version.status == 0)
        #expect(version.stdout.split(separator: ".").count == 3)
        let help = try workspace.poa("--help")
        #expect(help.status == 0)
        #expect(help.stdout.contains("migrate"))
        #expect(help.stdout.contains("check"))
    }

    /// Outcomes are printed on a thread of their own: still one line per document, in the order
    /// the documents were read, batch after batch, and the summary last; and one JSON object.
    @Test func importPrintsEveryDocumentInOrderThenTheSummary() throws {
        let workspace = try Workspace()
        let samples = AuthorityCommandTests.samples.path
        let text = try workspace.poa("import", "--batch-size", "3", samples)
        #expect(text.status == 0)
        let lines = text.stdout.split(separator: "\n").map(String.init)
        let paths = lines.dropLast().map { line in
            String(line.dropFirst(14).prefix { $0 != ":" })
        }
        #expect(paths.count == 22)
        #expect(paths == paths.sorted())
        #expect(paths.allSatisfy { $0.hasPrefix(samples) })
        #expect(lines.last?.hasPrefix("22 document(s): 21 imported, 0 duplicate, 1 not-poa") == true)

        let json = try workspace.poa("import", "--batch-size", "3", "--format", "json", "--db", "other.sqlite", samples)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let documents = try #require(object?["documents"] as? [[String: Any]])
        #expect(documents.compactMap { $0["path"] as? String } == paths)
        #expect((object?["summary"] as? [String: Int])?["imported"] == 21)
    }

    @Test func theDefaultDatabaseIsPoaSqliteInTheCurrentFolder() throws {
        let workspace = try Workspace()
        let result = try workspace.poa("migrate")
        #expect(result.status == 0)
        #expect(FileManager.default.fileExists(atPath: workspace.path("poa.sqlite")))
    }

    @Test func poaDbNamesTheDefaultAndDbOverridesIt() throws {
        let workspace = try Workspace()
        #expect(try workspace.poa("migrate", environment: ["POA_DB": "from-env.sqlite"]).status == 0)
        #expect(FileManager.default.fileExists(atPath: workspace.path("from-env.sqlite")))
        #expect(
            try workspace.poa("migrate", "--db", "explicit.sqlite", environment: ["POA_DB": "from-env.sqlite"]).status
                == 0)
        #expect(FileManager.default.fileExists(atPath: workspace.path("explicit.sqlite")))
        #expect(!FileManager.default.fileExists(atPath: workspace.path("poa.sqlite")))
    }

    @Test func migrateStatusListsPendingThenApplied() throws {
        let workspace = try Workspace()
        let before = try workspace.poa("migrate", "--status", "--db", "x.sqlite")
        #expect(before.status == 0)
        #expect(before.stdout.contains("0001_create_core  pending"))
        #expect(!FileManager.default.fileExists(atPath: workspace.path("x.sqlite")))
        #expect(try workspace.poa("migrate", "--db", "x.sqlite").status == 0)
        let after = try workspace.poa("migrate", "--status", "--db", "x.sqlite")
        #expect(after.stdout.contains("0001_create_core  applied 20"))
    }

    @Test func checkPassesOnAHealthyLedgerAndFailsOnGarbage() throws {
        let workspace = try Workspace()
        #expect(try workspace.poa("migrate", "--db", "ok.sqlite").status == 0)
        let healthy = try workspace.poa("check", "--db", "ok.sqlite")
        #expect(healthy.status == 0)
        #expect(healthy.stdout.contains("ok"))
        try Data(repeating: 0x5A, count: 10_000).write(to: URL(fileURLWithPath: workspace.path("bad.sqlite")))
        let broken = try workspace.poa("check", "--db", "bad.sqlite")
        #expect(broken.status == 2)
        #expect(broken.stderr.contains("problem: unreadable"))
    }

    @Test func checkOnAMissingFileSaysSoAndCreatesNothing() throws {
        let workspace = try Workspace()
        let result = try workspace.poa("check", "--db", "none.sqlite")
        #expect(result.status == 2)
        #expect(result.stderr.contains("no database at none.sqlite"))
        #expect(!FileManager.default.fileExists(atPath: workspace.path("none.sqlite")))
    }

    @Test func aNewerDatabaseIsRefusedWithExitCode3() throws {
        let workspace = try Workspace()
        #expect(try workspace.poa("migrate", "--db", "new.sqlite").status == 0)
        let queue = try DatabaseQueue(path: workspace.path("new.sqlite"))
        try queue.write { db in
            try db.execute(sql: "INSERT INTO schema_migrations VALUES ('9999_future', 'x', '2030-01-01')")
        }
        try queue.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: workspace.path("new.sqlite")))
        let result = try workspace.poa("migrate", "--db", "new.sqlite")
        #expect(result.status == 3)
        #expect(result.stderr.hasPrefix("Error: "))
        #expect(result.stderr.contains("newer version of poa"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: workspace.path("new.sqlite"))) == before)
    }

    @Test func aWrongOptionIsAUsageError() throws {
        let workspace = try Workspace()
        #expect(try workspace.poa("migrate", "--no-such-flag").status == 64)
    }
}
