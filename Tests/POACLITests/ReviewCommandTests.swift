import Foundation
import GRDB
import POATestSupport
import Testing

/// `poa review`, end to end through the CLI.
struct ReviewCommandTests {
    let workspace: Workspace

    init() throws {
        workspace = try Workspace()
    }

    /// The items of `poa review --format json`, after checking the command succeeded.
    func items() throws -> [[String: Any]] {
        let result = try workspace.poa("review", "--format", "json")
        try #require(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["items"])
        return try #require(object["items"] as? [[String: Any]])
    }

    /// The `imported_at` day of the document at `path`, as the ledger stored it.
    func importedDay(_ path: String) throws -> String {
        let queue = try DatabaseQueue(path: workspace.path("poa.sqlite"))
        defer { try? queue.close() }
        let stamp = try queue.read { db in try String.fetchOne(db, sql: "SELECT imported_at FROM document WHERE path = ?", arguments: [path]) }
        return String(try #require(stamp).prefix(10))
    }

    @Test func anEmptyLedgerHasNothingToReview() throws {
        #expect(try workspace.poa("migrate").status == 0)
        #expect(try items().isEmpty)
        let table = try workspace.poa("review", "--format", "table")
        #expect(table.status == 0)
        #expect(table.stdout.contains("nothing needs review"))
        let csv = try workspace.poa("review", "--format", "csv")
        #expect(csv.status == 0)
        #expect(csv.stdout == "kind,document,path,reason,since\n")
    }

    @Test func aPOAWithoutADateIsListedWithItsReason() throws {
        let text = """
            POWER OF ATTORNEY

            Know all by these presents, that the undersigned hereby constitutes and appoints each of Jane A. Smith \
            and Robert B. Jones, signing singly, the undersigned's true and lawful attorney-in-fact to execute for \
            and on behalf of the undersigned, in the undersigned's capacity as an officer of Acme Widgets, Inc. \
            (the "Company"), Forms 3, 4 and 5 in accordance with Section 16(a) of the Securities Exchange Act of \
            1934 and the rules thereunder.

            /s/ John Q. Public
            John Q. Public

            """
        try text.write(toFile: workspace.path("undated.txt"), atomically: true, encoding: .utf8)
        let imported = try workspace.poa("import", "undated.txt")
        try #require(imported.status == 0, "\(imported.stderr)")
        try #require(imported.stdout.contains("needs-review"), "\(imported.stdout)")

        let listed = try items()
        #expect(listed.count == 1)
        let item = try #require(listed.first)
        #expect(Set(item.keys) == ["kind", "document", "path", "reason", "since"])
        #expect(item["kind"] as? String == "needs-review")
        #expect(item["path"] as? String == "undated.txt")
        #expect(item["document"] as? Int == 1)
        #expect((item["reason"] as? String)?.contains("no execution date") == true, "\(item)")
        #expect(item["since"] as? String == (try importedDay("undated.txt")))

        let markdown = try workspace.poa("review", "--format", "markdown")
        #expect(markdown.status == 0)
        #expect(markdown.stdout.hasPrefix("| kind | document | path | reason | since |"))
        #expect(markdown.stdout.contains("| needs-review | 1 | undated.txt |"))
    }

    @Test func handChangesARereadingDisagreedWithOrOrphanedAreListed() throws {
        let imported = try workspace.poa("import", AuthorityCommandTests.samples.appendingPathComponent("edgar_form4_with_ex24.txt").path)
        try #require(imported.status == 0, "\(imported.stderr)")
        let before = try items()
        #expect(!before.contains { ($0["kind"] as? String)?.contains("reread") == true })

        let queue = try DatabaseQueue(path: workspace.path("poa.sqlite"))
        let documentId = try queue.write { db -> Int64 in
            let instrument = try #require(try Row.fetchOne(db, sql: "SELECT id, document_id FROM instrument WHERE kind = 'grant'"))
            let documentId: Int64 = instrument["document_id"]
            let insert = """
                INSERT INTO hand_change (id, kind, document_id, instrument_id, position, field, read_value, value, note,
                                         recorded_by, recorded_at, undone_at, conflict)
                VALUES (?, 'correction', ?, ?, 0, ?, '2016-02-19', ?, 'checked the paper copy', 'ana', ?, ?, ?)
                """
            try db.execute(sql: insert, arguments: [
                101, documentId, instrument["id"], "executed_on", "2016-02-18", "2024-03-05T12:00:00Z", nil,
                "the re-reading read 2016-02-17"])
            try db.execute(sql: insert, arguments: [
                102, documentId, nil, "expires_on", "2019-12-31", "2024-04-06T09:30:00Z", nil, nil])
            // Undone: waits for nobody.
            try db.execute(sql: insert, arguments: [
                103, documentId, nil, "forms", "3,4", "2024-05-07T09:30:00Z", "2024-05-08T10:00:00Z", "read 3,4,5"])
            return documentId
        }
        try queue.close()

        let listed = try items()
        let conflicts = listed.filter { $0["kind"] as? String == "reread-conflict" }
        #expect(conflicts.count == 1)
        let conflict = try #require(conflicts.first)
        #expect(conflict["document"] as? Int == Int(documentId))
        #expect((conflict["path"] as? String)?.hasSuffix("edgar_form4_with_ex24.txt") == true)
        #expect(conflict["since"] as? String == "2024-03-05")
        let reason = try #require(conflict["reason"] as? String)
        #expect(reason.contains("executed_on") && reason.contains("the re-reading read 2016-02-17"), "\(reason)")

        let orphans = listed.filter { $0["kind"] as? String == "orphaned-change" }
        #expect(orphans.count == 1)
        #expect(orphans.first?["since"] as? String == "2024-04-06")
        #expect((orphans.first?["reason"] as? String)?.contains("expires_on") == true)
        #expect(!listed.contains { ($0["reason"] as? String)?.contains("#103") == true })
        // Oldest first: the hand changes of 2024 come before the documents imported today.
        #expect(listed.prefix(2).map { $0["kind"] as? String } == ["reread-conflict", "orphaned-change"])
    }

    @Test func aGrantWhoseAttorneysAllLeftIsListedUntilADepartureIsUndone() throws {
        let imported = try workspace.poa("import", AuthorityCommandTests.samples.appendingPathComponent("edgar_form4_with_ex24.txt").path)
        try #require(imported.status == 0, "\(imported.stderr)")
        func departed() throws -> [[String: Any]] { try items().filter { $0["kind"] as? String == "departed-attorneys" } }
        #expect(try workspace.poa("departed", "--person", "Priya Natarajan", "--issuer", "Verdant Logistics Corp", "--on", "2019-01-01").status == 0)
        #expect(try departed().isEmpty, "one attorney is still there")
        let second = try workspace.poa("departed", "--person", "Marcus J. Feld", "--issuer", "Verdant Logistics Corp", "--on", "2020-03-01")
        #expect(second.status == 0, "\(second.stderr)")
        let listed = try departed()
        #expect(listed.count == 1)
        let reason = try #require(listed.first?["reason"] as? String)
        #expect(reason.contains("Grant E. Holloway") && reason.contains("Marcus J. Feld on 2020-03-01"), "\(reason)")

        let factId = try #require(second.stdout.split(separator: "#").dropFirst().first?.prefix { $0.isNumber })
        #expect(try workspace.poa("undo", String(factId)).status == 0)
        #expect(try departed().isEmpty)
    }

    @Test func aMissingLedgerIsAFailureAndABadFormatAUsageError() throws {
        let missing = try workspace.poa("review", "--db", "absent.sqlite")
        #expect(missing.status == 1)
        #expect(!FileManager.default.fileExists(atPath: workspace.path("absent.sqlite")))
        let wrong = try workspace.poa("review", "--format", "yaml")
        #expect(wrong.status == 64)
        #expect(wrong.stderr.contains("yaml"))
    }
}
