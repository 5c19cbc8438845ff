import Foundation
import GRDB
import POATestSupport
import Testing

/// `poa log`, and the entries that import, facts, undo, rebuild and restore leave in it.
struct LogCommandTests {
    let workspace: Workspace
    let user = ["POA_USER": "ana.reviewer"]

    init() throws {
        workspace = try Workspace()
    }

    /// The entries of `poa log --format json` (with `arguments` added), after checking it succeeded.
    func entries(_ arguments: String...) throws -> [[String: Any]] {
        let result = try PoaProcess.run(["log", "--format", "json"] + arguments, in: workspace.folder)
        try #require(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["entries"])
        return try #require(object["entries"] as? [[String: Any]])
    }

    func importSample() throws {
        let sample = AuthorityCommandTests.samples.appendingPathComponent("edgar_form4_with_ex24.txt").path
        let imported = try workspace.poa("import", sample, environment: user)
        try #require(imported.status == 0, "\(imported.stderr)")
    }

    @Test func importFactAndUndoAreLoggedNewestFirstWithWho() throws {
        try importSample()
        let fact = try workspace.poa(
            "obligations-end", "--grantor", "Grant E. Holloway", "--issuer", "Verdant Logistics Corp", "--on", "2021-06-30",
            environment: user)
        try #require(fact.status == 0, "\(fact.stderr)")
        let factId = try #require(fact.stdout.split(separator: "#").dropFirst().first?.prefix { $0.isNumber })
        #expect(try workspace.poa("undo", String(factId), environment: user).status == 0)

        let log = try entries()
        #expect(log.map { $0["action"] as? String } == ["undo", "fact", "import"])
        #expect(log.allSatisfy { $0["who"] as? String == "ana.reviewer" }, "\(log)")
        #expect(log.map { $0["id"] as? Int } == [3, 2, 1])
        for entry in log {
            #expect(Set(entry.keys) == ["id", "at", "who", "action", "target", "note"])
        }
        #expect(log[2]["target"] as? String == "1 document(s): 1 imported")
        #expect(log[2]["note"] is NSNull)
        #expect((log[1]["target"] as? String)?.contains("obligations-end on 2021-06-30") == true)
        #expect((log[0]["target"] as? String)?.contains("fact #\(factId)") == true)

        let csv = try workspace.poa("log", "--format", "csv")
        #expect(csv.stdout.hasPrefix("id,at,who,action,target,note\n3,"))
    }

    @Test func dryRunsAndRunsThatStoreNothingAreNotLogged() throws {
        try importSample()
        let sample = AuthorityCommandTests.samples.appendingPathComponent("edgar_form4_with_ex24.txt").path
        #expect(try workspace.poa("import", sample, environment: user).status == 0)  // a duplicate
        #expect(try workspace.poa("import", "--dry-run", AuthorityCommandTests.samples.path, environment: user).status == 0)
        #expect(try entries().map { $0["action"] as? String } == ["import"])
    }

    @Test func sinceKeepsTheEntriesOfThatDayAndLater() throws {
        try importSample()
        let queue = try DatabaseQueue(path: workspace.path("poa.sqlite"))
        try queue.write { db in
            try db.execute(
                sql: "INSERT INTO change_log (at, who, action, target) VALUES ('2001-05-06T10:00:00Z', 'old', 'import', 'x')")
        }
        try queue.close()
        #expect(try entries().map { $0["who"] as? String } == ["ana.reviewer", "old"])
        #expect(try entries("--since", "2001-05-06").count == 2)
        #expect(try entries("--since", "2001-05-07").map { $0["who"] as? String } == ["ana.reviewer"])
        #expect(try entries("--since", "2999-01-01").isEmpty)
        let table = try workspace.poa("log", "--since", "2999-01-01", "--format", "table")
        #expect(table.status == 0)
        #expect(table.stdout.contains("no change to the ledger since 2999-01-01"))
    }

    @Test(arguments: ["2024-13-01", "yesterday", "2024-02-30"])
    func aBadSinceIsAUsageErrorNamingIt(value: String) throws {
        #expect(try workspace.poa("migrate").status == 0)
        let result = try workspace.poa("log", "--since", value)
        #expect(result.status == 64)
        #expect(result.stderr.contains(value), "\(result.stderr)")
    }

    @Test func rebuildAndRestoreAreLogged() throws {
        try importSample()
        #expect(try workspace.poa("backup", "saved.sqlite").status == 0)
        let rebuilt = try workspace.poa("rebuild", environment: user)
        try #require(rebuilt.status == 0, "\(rebuilt.stderr)")
        #expect(try entries().first?["action"] as? String == "rebuild")
        let restored = try workspace.poa("restore", "saved.sqlite", environment: user)
        try #require(restored.status == 0, "\(restored.stderr)")
        // The restored ledger is the backup's, which knew only the import, plus the restore itself.
        let log = try entries()
        #expect(log.map { $0["action"] as? String } == ["restore", "import"])
        #expect((log.first?["target"] as? String)?.hasSuffix("/saved.sqlite") == true)
        #expect(log.first?["who"] as? String == "ana.reviewer")
    }
}
