import Foundation
import POATestSupport
import Testing

/// Issue 22, item 3: a grantor with powers of attorney for two issuers. Every answer names the
/// issuer, `--issuer` narrows every command, the picture gives each attorney a lane per issuer,
/// and authority whose issuer could not be read is shown as possibly covering the issuer asked
/// about, never silently dropped.
struct IssuerEverywhereTests {
    let workspace: Workspace

    /// A signing-singly POA of Jane Roe for `company` ("the Company" alone when nil).
    static func poa(company: String?, attorneys: String, day: String) -> String {
        """
        POWER OF ATTORNEY

        Know all by these presents, that the undersigned hereby constitutes and appoints each of
        \(attorneys), signing singly, the undersigned's true and lawful attorney-in-fact to:

        (1) execute for and on behalf of the undersigned, in the undersigned's capacity as an officer
        and/or director of \(company.map { "\($0) (the \"Company\")" } ?? "the Company"), Forms 3, 4, and 5 in accordance with
        Section 16(a) of the Securities Exchange Act of 1934 and the rules thereunder;

        IN WITNESS WHEREOF, the undersigned has caused this Power of Attorney to be executed as of \(day).

        /s/ Jane Roe
        Jane Roe

        """
    }

    init() throws {
        workspace = try Workspace()
        let folder = workspace.path("filings")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Self.poa(company: "Acme Widgets, Inc.", attorneys: "Mary Quill and Peter Lamb", day: "2019-05-01")
            .write(toFile: folder + "/acme.txt", atomically: true, encoding: .utf8)
        try Self.poa(company: "Borealis Mining Corp.", attorneys: "Mary Quill and Peter Lamb", day: "2020-02-03")
            .write(toFile: folder + "/borealis.txt", atomically: true, encoding: .utf8)
        try Self.poa(company: nil, attorneys: "Nora Pell and Owen Vale", day: "2021-01-04")
            .write(toFile: folder + "/unnamed.txt", atomically: true, encoding: .utf8)
        let imported = try workspace.poa("import", "filings")
        try #require(imported.status == 0, "\(imported.stderr)")
        try #require(imported.stdout.contains("3 imported"), "\(imported.stdout)")
    }

    func run(_ arguments: String...) throws -> String {
        let result = try PoaProcess.run(arguments, in: workspace.folder)
        try #require(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    @Test func everyAttorneyLineOfAuthorityNamesItsIssuer() throws {
        let lines = try run("authority", "--grantor", "Jane Roe", "--on", "2021-06-01").split(separator: "\n").dropFirst()
        let quill = lines.filter { $0.contains("Mary Quill") }
        #expect(quill.count == 2)
        #expect(quill.contains { $0.contains("Acme Widgets, Inc.") })
        #expect(quill.contains { $0.contains("Borealis Mining Corp.") })
        #expect(lines.contains { $0.contains("Nora Pell") && $0.contains("(issuer not read)") })
        let timeline = try run("timeline", "--grantor", "Jane Roe").split(separator: "\n")
        #expect(timeline.filter { $0.contains("Mary Quill") && $0.contains("Borealis Mining Corp.") }.count == 1)
        // Columns line up, and periods read one way.
        let issuerColumn = Set(timeline.compactMap { line in line.range(of: "for Jane Roe").map { line.distance(from: line.startIndex, to: $0.lowerBound) } })
        #expect(issuerColumn.count == 1)
        #expect(timeline.allSatisfy { $0.contains("from 20") && ($0.contains(", in force") || $0.contains(" until 20")) })
    }

    @Test func anIssuerNarrowsAuthorityTimelineAndPrincipalsAndKeepsWhatCouldNotBeRead() throws {
        let acme = try run("authority", "--grantor", "Jane Roe", "--on", "2021-06-01", "--issuer", "Acme Widgets, Inc.")
        #expect(!acme.contains("Borealis"))
        #expect(acme.split(separator: "\n").contains { $0.contains("Nora Pell ") && $0.contains("  (issuer not read: may cover Acme Widgets, Inc.)  ") })
        #expect(acme.contains("2 of these rest on a power of attorney whose issuer could not be read"))
        let json = try #require(
            try JSONSerialization.jsonObject(
                with: Data(try run("authority", "--grantor", "Jane Roe", "--on", "2021-06-01", "--issuer", "Acme Widgets, Inc.", "--format", "json").utf8))
                as? [String: Any])
        let rows = try #require(json["attorneys"] as? [[String: Any]])
        #expect(rows.count == 4)
        #expect(rows.filter { $0["may_cover"] as? String == "Acme Widgets, Inc." }.count == 2)
        let principals = try run("authority", "--attorney", "Mary Quill", "--on", "2021-06-01", "--issuer", "Borealis Mining Corp.")
        #expect(principals.contains("Borealis Mining Corp.") && !principals.contains("Acme"))
        let timeline = try run("timeline", "--grantor", "Jane Roe", "--issuer", "Borealis Mining Corp.")
        #expect(!timeline.contains("Acme"))
        #expect(timeline.contains("may cover Borealis Mining Corp."))
    }

    @Test func thePictureDrawsOneLanePerAttorneyAndIssuer() throws {
        let svg = try run("timeline", "--grantor", "Jane Roe", "--format", "svg")
        let lanes = svg.components(separatedBy: "class=\"lane\"").count - 1
        #expect(lanes == 6, "Mary Quill and Peter Lamb for two issuers, Nora Pell and Owen Vale for one")
        #expect(svg.contains(">Borealis Mining Corp.</text>"))
        let html = try run("timeline", "--grantor", "Jane Roe", "--format", "html")
        #expect(html.contains("<th>Issuer</th>"))
        #expect(html.contains("<td>Acme Widgets, Inc.</td>"))
    }

    @Test func aLedgerBesideTheFilingsIsNotImportedAsAFiling() throws {
        let again = try workspace.poa("import", ".")
        #expect(!again.stdout.contains("poa.sqlite"), "\(again.stdout)")
        #expect(again.stdout.contains("3 duplicate"))
    }
}

/// Issue 22, item 4: a name that fits a person known only from another company's filings is
/// not an identification. The audit says how each signer was identified, shows the name as
/// written, and does not judge a signature on such a match.
struct CrossIssuerNameTests {
    @Test func anotherCompanysJaneRoeDoesNotSignAHartfordFormAsUnauthorized() throws {
        let workspace = try Workspace()
        let folder = workspace.path("filings")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for name in ["002_81423e081c3010c2.txt", "form4_levenson_by_shields_2010-07-12.xml"] {
            try FileManager.default.copyItem(
                atPath: AuthorityCommandTests.samples.appendingPathComponent(name).path, toPath: folder + "/" + name)
        }
        let form4 = try String(contentsOf: AuthorityCommandTests.samples.appendingPathComponent("form4_levenson_by_shields_2010-07-12.xml"), encoding: .utf8)
        try form4.replacingOccurrences(of: "Terence Shields, Attorney-in-Fact for David N. Levenson", with: "/s/ Jane Q. Roe, Attorney-in-Fact for David N. Levenson")
            .replacingOccurrences(of: "2010-07-12", with: "2010-08-02")
            .write(toFile: folder + "/form4_by_roe.xml", atomically: true, encoding: .utf8)
        try form4.replacingOccurrences(of: "Terence Shields, Attorney-in-Fact for David N. Levenson", with: "/s/ Jane Roe, Attorney-in-Fact for David N. Levenson")
            .replacingOccurrences(of: "2010-07-12", with: "2010-08-09")
            .write(toFile: folder + "/form4_by_jane_roe.xml", atomically: true, encoding: .utf8)
        try IssuerEverywhereTests.poa(company: "Acme Widgets, Inc.", attorneys: "Jane Roe and Mary Quill", day: "2009-01-05")
            .replacingOccurrences(of: "Jane Roe\nJane Roe", with: "Owen Vale\nOwen Vale")
            .replacingOccurrences(of: "/s/ Jane Roe", with: "/s/ Owen Vale")
            .write(toFile: folder + "/acme_vale.txt", atomically: true, encoding: .utf8)
        let imported = try workspace.poa("import", "filings")
        try #require(imported.status == 0, "\(imported.stderr)")

        let audit = try workspace.poa("audit", "--format", "json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(audit.stdout.utf8)) as? [String: Any])
        let rows = try #require(object["signatures"] as? [[String: Any]])
        let roe = try #require(rows.first { ($0["document"] as? String)?.hasSuffix("form4_by_roe.xml") == true })
        #expect(roe["verdict"] as? String == "unknown-signer")
        #expect(roe["cause"] as? String == "name-other-issuer")
        #expect(roe["matched_by"] as? String == "name, other issuer")
        #expect((roe["reason"] as? String)?.contains("known only from the filings of Acme Widgets, Inc.") == true)
        // The very same spelling is judged, and the reason says how the signer was identified.
        let same = try #require(rows.first { ($0["document"] as? String)?.hasSuffix("form4_by_jane_roe.xml") == true })
        #expect(same["verdict"] as? String == "unauthorized")
        #expect(same["matched_by"] as? String == "name, other issuer")
        #expect((same["reason"] as? String)?.contains("identified by name only (Jane Roe, known only from the filings of Acme Widgets, Inc.)") == true)
        let shields = try #require(rows.first { ($0["document"] as? String)?.hasSuffix("shields_2010-07-12.xml") == true })
        #expect(shields["verdict"] as? String == "authorized")
        #expect(shields["matched_by"] as? String == "name")
        let table = try workspace.poa("audit", "--format", "csv")
        #expect(table.stdout.contains("Jane Roe (as written: /s/ Jane Q. Roe, Attorney-in-Fact for David N. Levenson)"), "\(table.stdout)")

        // A person settles it: "Jane Q. Roe" is Acme's Jane Roe (merge), then not (split), then undone.
        func roeRow() throws -> [String: Any] {
            let audit = try workspace.poa("audit", "--format", "json")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(audit.stdout.utf8)) as? [String: Any])
            let rows = try #require(object["signatures"] as? [[String: Any]])
            return try #require(rows.first { ($0["document"] as? String)?.hasSuffix("form4_by_roe.xml") == true })
        }
        let merged = try workspace.poa("people", "merge", "Jane Q. Roe", "--into", "Jane Roe", "--note", "the same Jane Roe moved from Acme", environment: ["POA_USER": "jroe"])
        try #require(merged.status == 0, "\(merged.stderr)")
        #expect(merged.stdout.contains("1 signature(s) under that name judged again"))
        var row = try roeRow()
        #expect(row["verdict"] as? String == "unauthorized")
        #expect(row["matched_by"] as? String == "confirmed")
        #expect((row["reason"] as? String)?.contains("identified by a person's decision") == true)
        let mergeId = try #require(merged.stdout.split(separator: "undo with: poa undo ").last?.prefix { $0.isNumber })
        try #require(try workspace.poa("undo", String(mergeId)).status == 0)
        #expect(try roeRow()["cause"] as? String == "name-other-issuer")
        let split = try workspace.poa("people", "split", "Jane Roe", "--from", "Jane Roe", "--note", "a different Jane Roe", environment: ["POA_USER": "jroe"])
        try #require(split.status == 0, "\(split.stderr)")
        row = try #require(try {
            let audit = try workspace.poa("audit", "--format", "json")
            let object = try JSONSerialization.jsonObject(with: Data(audit.stdout.utf8)) as? [String: Any]
            return (object?["signatures"] as? [[String: Any]])?.first { ($0["document"] as? String)?.hasSuffix("form4_by_jane_roe.xml") == true }
        }())
        #expect(row["verdict"] as? String == "unknown-signer")
        #expect(row["cause"] as? String == "not-known")
        let noNote = try workspace.poa("people", "merge", "Jane Q. Roe", "--into", "Jane Roe", environment: ["POA_USER": "jroe"])
        #expect(noNote.status == 1)
        #expect(noNote.stderr.contains("a note is required"))
        let log = try workspace.poa("log", "--format", "csv").stdout
        #expect(log.contains("Jane Q. Roe\"\" is Jane Roe") && log.contains("Jane Roe\"\" is not Jane Roe"), "\(log)")
    }
}

/// Issue 22, item 12, through the CLI: a delegate's lane under its delegator's, the picture
/// as of today from one ledger, and the days narrowed with --from and --until.
struct TimelinePictureCommandTests {
    @Test func delegatesAreDrawnUnderTheirDelegatorAndDaysNarrowTheTimeline() throws {
        let workspace = try Workspace()
        try #require(try workspace.poa("import", AuthorityCommandTests.samples.path).status == 0)
        let svg = try workspace.poa("timeline", "--grantor", "David N. Levenson", "--format", "svg").stdout
        let anzaldua = try #require(svg.range(of: ">Ricardo A. Anzaldua</text>"))
        let shields = try #require(svg.range(of: ">\u{21B3} Terence D. Shields</text>"))
        let hunt = try #require(svg.range(of: ">Donald C. Hunt</text>"))
        #expect(hunt.lowerBound < anzaldua.lowerBound && anzaldua.lowerBound < shields.lowerBound)
        #expect(svg.contains("from Ricardo A. Anzaldua"))
        #expect(svg.contains("as of \(ISO8601DateFormatter.string(from: Date(), timeZone: TimeZone(identifier: "UTC")!, formatOptions: [.withFullDate]))"))
        #expect(svg.contains("ledger poa.sqlite"))
        let all = try workspace.poa("timeline", "--grantor", "David N. Levenson").stdout.split(separator: "\n")
        let early = try workspace.poa("timeline", "--grantor", "David N. Levenson", "--until", "2010-07-09").stdout.split(separator: "\n")
        #expect(!early.isEmpty && early.count < all.count)
        #expect(early.allSatisfy { $0.contains("from 2010-07-07") })
        // The text timeline says why each interval ended.
        let kelly = try workspace.poa("timeline", "--grantor", "Edward J. Kelly, III").stdout
        #expect(kelly.contains("from 2004-02-19 until 2006-05-01 (superseded)"), "\(kelly)")
        let reversed = try workspace.poa("timeline", "--grantor", "David N. Levenson", "--from", "2011-01-01", "--until", "2010-01-01")
        #expect(reversed.status == 64)
    }
}
