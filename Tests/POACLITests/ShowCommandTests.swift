import Foundation
import GRDB
import POATestSupport
import Testing

/// `poa show`, run as a user would, on a power of attorney written here.
struct ShowCommandTests {
    /// A limited POA: the grantor signs on line 28, the attorneys are named on line 7, and line 1
    /// holds characters HTML must escape.
    static let text = """
                                                          Exhibit 24 <POA & notes>

                             LIMITED POWER OF ATTORNEY FOR
                           SECTION 16 REPORTING OBLIGATIONS

        Know all by these presents, that the undersigned hereby makes, constitutes
        and appoints each of Daniel P. Whitcomb and Sofia R. Lindqvist, signing
        singly, as the undersigned's true and lawful attorney-in-fact to:

        (1) execute for and on behalf of the undersigned, in the undersigned's
        capacity as an officer and/or director of COBALT RIDGE THERAPEUTICS, INC.
        (the "Company"), Forms 3, 4, and 5 in accordance with Section 16(a) of the
        Securities Exchange Act of 1934 and the rules thereunder;

        (2) do and perform any and all acts for and on behalf of the undersigned
        which may be necessary or desirable to complete and execute any such Form
        3, 4, or 5 and timely file such form with the SEC.

        This Power of Attorney shall remain in full force and effect until the
        undersigned is no longer required to file Forms 3, 4, and 5 with respect
        to the undersigned's holdings of and transactions in securities issued by
        the Company, unless earlier revoked by the undersigned in a signed writing
        delivered to the foregoing attorneys-in-fact.

        IN WITNESS WHEREOF, the undersigned has caused this Power of Attorney to
        be executed as of this 3rd day of March, 2015.

                                                /s/ Margaret L. Okafor
                                                Margaret L. Okafor

        """

    let workspace: Workspace

    init() throws {
        workspace = try Workspace()
        try Self.text.write(toFile: workspace.path("poa.txt"), atomically: true, encoding: .utf8)
        let result = try workspace.poa("import", "poa.txt")
        try #require(result.status == 0, "\(result.stderr)")
        try #require(result.stdout.contains("imported      poa.txt: grant by Margaret L. Okafor"), "\(result.stdout)")
    }

    func show(_ arguments: String...) throws -> String {
        let result = try PoaProcess.run(["show"] + arguments, in: workspace.folder)
        try #require(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    func object(_ json: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    func instrument(_ json: String) throws -> [String: Any] {
        let instruments = try #require(try object(json)["instruments"] as? [[String: Any]])
        try #require(instruments.count == 1)
        return instruments[0]
    }

    @Test func theIdAShaPrefixAndThePathNameTheSameDocument() throws {
        let byPath = try show("poa.txt", "--format", "json")
        let document = try #require(try object(byPath)["document"] as? [String: Any])
        let id = try #require(document["id"] as? Int)
        let sha = try #require(document["sha256"] as? String)
        #expect(sha.count == 64)
        #expect(document["path"] as? String == "poa.txt")
        #expect(document["status"] as? String == "imported")
        for key in ["media_type", "reason", "imported_at", "accession_number", "form_type", "filed_on"] {
            #expect(document.keys.contains(key), "no \(key) in \(document)")
        }
        #expect(try show(String(id), "--format", "json") == byPath)
        #expect(try show(String(sha.prefix(8)), "--format", "json") == byPath)
        #expect(try show(sha.uppercased(), "--format", "json") == byPath)
    }

    @Test func theJSONGivesEveryLineWithItsFactsAndTheInstrumentAsImportNamesIt() throws {
        let json = try show("poa.txt", "--format", "json")
        let lines = try #require(try object(json)["lines"] as? [[String: Any]])
        #expect(lines.count == 29)
        #expect(lines.map { $0["number"] as? Int } == (1...29).map { $0 })
        #expect(lines[27]["text"] as? String == String(repeating: " ", count: 40) + "/s/ Margaret L. Okafor")
        #expect(lines[27]["facts"] as? [String] == ["grantor"])
        #expect(lines[6]["facts"] as? [String] == ["attorneys"])
        #expect(lines[25]["facts"] as? [String] == ["executed_on"])
        #expect(lines[1]["facts"] as? [String] == [])

        let grant = try instrument(json)
        for key in [
            "id", "position", "lines", "kind", "grantor", "issuer", "executed_on", "attorneys", "forms", "delegable",
            "supersedes_prior", "end_condition", "expires_on", "parent", "revokes", "effective_on", "sources", "source",
            "corrections",
        ] {
            #expect(grant.keys.contains(key), "no \(key) in \(grant)")
        }
        #expect(grant["kind"] as? String == "grant")
        #expect(grant["grantor"] as? String == "Margaret L. Okafor")
        #expect(grant["executed_on"] as? String == "2015-03-03")
        #expect(grant["attorneys"] as? [String] == ["Daniel P. Whitcomb", "Sofia R. Lindqvist"])
        #expect(grant["forms"] as? [String] == ["3", "4", "5"])
        #expect(grant["position"] as? Int == 0)
        #expect(grant["source"] as? String == "read")
        #expect((grant["corrections"] as? [Any])?.isEmpty == true)
        #expect((grant["sources"] as? [String: [Int]])?["grantor"] == [28, 28])
        #expect((grant["lines"] as? [String: Int]) == ["start": 1, "end": 29])
    }

    @Test func theTextMarksTheGrantorsLineAndIsNotColouredInAPipe() throws {
        let text = try show("poa.txt")
        let signature = try #require(text.split(separator: "\n").first { $0.hasSuffix("/s/ Margaret L. Okafor") })
        let margin = try #require(signature.split(separator: "|", maxSplits: 1).first)
        #expect(margin.split(separator: " ").map(String.init) == ["28", "grantor"])
        let unmarked = try #require(text.split(separator: "\n").first { $0.hasSuffix("LIMITED POWER OF ATTORNEY FOR") })
        #expect(unmarked.split(separator: "|", maxSplits: 1).first?.split(separator: " ").map(String.init) == ["3"])
        #expect(!text.contains("\u{1B}["))
        #expect(text.contains("grantor          Margaret L. Okafor  (line 28; read)"))
        #expect(text.contains("attorneys        2. Sofia R. Lindqvist  (line 7; read)"))
    }

    @Test func theHTMLPageEscapesTheText() throws {
        let html = try show("poa.txt", "--format", "html")
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<style>"))
        #expect(html.contains("Exhibit 24 &lt;POA &amp; notes&gt;"))
        #expect(!html.contains("<POA"))
        #expect(html.contains("the Company, unless earlier revoked"))
        #expect(html.contains("<tr id=\"L28\" class=\"fact\"><td class=\"n\">28</td><td class=\"f\">grantor</td>"))
        #expect(html.contains("<tr id=\"L2\"><td class=\"n\">2</td><td class=\"f\"></td>"))
        #expect(html.hasSuffix("</html>\n"))
    }

    @Test func anUnknownDocumentFailsNamingWhatWasAsked() throws {
        for reference in ["nothing-here.txt", "987", "abcdef0123"] {
            let result = try workspace.poa("show", reference)
            #expect(result.status == 1)
            #expect(result.stdout.isEmpty)
            #expect(result.stderr.hasPrefix("Error: no document \"\(reference)\" in the ledger"), "\(result.stderr)")
        }
        let missing = try workspace.poa("show", "1", "--db", "absent.sqlite")
        #expect(missing.status != 0)
        #expect(!FileManager.default.fileExists(atPath: workspace.path("absent.sqlite")))
    }

    /// The same path imported twice (the file changed in between) names two documents; the
    /// second carries the first's instrument, shown as a copy whose facts mark no line of it.
    @Test func aPathImportedTwiceIsAmbiguousAndTheRefiledInstrumentIsACopy() throws {
        try ("Refiled with a later Form 4\n\n" + Self.text).write(
            toFile: workspace.path("poa.txt"), atomically: true, encoding: .utf8)
        #expect(try workspace.poa("import", "poa.txt").status == 0)
        let ambiguous = try workspace.poa("show", "poa.txt")
        #expect(ambiguous.status == 1)
        #expect(ambiguous.stderr.contains("\"poa.txt\" names several documents"), "\(ambiguous.stderr)")

        let first = try instrument(try show("1", "--format", "json"))
        let json = try show("2", "--format", "json")
        let copy = try instrument(json)
        #expect(copy["id"] as? Int == first["id"] as? Int)
        #expect((copy["copy_of"] as? [String: Any])?["document"] as? Int == 1)
        #expect((copy["lines"] as? [String: Int]) == ["start": 1, "end": 31])
        let lines = try #require(try object(json)["lines"] as? [[String: Any]])
        #expect(lines.allSatisfy { ($0["facts"] as? [String])?.isEmpty == true })
        #expect(try show("2").contains("a copy of instrument #\(first["id"] as? Int ?? -1), first recorded from document #1 poa.txt"))
    }

    /// A correction in force makes the instrument `corrected`, listed with what was read; undone,
    /// the instrument is `read` again.
    @Test func aHandCorrectionShowsAsCorrectedUntilUndone() throws {
        let id = try #require(try instrument(try show("1", "--format", "json"))["id"] as? Int)
        let queue = try DatabaseQueue(path: workspace.path("poa.sqlite"))
        try queue.write { db in
            try db.execute(sql: "UPDATE instrument SET executed_on = '2015-03-04' WHERE id = ?", arguments: [id])
            try db.execute(
                sql: """
                    INSERT INTO hand_change (id, kind, document_id, instrument_id, position, field, read_value, value,
                        line_start, line_end, note, recorded_by, recorded_at)
                    VALUES (50, 'correction', 1, ?, 0, 'executed_on', '2015-03-03', '2015-03-04', 27, 27,
                        'the notary''s date <per counsel>', 'tester', '2026-01-02T03:04:05Z')
                    """, arguments: [id])
        }
        try queue.close()

        let json = try show("1", "--format", "json")
        let corrected = try instrument(json)
        #expect(corrected["source"] as? String == "corrected")
        #expect(corrected["executed_on"] as? String == "2015-03-04")
        let corrections = try #require(corrected["corrections"] as? [[String: Any]])
        #expect(corrections.count == 1)
        #expect(corrections.first?["id"] as? Int == 50)
        #expect(corrections.first?["field"] as? String == "executed_on")
        #expect(corrections.first?["read_value"] as? String == "2015-03-03")
        #expect(corrections.first?["value"] as? String == "2015-03-04")
        #expect(corrections.first?["recorded_by"] as? String == "tester")
        #expect(corrections.first?["recorded_at"] as? String == "2026-01-02T03:04:05Z")
        let lines = try #require(try object(json)["lines"] as? [[String: Any]])
        #expect(lines[26]["facts"] as? [String] == ["executed_on"])

        let text = try show("1")
        #expect(text.contains("executed_on      2015-03-04  (line 26; corrected by hand (read: \"2015-03-03\"; correction #50 by tester))"))
        #expect(text.contains("grantor          Margaret L. Okafor  (line 28; read)"))
        #expect(try show("1", "--format", "html").contains("the notary&#39;s date &lt;per counsel&gt;"))

        let again = try DatabaseQueue(path: workspace.path("poa.sqlite"))
        try again.write { db in try db.execute(sql: "UPDATE hand_change SET undone_at = '2026-01-03T00:00:00Z' WHERE id = 50") }
        try again.close()
        let undone = try instrument(try show("1", "--format", "json"))
        #expect(undone["source"] as? String == "read")
        #expect((undone["corrections"] as? [Any])?.isEmpty == true)
    }
}
