import Foundation
import GRDB
import POATestSupport
import Testing

/// `poa reread`, end to end. An older reader's readings are made by changing the ledger behind
/// the reader's back: the reread must find exactly those, list them without writing, write the
/// reader's reading with `--apply`, and never overwrite what a person entered or corrected.
struct RereadCommandTests {
    let workspace: Workspace

    init() throws {
        workspace = try Workspace()
        let imported = try workspace.poa("import", AuthorityCommandTests.samples.path)
        try #require(imported.status == 0, "\(imported.stderr)")
    }

    func poa(_ arguments: String...) throws -> PoaProcess.Result {
        try PoaProcess.run(arguments, in: workspace.folder, environment: ["POA_USER": "jroe"])
    }

    func json(_ arguments: String...) throws -> [String: Any] {
        let result = try PoaProcess.run(arguments, in: workspace.folder, environment: ["POA_USER": "jroe"])
        try #require(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "\(result.stdout)")
    }

    func tamper(_ sql: String) throws {
        let queue = try DatabaseQueue(path: workspace.path("poa.sqlite"))
        try queue.write { try $0.execute(sql: sql) }
    }

    func value(_ sql: String) throws -> String? {
        let queue = try DatabaseQueue(path: workspace.path("poa.sqlite"))
        return try queue.read { try String.fetchOne($0, sql: sql) }
    }

    /// The Levenson grant of the samples (2010-07-07).
    var grant: String { "(SELECT id FROM instrument WHERE kind = 'grant' AND executed_on = '2010-07-07')" }

    @Test func theSamplesReadAsTheyAreStored() throws {
        let outcome = try json("reread", "--format", "json")
        #expect((outcome["documents"] as? [Any])?.isEmpty == true)
        #expect(outcome["applied"] as? Bool == false)
        #expect((outcome["documents_read"] as? Int ?? 0) >= 20)
    }

    @Test func aReadingThatNowDiffersIsListedWithoutApplyAndWrittenWithIt() throws {
        let id = try #require(try value("SELECT id FROM instrument WHERE kind = 'grant' AND executed_on = '2010-07-07'"))
        try tamper("UPDATE instrument SET executed_on = '2010-07-01', delegable = 0 WHERE id = \(id)")
        let before = try contents(of: "poa.sqlite")
        let listed = try json("reread", "--format", "json")
        let documents = try #require(listed["documents"] as? [[String: Any]])
        try #require(documents.count == 1, "\(documents)")
        let instruments = try #require(documents[0]["instruments"] as? [[String: Any]])
        let fields = try #require(instruments.first?["fields"] as? [[String: String]])
        #expect(fields.contains(["field": "executed_on", "before": "2010-07-01", "after": "2010-07-07"]))
        #expect(fields.contains(["field": "delegable", "before": "false", "after": "true"]))
        #expect(try contents(of: "poa.sqlite") == before, "reread without --apply wrote to the ledger")

        let applied = try json("reread", "--apply", "--format", "json")
        #expect(applied["applied"] as? Bool == true)
        #expect(try value("SELECT executed_on FROM instrument WHERE id = \(id)") == "2010-07-07")
        #expect(try value("SELECT delegable FROM instrument WHERE id = \(id)") == "1")
        #expect((try json("reread", "--format", "json")["documents"] as? [Any])?.isEmpty == true)
        // Authority follows: Kreczko may sign from the 7th again.
        let answer = try json("authority", "--grantor", "David N. Levenson", "--on", "2010-07-07", "--format", "json")
        #expect((answer["attorneys"] as? [[String: Any]])?.contains { $0["name"] as? String == "Alan J. Kreczko" } == true)
        let log = try json("log", "--format", "json")
        let newest = try #require((log["entries"] as? [[String: Any]])?.first)
        #expect(newest["action"] as? String == "reread")
        #expect(newest["who"] as? String == "jroe")
        #expect((newest["target"] as? String)?.hasPrefix("1 of ") == true)
    }

    @Test func aCorrectedFieldKeepsItsCorrectedValueThroughAnAppliedReread() throws {
        let id = try #require(try value("SELECT id FROM instrument WHERE kind = 'grant' AND executed_on = '2010-07-07'"))
        let corrected = try poa("correct", id, "--set", "expires_on=2012-12-31", "--note", "a side letter limits it")
        try #require(corrected.status == 0, "\(corrected.stderr)")
        try tamper("UPDATE instrument SET executed_on = '2010-07-01' WHERE id = \(id)")
        let applied = try json("reread", "--apply", "--format", "json")
        #expect((applied["documents"] as? [Any])?.count == 1)
        #expect(try value("SELECT executed_on FROM instrument WHERE id = \(id)") == "2010-07-07")
        #expect(try value("SELECT expires_on FROM instrument WHERE id = \(id)") == "2012-12-31")
        #expect(try value("SELECT conflict FROM hand_change WHERE field = 'expires_on'") == nil)
    }

    @Test func aNewReadingThatDisagreesWithACorrectionIsAConflictAndTheCorrectionStays() throws {
        let id = try #require(try value("SELECT id FROM instrument WHERE kind = 'grant' AND executed_on = '2010-07-07'"))
        try #require(try poa("correct", id, "--set", "executed_on=2010-07-06", "--note", "the notary's date").status == 0)
        // An older reader had read the 5th; this one reads the 7th: neither the old reading nor the correction.
        try tamper("UPDATE hand_change SET read_value = '2010-07-05' WHERE field = 'executed_on'")
        let listed = try json("reread", "--format", "json")
        let documents = try #require(listed["documents"] as? [[String: Any]])
        let conflicts = try #require(documents.first?["conflicts"] as? [[String: Any]])
        #expect(conflicts.first?["field"] as? String == "executed_on")
        #expect(conflicts.first?["hand_value"] as? String == "2010-07-06")
        #expect(conflicts.first?["reading"] as? String == "2010-07-07")
        _ = try json("reread", "--apply", "--format", "json")
        #expect(try value("SELECT executed_on FROM instrument WHERE id = \(id)") == "2010-07-06")
        #expect(try value("SELECT conflict FROM hand_change WHERE field = 'executed_on'")?.contains("2010-07-07") == true)
        let review = try json("review", "--format", "json")
        let items = try #require(review["items"] as? [[String: Any]])
        #expect(items.contains { $0["kind"] as? String == "reread-conflict" && ($0["reason"] as? String)?.contains("executed_on") == true })
    }

    @Test func aDocumentThatWasNeedsReviewAndNowReadsIsImported() throws {
        let document = try #require(try value("SELECT document_id FROM instrument WHERE kind = 'revocation' LIMIT 1"))
        try tamper("DELETE FROM instrument WHERE document_id = \(document)")
        try tamper("UPDATE document SET status = 'needs-review', reason = 'an older reader found no date' WHERE id = \(document)")
        let listed = try json("reread", "--format", "json")
        let change = try #require((listed["documents"] as? [[String: Any]])?.first)
        #expect(change["status_before"] as? String == "needs-review")
        #expect(change["status_after"] as? String == "imported")
        _ = try json("reread", "--apply", "--format", "json")
        #expect(try value("SELECT status FROM document WHERE id = \(document)") == "imported")
        #expect(try value("SELECT count(*) FROM instrument WHERE document_id = \(document) AND kind = 'revocation'") == "1")
    }

    @Test func anInstrumentEnteredByHandIsNeverOverwritten() throws {
        let document = try #require(try value("SELECT document_id FROM instrument WHERE kind = 'revocation' LIMIT 1"))
        try tamper("DELETE FROM instrument WHERE document_id = \(document)")
        try tamper("UPDATE document SET status = 'needs-review', reason = 'no date found' WHERE id = \(document)")
        let grantor = try #require(try value("SELECT p.name FROM instrument i JOIN person p ON p.id = i.grantor_id WHERE i.kind = 'grant' LIMIT 1"))
        let entered = try poa(
            "record", "revocation", "--document", document, "--grantor", grantor, "--executed-on", "2012-01-01",
            "--revokes-all", "--note", "read by hand")
        try #require(entered.status == 0, "\(entered.stderr)")
        let applied = try json("reread", "--apply", "--format", "json")
        let conflicts = try #require((applied["documents"] as? [[String: Any]])?.first?["conflicts"] as? [[String: Any]])
        #expect(conflicts.first?["hand_value"] as? String == "entered by hand")
        #expect(try value("SELECT count(*) FROM instrument WHERE document_id = \(document)") == "1")
        #expect(try value("SELECT source FROM instrument WHERE document_id = \(document)") == "entered")
        #expect(try value("SELECT conflict IS NOT NULL FROM hand_change WHERE kind = 'entry'") == "1")
    }

    /// The file's bytes, to tell whether a command wrote to it.
    func contents(of name: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: workspace.path(name)))
    }
}
