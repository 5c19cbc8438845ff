import Foundation
import POATestSupport
import Testing

@testable import poa

/// Issue 22, item 11 (in part): `check`, `migrate --status`, `backup`, `report list` and the fact
/// commands print documented JSON with `--format json`; `poa import` shows a progress line on a
/// terminal, a line per document elsewhere or with `--verbose`, and only errors with `--quiet`.
struct JSONEverywhereTests {
    let workspace: Workspace

    init() throws {
        workspace = try Workspace()
    }

    func poa(_ arguments: String...) throws -> PoaProcess.Result {
        try PoaProcess.run(arguments, in: workspace.folder, environment: ["POA_USER": "jroe"])
    }

    /// The output as a JSON object; fails the test when it is not one.
    func object(_ result: PoaProcess.Result) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "\(result.stdout)")
    }

    func importGrant() throws {
        try Data(ExplainAndFactsTests.grant.utf8).write(to: URL(fileURLWithPath: workspace.path("finch_2021.txt")))
        let imported = try poa("import", "finch_2021.txt")
        try #require(imported.status == 0, "\(imported.stdout)\(imported.stderr)")
    }

    @Test func checkPrintsOkAndProblemsAsJSONWithItsExitCodes() throws {
        try importGrant()
        let ok = try poa("check", "--format", "json")
        #expect(ok.status == 0, "\(ok.stderr)")
        let healthy = try object(ok)
        #expect(healthy["ok"] as? Bool == true)
        #expect((healthy["problems"] as? [Any])?.isEmpty == true)
        #expect(healthy["pending_migrations"] as? [String] == [])
        #expect(healthy["path"] as? String == "poa.sqlite")

        let missing = try poa("check", "--db", "nope.sqlite", "--format", "json")
        #expect(missing.status == 2)
        let broken = try object(missing)
        #expect(broken["ok"] as? Bool == false)
        let problems = try #require(broken["problems"] as? [[String: Any]])
        #expect(problems.first?["kind"] as? String == "unreadable")
        #expect(problems.first?["detail"] is String)
        #expect(!FileManager.default.fileExists(atPath: workspace.path("nope.sqlite")))
    }

    @Test func migrateStatusListsEachMigrationAsJSON() throws {
        try importGrant()
        let status = try poa("migrate", "--status", "--format", "json")
        #expect(status.status == 0, "\(status.stderr)")
        let migrations = try #require(try object(status)["migrations"] as? [[String: Any]])
        #expect(!migrations.isEmpty)
        for migration in migrations {
            #expect(migration["name"] is String)
            #expect(migration["applied_at"] is String, "applied, so with a time: \(migration)")
        }
        let text = try poa("migrate", "--status")
        #expect(text.stdout.split(separator: "\n").count == migrations.count)
    }

    @Test func backupPrintsPathBytesAndVerifiedAsJSON() throws {
        try importGrant()
        let plain = try poa("backup", "copy.sqlite", "--format", "json")
        #expect(plain.status == 0, "\(plain.stderr)")
        let report = try object(plain)
        #expect((report["path"] as? String)?.hasSuffix("copy.sqlite") == true)
        let size = try FileManager.default.attributesOfItem(atPath: workspace.path("copy.sqlite"))[.size] as? Int
        #expect(report["bytes"] as? Int == size)
        #expect(report["verified"] as? Bool == false)
        #expect(report["pending_migrations"] as? [String] == [])
        let verified = try poa("backup", "verified.sqlite", "--verify", "--format", "json")
        #expect(try object(verified)["verified"] as? Bool == true)
    }

    @Test func reportListDescribesEachReportAndItsParametersAsJSON() throws {
        let list = try poa("report", "list", "--format", "json")
        #expect(list.status == 0, "\(list.stderr)")
        let reports = try #require(try object(list)["reports"] as? [[String: Any]])
        #expect(!reports.isEmpty)
        for report in reports {
            #expect(report["name"] is String)
            #expect(report["summary"] is String)
            let parameters = try #require(report["parameters"] as? [[String: Any]])
            for parameter in parameters {
                #expect(parameter["name"] is String)
                #expect(parameter["help"] is String)
                #expect(parameter["value"] is String)
                #expect(parameter.keys.contains("kind"))
            }
        }
        #expect(reports.contains { (($0["parameters"] as? [[String: Any]]) ?? []).contains { $0["kind"] as? String == "person" } })
        let text = try poa("report", "list")
        for report in reports { #expect(text.stdout.contains(report["name"] as? String ?? "?")) }
    }

    @Test func factCommandsPrintTheFactAndWhatChangedAsJSON() throws {
        try importGrant()
        let ended = try poa(
            "obligations-end", "--grantor", "Harold Finch", "--issuer", "Acme Widgets, Inc.", "--on", "2022-01-01",
            "--note", "retired", "--format", "json")
        #expect(ended.status == 0, "\(ended.stderr)")
        let change = try object(ended)
        let fact = try #require(change["fact"] as? [String: Any])
        #expect(fact["id"] as? Int == 1)
        #expect(fact["kind"] as? String == "obligations-end")
        #expect(fact["person"] as? String == "Harold Finch")
        #expect(fact["issuer"] as? String == "Acme Widgets, Inc.")
        #expect(fact["day"] as? String == "2022-01-01")
        #expect(fact["who"] as? String == "jroe")
        let changed = try #require(change["changed"] as? [String: Any])
        let intervals = try #require(changed["intervals"] as? [[String: Any]])
        #expect(intervals.count == 2)
        #expect(intervals.first?["kind"] as? String == "ended")
        #expect(intervals.first?["until_after"] as? String == "2022-01-01")
        #expect(intervals.first?["until_before"] is NSNull)
        #expect(changed["verdicts"] as? [Any] != nil)

        let revoked = try poa("revoke", "--grantor", "Harold Finch", "--on", "2020-01-01", "--format", "json")
        #expect(revoked.status == 0)
        #expect(try object(revoked)["fact"] as? [String: Any] != nil)
        #expect(revoked.stderr.contains("warning: fact #2 changed no interval"), "the warning stays on stderr")

        let departed = try poa(
            "departed", "--person", "Mary Quill", "--issuer", "Acme Widgets, Inc.", "--on", "2022-01-01", "--format", "json")
        #expect(try (object(departed)["fact"] as? [String: Any])?["kind"] as? String == "departure")

        let undone = try poa("undo", "1", "--format", "json")
        #expect(undone.status == 0, "\(undone.stderr)")
        let back = try object(undone)
        #expect((back["fact"] as? [String: Any])?["undone"] is String)
        let lengthened = try #require((back["changed"] as? [String: Any])?["intervals"] as? [[String: Any]])
        #expect(lengthened.first?["kind"] as? String == "lengthened")
    }

    // MARK: import: progress, --verbose, --quiet

    /// A grant that imports, one that needs review (no issuer it can read) and a PDF (an error).
    func writeMixedFolder() throws {
        let folder = URL(fileURLWithPath: workspace.path("docs"))
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(ExplainAndFactsTests.grant.utf8).write(to: folder.appendingPathComponent("a_grant.txt"))
        try Data(ExplainAndFactsTests.supersedingWithoutIssuer.utf8).write(to: folder.appendingPathComponent("b_review.txt"))
        try Data("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".utf8).write(to: folder.appendingPathComponent("c_scan.pdf"))
    }

    @Test func importWhenPipedPrintsALinePerDocumentAsBefore() throws {
        try writeMixedFolder()
        let piped = try poa("import", "docs")
        #expect(piped.status == 1)
        let lines = piped.stdout.split(separator: "\n")
        #expect(lines.count == 4, "three documents and the summary: \(piped.stdout)")
        #expect(lines[0].hasPrefix("imported "))
        #expect(lines[3].hasPrefix("3 document(s): 1 imported"))
        #expect(!piped.stdout.contains("\r"))
    }

    @Test func importQuietPrintsOnlyTheErrors() throws {
        try writeMixedFolder()
        let quiet = try poa("import", "--quiet", "docs")
        #expect(quiet.status == 1, "the exit code still says a document failed")
        let lines = quiet.stdout.split(separator: "\n")
        #expect(lines.count == 1, "\(quiet.stdout)")
        #expect(lines.first?.hasPrefix("error") == true)
        #expect(lines.first?.contains("c_scan.pdf") == true)
        #expect(quiet.stderr.contains("could not be imported"))
        let both = try poa("import", "--quiet", "--verbose", "docs")
        #expect(both.status == 64)
    }

    @Test func quietAndVerboseLeaveJSONUnchanged() throws {
        try writeMixedFolder()
        let json = try poa("import", "--quiet", "--dry-run", "--format", "json", "docs")
        let documents = try #require(try object(json)["documents"] as? [[String: Any]])
        #expect(documents.count == 3)
    }

    @Test func theDisplayIsAProgressLineOnlyOnATerminal() {
        #expect(ImportDisplay.choose(format: .text, verbose: false, quiet: false, isTerminal: true) == .progress)
        #expect(ImportDisplay.choose(format: .text, verbose: false, quiet: false, isTerminal: false) == .everyDocument)
        #expect(ImportDisplay.choose(format: .text, verbose: true, quiet: false, isTerminal: true) == .everyDocument)
        #expect(ImportDisplay.choose(format: .text, verbose: false, quiet: true, isTerminal: true) == .errorsOnly)
        #expect(ImportDisplay.choose(format: .text, verbose: false, quiet: true, isTerminal: false) == .errorsOnly)
        #expect(ImportDisplay.choose(format: .json, verbose: false, quiet: true, isTerminal: true) == .json)
        #expect(grouped(1234) == "1,234")
        #expect(grouped(999) == "999")
        #expect(grouped(1_000_000) == "1,000,000")
    }

    /// On a real terminal (a pseudo-terminal made by script(1)): the problems one per line, the
    /// progress line rewritten with `\r`, no line for the document that imported, then the summary.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func importOnATerminalShowsProblemsAndAProgressLine() throws {
        try writeMixedFolder()
        let command = "'\(PoaProcess.executable.path)' import docs"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", command, "/dev/null"]
        process.currentDirectoryURL = workspace.folder
        let out = Pipe()
        process.standardOutput = out
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1, "\(output)")
        #expect(output.contains("\r"), "\(output)")
        #expect(output.contains("needs-review  docs/b_review.txt"), "\(output)")
        #expect(output.contains("error         docs/c_scan.pdf"), "\(output)")
        #expect(!output.contains("imported      docs/a_grant.txt"), "no line for a document that imported: \(output)")
        #expect(output.contains("documents: 1 imported, 1 needs-review, 1 error"), "\(output)")
        #expect(output.contains("3 document(s): 1 imported"), "\(output)")
    }
}
