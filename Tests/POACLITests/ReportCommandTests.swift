import Foundation
import GRDB
import POATestSupport
import Testing

/// `poa sql` and `poa report`, run as a user would.
struct ReportCommandTests {
    /// A migrated ledger `poa.sqlite` in `workspace`, with two documents, closed.
    static func ledgerWithDocuments(in workspace: Workspace) throws -> String {
        #expect(try workspace.poa("migrate").status == 0)
        let path = workspace.path("poa.sqlite")
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            for (index, (name, status, reason)) in [("a.txt", "imported", nil), ("b.txt", "needs-review", "no date")]
                .enumerated()
            {
                try db.execute(
                    sql: """
                        INSERT INTO document (path, sha256, size, media_type, text, imported_at, status, reason)
                        VALUES (?, ?, 1, 'text/plain', 'x', '2026-01-01T00:00:00Z', ?, ?)
                        """,
                    arguments: [name, String(repeating: String(index), count: 64), status, reason])
            }
        }
        try queue.close()
        return path
    }

    static func bytes(_ path: String) -> [Data?] {
        [path, path + "-wal"].map { FileManager.default.contents(atPath: $0) }
    }

    @Test(arguments: [
        "INSERT INTO person (name) VALUES ('x')", "UPDATE document SET status = 'error'", "DELETE FROM document",
        "CREATE TABLE t (x)", "CREATE TEMP TABLE t (x)", "DROP TABLE document", "ATTACH 'x.sqlite' AS x",
        "PRAGMA user_version = 5", "PRAGMA journal_mode = DELETE", "SELECT load_extension('x')", "VACUUM",
        "SELECT 1; SELECT 2",
    ])
    func refusedSQLExitsWith1AndLeavesTheFileAlone(sql: String) throws {
        let workspace = try Workspace()
        let path = try Self.ledgerWithDocuments(in: workspace)
        let before = Self.bytes(path)
        let result = try workspace.poa("sql", sql)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("Error: "))
        #expect(result.stdout.isEmpty)
        #expect(Self.bytes(path) == before)
    }

    @Test func sqlBindsParametersAndPrintsJSON() throws {
        let workspace = try Workspace()
        _ = try Self.ledgerWithDocuments(in: workspace)
        let result = try workspace.poa(
            "sql", "SELECT path, reason, :n AS n FROM document WHERE status = :status", "--param", "status=needs-review",
            "--param", "n=7", "--format", "json")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "[\n{\"path\":\"b.txt\",\"reason\":\"no date\",\"n\":7}\n]\n")
    }

    @Test func sqlReadsAFileAndDefaultsToCSVWhenPiped() throws {
        let workspace = try Workspace()
        _ = try Self.ledgerWithDocuments(in: workspace)
        try "-- all paths\nSELECT path FROM document ORDER BY path;\n".write(
            toFile: workspace.path("q.sql"), atomically: true, encoding: .utf8)
        let result = try workspace.poa("sql", "--file", "q.sql")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "path\na.txt\nb.txt\n")
    }

    @Test func aMissingParameterIsNamed() throws {
        let workspace = try Workspace()
        _ = try Self.ledgerWithDocuments(in: workspace)
        let result = try workspace.poa("sql", "SELECT :day")
        #expect(result.status == 1)
        #expect(result.stderr.contains("--param day=VALUE"))
    }

    @Test func aRunawayQueryStopsAtTheTimeout() throws {
        let workspace = try Workspace()
        _ = try Self.ledgerWithDocuments(in: workspace)
        let result = try workspace.poa(
            "sql", "--timeout", "0.3",
            "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT max(n) FROM r")
        #expect(result.status == 1)
        #expect(result.stderr.contains("timeout"))
    }

    @Test func reportListNamesEachReportWithItsSummary() throws {
        let workspace = try Workspace()
        let result = try workspace.poa("report", "list")
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("documents-needing-review ") && $0.contains("Documents the importer could not read") })
        for name in [
            "authority-on", "principals-of-attorney", "grants-without-active-attorney", "invalid-delegations",
            "grantor-history",
        ] {
            #expect(lines.contains { $0.hasPrefix(name + " ") }, "report \(name) is listed")
        }
    }

    @Test func aReportRunsInTheChosenFormatWithoutChangingAByte() throws {
        let workspace = try Workspace()
        let path = try Self.ledgerWithDocuments(in: workspace)
        let before = Self.bytes(path)
        let result = try workspace.poa("report", "documents-needing-review", "--format", "markdown")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("| id | path | reason | form_type | filed_on | imported_at |\n| --- |"))
        #expect(result.stdout.contains("| 2 | b.txt | no date |"))
        #expect(Self.bytes(path) == before)
        #expect(!FileManager.default.fileExists(atPath: path + "-shm"))
    }

    @Test func anUnknownReportFailsListingTheKnownOnes() throws {
        let workspace = try Workspace()
        _ = try Self.ledgerWithDocuments(in: workspace)
        let result = try workspace.poa("report", "nope")
        #expect(result.status == 1)
        #expect(result.stderr.contains("documents-needing-review"))
    }

    @Test func sqlOnANewerDatabaseIsRefusedWithExitCode3() throws {
        let workspace = try Workspace()
        let path = try Self.ledgerWithDocuments(in: workspace)
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "INSERT INTO schema_migrations VALUES ('9999_future', 'x', '2030-01-01')")
        }
        try queue.close()
        #expect(try workspace.poa("sql", "SELECT 1").status == 3)
    }
}
