import Foundation
import GRDB
import POATestSupport
import Testing

/// `poa record`, `poa correct` and `poa undo` of them, end to end: a person completes and
/// corrects the register, every change is a fact with who, when and why, and it changes
/// authority and verdicts at once.
struct HandChangeCommandTests {
    let workspace: Workspace

    init() throws {
        workspace = try Workspace()
    }

    /// A signing-singly POA whose date the reader cannot find: it is stored `needs-review`.
    static let undated = """
        POWER OF ATTORNEY

        Know all by these presents, that the undersigned hereby constitutes and appoints each of
        Mary Quill and Peter Lamb, signing singly, the undersigned's true and lawful attorney-in-fact to:

        (1) execute for and on behalf of the undersigned, in the undersigned's capacity as an officer
        and/or director of Acme Widgets, Inc. (the "Company"), Forms 3, 4, and 5 in accordance with
        Section 16(a) of the Securities Exchange Act of 1934 and the rules thereunder;

        IN WITNESS WHEREOF, the undersigned has caused this Power of Attorney to be executed.

        /s/ Harold Finch
        Harold Finch

        """

    func poa(_ arguments: String..., user: String = "jroe") throws -> PoaProcess.Result {
        try PoaProcess.run(arguments, in: workspace.folder, environment: ["POA_USER": user])
    }

    func importUndated() throws {
        try Self.undated.write(toFile: workspace.path("finch_poa.txt"), atomically: true, encoding: .utf8)
        let imported = try poa("import", "finch_poa.txt")
        try #require(imported.status == 0 || imported.status == 2, "\(imported.stderr)")
        try #require(imported.stdout.contains("needs-review"))
    }

    func attorneys(of grantor: String, on day: String) throws -> [String] {
        let result = try poa("authority", "--grantor", grantor, "--on", day, "--format", "json")
        try #require(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let rows = try #require(object["attorneys"] as? [[String: Any]], "\(result.stdout)")
        return rows.compactMap { $0["attorney"] as? String ?? $0["name"] as? String }.sorted()
    }

    func sql(_ query: String) throws -> String {
        let result = try poa("sql", query, "--format", "csv")
        try #require(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    @Test func aNeedsReviewDocumentCompletedByHandGivesAuthorityFromTheDayEntered() throws {
        try importUndated()
        #expect(try sql("SELECT status FROM document").contains("needs-review"))
        let recorded = try poa(
            "record", "grant", "--document", "finch_poa.txt", "--grantor", "Harold Finch", "--attorney", "Mary Quill",
            "--attorney", "Peter Lamb", "--executed-on", "2021-03-04", "--lines", "3-14",
            "--note", "dated in the cover letter of the filing")
        try #require(recorded.status == 0, "\(recorded.stderr)")
        #expect(recorded.stdout.contains("entered instrument #1"))
        #expect(try attorneys(of: "Harold Finch", on: "2021-03-03").isEmpty)
        #expect(try attorneys(of: "Harold Finch", on: "2021-03-04") == ["Mary Quill", "Peter Lamb"])
        // The document counts as imported, the instrument as entered, with who, when and why.
        #expect(try sql("SELECT status, reason FROM document").contains("imported,"))
        #expect(try sql("SELECT source FROM instrument").contains("entered"))
        let change = try sql("SELECT kind, recorded_by, note, line_start, line_end FROM hand_change")
        #expect(change.contains("entry,jroe,dated in the cover letter of the filing,3,14"))
        // `poa explain` and `poa show` cite it as entered by hand.
        let shown = try poa("show", "finch_poa.txt", "--format", "json")
        #expect(shown.stdout.contains("\"entered\""))
        let explained = try poa("explain", "--attorney", "Mary Quill", "--grantor", "Harold Finch", "--on", "2021-06-01")
        #expect(explained.stdout.contains("entered by jroe on "), "\(explained.stdout)")
        #expect(explained.stdout.contains("(dated in the cover letter of the filing)"))
    }

    @Test func undoingAnEntryTakesItsAuthorityAwayAndTheDocumentWaitsAgain() throws {
        try importUndated()
        let recorded = try poa(
            "record", "grant", "--document", "1", "--grantor", "Harold Finch", "--attorney", "Mary Quill",
            "--executed-on", "2021-03-04", "--note", "from the cover letter")
        try #require(recorded.status == 0, "\(recorded.stderr)")
        let undone = try poa("undo", "1")
        try #require(undone.status == 0, "\(undone.stderr)")
        #expect(try attorneys(of: "Harold Finch", on: "2022-01-01").isEmpty)
        #expect(try sql("SELECT status FROM document").contains("needs-review"))
        #expect(try sql("SELECT undone_at IS NOT NULL FROM hand_change WHERE id = 1").contains("1"))
        let again = try poa("undo", "1")
        #expect(again.status == 1)
        #expect(again.stderr.contains("already undone"))
    }

    @Test func aCorrectionWinsEverywhereAndKeepsTheReadingBesideIt() throws {
        try importUndated()
        try #require(
            try poa(
                "record", "grant", "--document", "1", "--grantor", "Harold Finch", "--attorney", "Mary Quill",
                "--attorney", "Peter Lamb", "--executed-on", "2021-03-04", "--note", "entered"
            ).status == 0)
        let corrected = try poa(
            "correct", "1", "--set", "executed_on=2021-05-04", "--set", "attorneys=Mary Quill", "--note", "the year is 2021, the month May")
        try #require(corrected.status == 0, "\(corrected.stderr)")
        #expect(try attorneys(of: "Harold Finch", on: "2021-04-01").isEmpty)
        #expect(try attorneys(of: "Harold Finch", on: "2021-05-04") == ["Mary Quill"])
        #expect(try sql("SELECT executed_on FROM instruments").contains("2021-05-04"))
        let explained = try poa("explain", "--attorney", "Mary Quill", "--grantor", "Harold Finch", "--on", "2021-06-01")
        #expect(explained.stdout.contains("executed_on corrected by jroe on "), "\(explained.stdout)")
        #expect(explained.stdout.contains("from 2021-03-04 to 2021-05-04 (the year is 2021, the month May)"))
        let kept = try sql("SELECT field, read_value, value FROM hand_change WHERE kind = 'correction' ORDER BY id")
        #expect(kept.contains("executed_on,2021-03-04,2021-05-04"))
        #expect(kept.contains("attorneys,Mary Quill; Peter Lamb,Mary Quill"))
        // The same file imported again is a duplicate and changes nothing, corrections included.
        let again = try poa("import", "finch_poa.txt")
        #expect(again.stdout.contains("duplicate"))
        #expect(try sql("SELECT executed_on FROM instruments").contains("2021-05-04"))
        // Undoing the date's correction brings back the value before it; the other stays.
        let dateCorrection = try #require(
            try sql("SELECT id FROM hand_change WHERE field = 'executed_on'").split(separator: "\n").last.map(String.init))
        try #require(try poa("undo", dateCorrection).status == 0)
        #expect(try attorneys(of: "Harold Finch", on: "2021-04-01") == ["Mary Quill"])
    }

    @Test func aCorrectionChangesTheVerdictOfASignatureThatDependedOnIt() throws {
        try #require(try poa("import", AuthorityCommandTests.samples.path).status == 0)
        func verdict() throws -> String? {
            let result = try poa("audit", "--format", "json")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            let rows = try #require(object["signatures"] as? [[String: Any]])
            return rows.first { ($0["document"] as? String)?.hasSuffix("form4_levenson_by_shields_2010-07-08.xml") == true }?["verdict"] as? String
        }
        #expect(try verdict() == "unauthorized")
        // The delegation was signed 2010-07-09; say, by hand, that it was the 8th.
        let delegation = try #require(
            try sql("SELECT id FROM instrument WHERE kind = 'delegation' AND executed_on = '2010-07-09'")
                .split(separator: "\n").dropFirst().first.map(String.init))
        let corrected = try poa("correct", delegation, "--set", "executed_on=2010-07-08", "--note", "the notary's date")
        try #require(corrected.status == 0, "\(corrected.stderr)")
        #expect(try verdict() == "authorized")
        let correction = try #require(corrected.stdout.split(separator: "undo with: poa undo ").last?.prefix { $0.isNumber })
        try #require(try poa("undo", String(correction)).status == 0)
        #expect(try verdict() == "unauthorized")
    }

    @Test func aDelegationAndARevocationEnteredByHandChangeAuthorityOnTheirDays() throws {
        try #require(try poa("import", AuthorityCommandTests.samples.path).status == 0)
        let document = try #require(
            try sql("SELECT document_id FROM instrument WHERE kind = 'grant' AND executed_on = '2010-07-07'")
                .split(separator: "\n").dropFirst().first.map(String.init))
        let delegated = try poa(
            "record", "delegation", "--document", document, "--grantor", "Alan J. Kreczko", "--attorney", "Nora Pell",
            "--executed-on", "2011-02-01", "--parent-grantor", "David N. Levenson", "--parent-executed-on", "2010-07-07",
            "--note", "substitution filed on paper")
        try #require(delegated.status == 0, "\(delegated.stderr)")
        #expect(try !attorneys(of: "David N. Levenson", on: "2011-01-31").contains("Nora Pell"))
        #expect(try attorneys(of: "David N. Levenson", on: "2011-02-01").contains("Nora Pell"))
        let revoked = try poa(
            "record", "revocation", "--document", document, "--grantor", "David N. Levenson", "--executed-on", "2012-01-01",
            "--revokes-all", "--effective-on", "2012-02-01", "--note", "revocation letter sent to the company")
        try #require(revoked.status == 0, "\(revoked.stderr)")
        #expect(try attorneys(of: "David N. Levenson", on: "2012-01-31").contains("Nora Pell"))
        #expect(try attorneys(of: "David N. Levenson", on: "2012-02-01").isEmpty)
        let unknownParent = try poa(
            "record", "delegation", "--document", document, "--grantor", "Alan J. Kreczko", "--attorney", "Nora Pell",
            "--executed-on", "2011-02-01", "--parent-grantor", "Zed Nobody", "--note", "x")
        #expect(unknownParent.status == 1)
        #expect(unknownParent.stderr.contains("Zed Nobody is not in the ledger"))
    }

    @Test func badInputIsRefusedNamingTheValueAndChangesNothing() throws {
        try importUndated()
        let before = try sql("SELECT count(*) FROM hand_change") + sql("SELECT count(*) FROM instrument")
        let noNote = try poa("record", "grant", "--document", "1", "--grantor", "Harold Finch", "--attorney", "Mary Quill", "--executed-on", "2021-03-04")
        #expect(noNote.status == 1)
        #expect(noNote.stderr.contains("a note is required"))
        let blankNote = try poa("record", "grant", "--document", "1", "--grantor", "Harold Finch", "--attorney", "Mary Quill", "--executed-on", "2021-03-04", "--note", "  ")
        #expect(blankNote.stderr.contains("a note is required"))
        let badDay = try poa("record", "grant", "--document", "1", "--grantor", "Harold Finch", "--attorney", "A B", "--executed-on", "2021-02-30", "--note", "x")
        #expect(badDay.status == 64)
        #expect(badDay.stderr.contains("2021-02-30"))
        let unknownDocument = try poa("record", "grant", "--document", "nosuch.txt", "--grantor", "Harold Finch", "--attorney", "A B", "--executed-on", "2021-02-03", "--note", "x")
        #expect(unknownDocument.status == 1)
        #expect(unknownDocument.stderr.contains("no document \"nosuch.txt\""))
        let noAttorney = try poa("record", "grant", "--document", "1", "--grantor", "Harold Finch", "--executed-on", "2021-02-03", "--note", "x")
        #expect(noAttorney.stderr.contains("needs an attorney"))
        let unknownGrantor = try poa(
            "record", "revocation", "--document", "1", "--grantor", "Nobody Atall", "--executed-on", "2021-02-03", "--revokes-all", "--note", "x")
        #expect(unknownGrantor.status == 1)
        #expect(unknownGrantor.stderr.contains("Nobody Atall is not in the ledger"))
        let unknownInstrument = try poa("correct", "42", "--set", "executed_on=2021-01-01", "--note", "x")
        #expect(unknownInstrument.stderr.contains("no instrument #42"))
        try #require(try poa("record", "grant", "--document", "1", "--grantor", "Harold Finch", "--attorney", "Mary Quill", "--executed-on", "2021-03-04", "--note", "x").status == 0)
        let after = try sql("SELECT count(*) FROM hand_change") + sql("SELECT count(*) FROM instrument")
        #expect(after != before)
        let unknownField = try poa("correct", "1", "--set", "colour=blue", "--note", "x")
        #expect(unknownField.stderr.contains("\"colour\" is not a field"))
        let badValue = try poa("correct", "1", "--set", "delegable=perhaps", "--note", "x")
        #expect(badValue.stderr.contains("\"perhaps\" is not a value of delegable"))
        let noCorrectionNote = try poa("correct", "1", "--set", "executed_on=2021-01-01")
        #expect(noCorrectionNote.stderr.contains("a note is required"))
        let unchanged = try poa("correct", "1", "--set", "executed_on=2021-03-04", "--note", "x")
        #expect(unchanged.status == 1)
        #expect(try sql("SELECT count(*) FROM hand_change") == "count(*)\n1\n")
        let unknownChange = try poa("undo", "99")
        #expect(unknownChange.stderr.contains("no recorded fact, hand entry or correction #99"))
    }

    @Test func handChangesAndFactsShareOneSequenceOfIdsAndEveryOneIsLogged() throws {
        try importUndated()
        try #require(
            try poa(
                "record", "grant", "--document", "1", "--grantor", "Harold Finch", "--attorney", "Mary Quill",
                "--executed-on", "2021-03-04", "--issuer", "Acme Widgets, Inc.", "--note", "entered"
            ).status == 0)
        let fact = try poa("obligations-end", "--grantor", "Harold Finch", "--issuer", "Acme Widgets, Inc.", "--on", "2023-01-01", "--note", "left")
        try #require(fact.status == 0, "\(fact.stderr)")
        #expect(fact.stdout.contains("recorded fact #2"))
        try #require(try poa("correct", "1", "--set", "executed_on=2021-03-05", "--note", "typo").status == 0)
        #expect(try sql("SELECT id FROM hand_change ORDER BY id").contains("3"))
        try #require(try poa("undo", "2").status == 0)
        let log = try sql("SELECT who, action, note FROM change_log ORDER BY id")
        for line in ["jroe,record,entered", "jroe,fact,left", "jroe,correct,typo", "jroe,undo,"] {
            #expect(log.contains(line), "\(line) in \(log)")
        }
    }

    @Test func handChangesSurviveRebuildBackupAndRestore() throws {
        try importUndated()
        try #require(
            try poa(
                "record", "grant", "--document", "1", "--grantor", "Harold Finch", "--attorney", "Mary Quill",
                "--executed-on", "2021-03-04", "--note", "entered"
            ).status == 0)
        try #require(try poa("correct", "1", "--set", "executed_on=2021-05-04", "--note", "corrected").status == 0)
        try #require(try poa("rebuild").status == 0)
        #expect(try attorneys(of: "Harold Finch", on: "2021-05-04") == ["Mary Quill"])
        #expect(try attorneys(of: "Harold Finch", on: "2021-04-04").isEmpty)
        let backup = try poa("backup", "copy.sqlite")
        try #require(backup.status == 0, "\(backup.stderr)")
        try #require(try poa("correct", "1", "--set", "executed_on=2021-06-04", "--note", "later").status == 0)
        let restored = try poa("restore", "copy.sqlite")
        try #require(restored.status == 0, "\(restored.stderr)")
        #expect(try attorneys(of: "Harold Finch", on: "2021-05-04") == ["Mary Quill"])
        #expect(try sql("SELECT count(*) FROM hand_change").contains("2"))
    }
}
