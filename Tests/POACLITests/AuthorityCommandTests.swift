import Foundation
import POATestSupport
import Testing

/// `poa import`, `authority`, `timeline`, `explain` and the fact commands, end to end on the seeds.
struct AuthorityCommandTests {
    static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Samples")

    let workspace: Workspace

    init() throws {
        workspace = try Workspace()
        let seeds = try FileManager.default.contentsOfDirectory(atPath: Self.samples.path)
            .filter { $0.range(of: #"^00[0-3]_"#, options: .regularExpression) != nil }.sorted()
        let result = try PoaProcess.run(["import"] + seeds.map { Self.samples.appendingPathComponent($0).path }, in: workspace.folder)
        try #require(result.status == 0, "\(result.stderr)")
    }

    func json(_ arguments: String...) throws -> [String: Any] {
        let result = try PoaProcess.run(arguments + ["--format", "json"], in: workspace.folder)
        try #require(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    @Test func authorityForAGrantorHasTheDocumentedShape() throws {
        let object = try json("authority", "--grantor", "David N. Levenson", "--on", "2010-07-09", "--form", "4")
        #expect(object["grantor"] as? String == "David N. Levenson")
        #expect(object["on"] as? String == "2010-07-09")
        #expect(object["form"] as? String == "4")
        let attorneys = try #require(object["attorneys"] as? [[String: Any]])
        #expect(attorneys.count == 6)
        let shields = try #require(attorneys.first { $0["name"] as? String == "Terence D. Shields" })
        #expect(shields["from"] as? String == "2010-07-09")
        #expect(shields["until"] is NSNull)
        #expect(shields["forms"] as? [String] == ["ID", "3", "4", "5", "144"])
        let via = try #require(shields["via"] as? [[String: Any]])
        #expect(via.map { $0["kind"] as? String } == ["grant", "delegation"])
        #expect(via.first?["executed_on"] as? String == "2010-07-07")
        #expect((via.first?["document"] as? String)?.hasSuffix("002_81423e081c3010c2.txt") == true)
    }

    @Test func authorityForAnAttorneyListsPrincipals() throws {
        let object = try json("authority", "--attorney", "Terence D. Shields", "--on", "2010-08-01")
        #expect(object["attorney"] as? String == "Terence D. Shields")
        let names = (object["principals"] as? [[String: Any]])?.compactMap { $0["name"] as? String }.sorted()
        #expect(names == ["Alan J. Kreczko", "David N. Levenson"])
    }

    @Test func explainSaysNoTheDayBeforeTheDelegation() throws {
        // A no exits 1 (issue 22), with the same JSON on stdout.
        let no = try PoaProcess.run(
            ["explain", "--attorney", "Terence D. Shields", "--grantor", "David N. Levenson", "--on", "2010-07-08", "--form", "4",
             "--format", "json"], in: workspace.folder)
        #expect(no.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(no.stdout.utf8)) as? [String: Any])
        #expect(object["authorized"] as? Bool == false)
        #expect((object["reasons"] as? [String])?.contains { $0.contains("2010-07-09") } == true)
        let yes = try json(
            "explain", "--attorney", "Terence D. Shields", "--grantor", "David N. Levenson", "--on", "2010-07-12", "--form", "4")
        #expect(yes["authorized"] as? Bool == true)
        #expect((yes["via"] as? [[String: Any]])?.count == 2)
    }

    @Test func timelineListsEveryInterval() throws {
        let object = try json("timeline", "--grantor", "David N. Levenson")
        let intervals = try #require(object["intervals"] as? [[String: Any]])
        #expect(intervals.count == 6)
        #expect(intervals.allSatisfy { $0["grantor"] as? String == "David N. Levenson" })
    }

    @Test func recordingAndUndoingTheEndOfObligations() throws {
        let recorded = try PoaProcess.run(
            ["obligations-end", "--grantor", "David N. Levenson", "--issuer", "The Hartford Financial Services Group, Inc.",
             "--on", "2011-01-01", "--note", "retired"], in: workspace.folder)
        #expect(recorded.status == 0)
        #expect(recorded.stdout.contains("recorded fact #1"))
        let after = try json("authority", "--grantor", "David N. Levenson", "--on", "2011-01-01")
        #expect((after["attorneys"] as? [Any])?.isEmpty == true)
        #expect(try PoaProcess.run(["undo", "1"], in: workspace.folder).status == 0)
        let restored = try json("authority", "--grantor", "David N. Levenson", "--on", "2011-01-01")
        #expect((restored["attorneys"] as? [Any])?.count == 6)
        let again = try PoaProcess.run(["undo", "1"], in: workspace.folder)
        #expect(again.status == 1)
        #expect(again.stderr.contains("already undone"))
    }

    @Test func anUnknownNameIsAClearErrorAndAnAmbiguousOneListsCandidates() throws {
        let unknown = try PoaProcess.run(["authority", "--grantor", "Nobody Known", "--on", "2010-01-01"], in: workspace.folder)
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("no person named \"Nobody Known\""))
        let usage = try PoaProcess.run(["authority", "--on", "2010-01-01"], in: workspace.folder)
        #expect(usage.status == 64)
        let badDay = try PoaProcess.run(["authority", "--grantor", "X", "--on", "2010-02-30"], in: workspace.folder)
        #expect(badDay.status == 64)
    }

    @Test func readingCommandsNeverCreateADatabase() throws {
        let result = try PoaProcess.run(["authority", "--grantor", "X", "--db", "absent.sqlite"], in: workspace.folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("no database at absent.sqlite"))
        #expect(!FileManager.default.fileExists(atPath: workspace.path("absent.sqlite")))
    }

    @Test func importJSONIsOneObjectWithASummary() throws {
        let result = try PoaProcess.run(
            ["import", "--dry-run", "--format", "json", Self.samples.path, "--db", "dry.sqlite"], in: workspace.folder)
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let summary = try #require(object["summary"] as? [String: Int])
        #expect(Set(summary.keys) == ["imported", "duplicate", "not-poa", "needs-review", "error"])
        #expect(summary["not-poa"] == 1)
        #expect(!FileManager.default.fileExists(atPath: workspace.path("dry.sqlite")))
    }

    @Test func strictImportFailsOnDocumentsThatNeedReview() throws {
        let empty = workspace.path("empty.txt")
        try Data().write(to: URL(fileURLWithPath: empty))
        // An empty document ends in error: exit 1 with or without --strict (needs-review alone
        // gives 2 with --strict: HonestExitTests).
        let lenient = try PoaProcess.run(["import", empty], in: workspace.folder)
        #expect(lenient.status == 1)
        let strict = try PoaProcess.run(["import", "--strict", empty], in: workspace.folder)
        #expect(strict.status == 1)
    }

    func csv(_ arguments: String...) throws -> [String] {
        let result = try PoaProcess.run(arguments + ["--format", "csv"], in: workspace.folder)
        try #require(result.status == 0, "\(result.stderr)")
        return result.stdout.split(separator: "\n").map(String.init)
    }

    @Test func theAuthorityReportsAnswerTheWorkedExamples() throws {
        let onDay = try csv("report", "authority-on", "--param", "day=2010-08-01")
        #expect(onDay.first?.hasPrefix("grantor,attorney,issuer,forms,path") == true)
        #expect(onDay.contains { $0.hasPrefix("David N. Levenson,Terence D. Shields,") && $0.contains(",delegated,") })
        #expect(onDay.filter { $0.hasPrefix("Edward J. Kelly, III") || $0.hasPrefix("\"Edward J. Kelly, III\"") }.count == 6)
        let principals = try csv(
            "report", "principals-of-attorney", "--param", "attorney=Terence D. Shields", "--param", "day=2010-08-01")
        #expect(principals.dropFirst().map { $0.split(separator: ",").first.map(String.init) ?? "" } == ["Alan J. Kreczko", "David N. Levenson"])
        let history = try csv("report", "grantor-history", "--param", "grantor=David N. Levenson")
        #expect(history.count == 3)
        #expect(history[2].hasPrefix("2010-07-09,delegation,Ricardo A. Anzaldua"))
        #expect(try csv("report", "invalid-delegations").count == 1)
    }

    @Test func grantsWhoseAttorneysHaveAllLeftAreReported() throws {
        let hartford = "The Hartford Financial Services Group, Inc."
        for person in ["Neal S. Wolin", "Amy B. Gallent", "Brian S. Becker", "Richard G. Costello", "Steven L. Bray"] {
            #expect(try PoaProcess.run(["departed", "--person", person, "--issuer", hartford, "--on", "2006-01-01"], in: workspace.folder).status == 0)
        }
        #expect(try csv("report", "grants-without-active-attorney", "--param", "day=2007-01-01").count == 1)
        #expect(try PoaProcess.run(["departed", "--person", "Amanda Grabowski Aquino", "--issuer", hartford, "--on", "2006-06-01"], in: workspace.folder).status == 0)
        let rows = try csv("report", "grants-without-active-attorney", "--param", "day=2007-01-01")
        #expect(rows.count == 2)
        #expect(rows[1].contains("Edward J. Kelly, III"))
        #expect(try csv("report", "grants-without-active-attorney", "--param", "day=2006-03-01").count == 1)
    }
}
