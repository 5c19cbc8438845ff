import Foundation
import POATestSupport
import Testing

/// Issue 22, items 7-9, end to end: `explain` says which forms and which issuer, exits 1 for a
/// no and defaults to today; the fact commands say what they changed (and warn when nothing),
/// `poa facts` lists them for `poa undo`, and a fact needs a name for who records it; a
/// superseding grant whose issuer could not be read waits for review, and `explain` says so.
struct ExplainAndFactsTests {
    let workspace: Workspace

    init() throws {
        workspace = try Workspace()
    }

    /// A grant of Forms 3, 4 and 5 by Harold Finch for Acme Widgets, Inc., signed 2021-03-04.
    static let grant = """
        POWER OF ATTORNEY

        Know all by these presents, that the undersigned hereby constitutes and appoints each of
        Mary Quill and Peter Lamb, signing singly, the undersigned's true and lawful attorney-in-fact to:

        (1) execute for and on behalf of the undersigned, in the undersigned's capacity as an officer
        and/or director of Acme Widgets, Inc. (the "Company"), Forms 3, 4, and 5 in accordance with
        Section 16(a) of the Securities Exchange Act of 1934 and the rules thereunder;

        IN WITNESS WHEREOF, the undersigned has caused this Power of Attorney to be executed as of
        this 4th day of March, 2021.

        /s/ Harold Finch
        Harold Finch

        """

    /// A later grant by Harold Finch that supersedes the earlier ones, naming no issuer ("the
    /// Company" only), in a plain file with no submission header.
    static let supersedingWithoutIssuer = """
        POWER OF ATTORNEY

        Know all by these presents, that the undersigned hereby constitutes and appoints
        Oliver Stone, signing singly, the undersigned's true and lawful attorney-in-fact to:

        (1) execute for and on behalf of the undersigned, in the undersigned's capacity as an officer
        and/or director of the Company, Forms 3, 4, and 5 in accordance with Section 16(a) of the
        Securities Exchange Act of 1934 and the rules thereunder.

        This authorization shall supersede all prior authorizations to act for the undersigned with
        respect to securities of the Company in these matters, which prior authorizations are hereby
        revoked.

        IN WITNESS WHEREOF, the undersigned has caused this Power of Attorney to be executed as of
        this 1st day of September, 2022.

        /s/ Harold Finch
        Harold Finch

        """

    func poa(_ arguments: String..., environment: [String: String] = ["POA_USER": "jroe"]) throws -> PoaProcess.Result {
        try PoaProcess.run(arguments, in: workspace.folder, environment: environment)
    }

    func importText(_ text: String, as name: String) throws -> PoaProcess.Result {
        try text.write(toFile: workspace.path(name), atomically: true, encoding: .utf8)
        return try poa("import", name)
    }

    func importGrant() throws {
        let imported = try importText(Self.grant, as: "finch_2021.txt")
        try #require(imported.status == 0, "\(imported.stdout)\(imported.stderr)")
        try #require(imported.stdout.contains("imported"), "\(imported.stdout)")
    }

    func object(_ result: PoaProcess.Result) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "\(result.stdout)")
    }

    // MARK: item 7

    @Test func explainSaysWhichFormsAndWhichIssuer() throws {
        try importGrant()
        let yes = try poa("explain", "--attorney", "Mary Quill", "--grantor", "Harold Finch", "--on", "2021-06-01")
        #expect(yes.status == 0, "\(yes.stderr)")
        #expect(yes.stdout.contains("Mary Quill may sign Forms 3, 4, 5 for Harold Finch on 2021-06-01."), "\(yes.stdout)")
        #expect(!yes.stdout.contains("any form"), "\(yes.stdout)")
        #expect(yes.stdout.contains("the grant by Harold Finch of 2021-03-04 for Acme Widgets, Inc. (finch_2021.txt"), "\(yes.stdout)")
        let listed = try poa("authority", "--grantor", "Harold Finch", "--on", "2021-06-01")
        #expect(listed.status == 0)
        #expect(!listed.stdout.contains("any form"), "\(listed.stdout)")
        // "any form" stays for a grant of every Section 16 form (ID, 3, 4, 5 and 144).
        let seed = AuthorityCommandTests.samples.appendingPathComponent("002_81423e081c3010c2.txt").path
        try #require(try poa("import", seed).status == 0)
        let all = try poa("explain", "--attorney", "Alan J. Kreczko", "--grantor", "David N. Levenson", "--on", "2010-08-01")
        #expect(all.status == 0, "\(all.stderr)")
        #expect(all.stdout.contains("Alan J. Kreczko may sign any form for David N. Levenson"), "\(all.stdout)")
    }

    @Test func explainExitsOneForANoAndZeroForAYes() throws {
        try importGrant()
        let no = try poa("explain", "--attorney", "Mary Quill", "--grantor", "Harold Finch", "--on", "2021-03-03")
        #expect(no.status == 1)
        #expect(no.stdout.hasPrefix("NO"))
        #expect(no.stderr.isEmpty, "\(no.stderr)")
        let json = try poa(
            "explain", "--attorney", "Mary Quill", "--grantor", "Harold Finch", "--on", "2021-03-03", "--format", "json")
        #expect(json.status == 1)
        #expect(try object(json)["authorized"] as? Bool == false)
        let yes = try poa("explain", "--attorney", "Mary Quill", "--grantor", "Harold Finch", "--on", "2021-03-04", "--form", "4")
        #expect(yes.status == 0)
        let unknown = try poa("explain", "--attorney", "Nobody Atall", "--grantor", "Harold Finch", "--on", "2021-03-04")
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("Error:"))
    }

    // MARK: item 8

    @Test func aFactThatChangesNothingSaysSoAndHowToUndoIt() throws {
        try importGrant()
        let early = try poa("revoke", "--grantor", "Harold Finch", "--on", "2020-01-01")
        #expect(early.status == 0, "\(early.stderr)")
        #expect(early.stdout.contains("recorded fact #1"))
        #expect(early.stderr.contains("warning: fact #1 changed no interval of authority and no signature verdict"), "\(early.stderr)")
        #expect(early.stderr.contains("a revocation does not reach grants signed after it"))
        #expect(early.stderr.contains("poa undo 1"))
        let departed = try poa("departed", "--person", "Mary Quill", "--issuer", "Acme Widgets, Inc.", "--on", "2022-01-01")
        #expect(departed.status == 0, "\(departed.stderr)")
        #expect(departed.stderr.contains("warning: fact #2 changed no interval"), "\(departed.stdout)\(departed.stderr)")
        #expect(departed.stderr.contains("ties this person's authority to their employment"))
    }

    @Test func aFactThatChangesAuthoritySaysWhat() throws {
        try importGrant()
        let ended = try poa(
            "obligations-end", "--grantor", "Harold Finch", "--issuer", "Acme Widgets, Inc.", "--on", "2022-01-01", "--note", "retired")
        #expect(ended.status == 0, "\(ended.stderr)")
        #expect(ended.stderr.isEmpty, "\(ended.stderr)")
        #expect(ended.stdout.contains("2 intervals of authority changed:"), "\(ended.stdout)")
        #expect(ended.stdout.contains("Mary Quill for Harold Finch (Acme Widgets, Inc.) from 2021-03-04: ended: now until 2022-01-01, was open"))
        #expect(ended.stdout.contains("Peter Lamb for Harold Finch"))
        let undone = try poa("undo", "1")
        #expect(undone.status == 0)
        #expect(undone.stdout.contains("lengthened: now open, was until 2022-01-01"), "\(undone.stdout)")
    }

    @Test func factsAreListedWithTheirIdsForUndo() throws {
        try importGrant()
        #expect(try poa("facts").stdout.contains("No facts recorded."))
        try #require(
            try poa("obligations-end", "--grantor", "Harold Finch", "--issuer", "Acme Widgets, Inc.", "--on", "2022-01-01",
                "--note", "retired").status == 0)
        try #require(try poa("departed", "--person", "Peter Lamb", "--issuer", "Acme Widgets, Inc.", "--on", "2021-12-01").status == 0)
        try #require(try poa("undo", "1").status == 0)
        let text = try poa("facts", "--grantor", "Harold Finch")
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("#1  obligations-end  Harold Finch  for Acme Widgets, Inc.  on 2022-01-01"), "\(text.stdout)")
        #expect(text.stdout.contains("#2  departure  Peter Lamb"), "\(text.stdout)")
        let json = try poa("facts", "--format", "json")
        let facts = try #require(try object(json)["facts"] as? [[String: Any]])
        #expect(facts.compactMap { $0["id"] as? Int } == [1, 2])
        #expect(facts.first?["kind"] as? String == "obligations-end")
        #expect(facts.first?["person"] as? String == "Harold Finch")
        #expect(facts.first?["issuer"] as? String == "Acme Widgets, Inc.")
        #expect(facts.first?["day"] as? String == "2022-01-01")
        #expect(facts.first?["note"] as? String == "retired")
        #expect(facts.first?["who"] as? String == "jroe")
        #expect(facts.first?["when"] is String)
        #expect(facts.first?["undone"] is String)
        #expect(facts.last?["undone"] is NSNull)
    }

    @Test func aFactWithNoKnownAuthorAsksForBy() throws {
        try importGrant()
        let nobody = ["POA_USER": "", "USER": ""]
        let refused = try poa(
            "obligations-end", "--grantor", "Harold Finch", "--issuer", "Acme Widgets, Inc.", "--on", "2022-01-01",
            environment: nobody)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("give --by NAME"), "\(refused.stderr)")
        #expect(try poa("facts").stdout.contains("No facts recorded."))
        let named = try poa(
            "obligations-end", "--grantor", "Harold Finch", "--issuer", "Acme Widgets, Inc.", "--on", "2022-01-01", "--by", "ana",
            environment: nobody)
        #expect(named.status == 0, "\(named.stderr)")
        let facts = try #require(try object(try poa("facts", "--format", "json"))["facts"] as? [[String: Any]])
        #expect(facts.first?["who"] as? String == "ana")
    }

    // MARK: item 9

    @Test func aSupersedingGrantWithNoIssuerWaitsForReviewAndExplainSaysSo() throws {
        try importGrant()
        let newer = try importText(Self.supersedingWithoutIssuer, as: "finch_2022.txt")
        #expect(newer.stdout.contains("needs-review"), "\(newer.stdout)")
        #expect(
            newer.stdout.contains(
                "supersedes earlier powers of attorney, but its issuer could not be read: which grants it ends is unknown"),
            "\(newer.stdout)")
        let explained = try poa("explain", "--attorney", "Mary Quill", "--grantor", "Harold Finch", "--on", "2023-01-01")
        #expect(explained.stdout.hasPrefix("YES"), "\(explained.stdout)")
        #expect(explained.stdout.contains("finch_2022.txt (document #2) mentions Harold Finch but waits for review"), "\(explained.stdout)")
    }

    @Test func explainNamesAGrantWhoseIssuerCouldNotBeReadWhenAskedAboutAnIssuer() throws {
        try importGrant()
        let unplaced = Self.supersedingWithoutIssuer
            .replacingOccurrences(
                of: """
                    This authorization shall supersede all prior authorizations to act for the undersigned with
                    respect to securities of the Company in these matters, which prior authorizations are hereby
                    revoked.

                    """, with: "")
            .replacingOccurrences(of: "Oliver Stone", with: "Mary Quill")
        let imported = try importText(unplaced, as: "finch_unplaced.txt")
        try #require(imported.status == 0, "\(imported.stdout)\(imported.stderr)")
        let explained = try poa(
            "explain", "--attorney", "Mary Quill", "--grantor", "Harold Finch", "--on", "2023-01-01", "--issuer", "Acme Widgets, Inc.")
        #expect(explained.status == 0, "\(explained.stdout)\(explained.stderr)")
        #expect(
            explained.stdout.contains(
                "The grant by Harold Finch of 2022-09-01 (finch_unplaced.txt, lines 1-15) names no issuer that could be read"),
            "\(explained.stdout)")
        #expect(explained.stdout.contains("for an issuer that could not be read"))
    }

    @Test func explainTakesTodayAsItsDefaultDay() throws {
        try importGrant()
        let today = try poa("explain", "--attorney", "Mary Quill", "--grantor", "Harold Finch")
        #expect(today.status == 0, "\(today.stderr)")
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        #expect(today.stdout.contains("on \(formatter.string(from: Date()))."), "\(today.stdout)")
    }
}
