import Foundation
import POATestSupport
import Testing

/// Issue 22, items 1 and 2: a named report's person, issuer, day and form parameters, and every
/// `--form`, resolve as the commands resolve them, or are refused; none is taken literally.
struct ParameterResolutionTests {
    let workspace: Workspace

    /// A ledger of the seed grants (000-003) and the sample Form 4 filings.
    init() throws {
        workspace = try Workspace()
        let samples = AuthorityCommandTests.samples
        let names = try FileManager.default.contentsOfDirectory(atPath: samples.path)
            .filter { $0.range(of: #"^00[0-3]_|^form4_.*\.xml$"#, options: .regularExpression) != nil }.sorted()
        let result = try PoaProcess.run(["import"] + names.map { samples.appendingPathComponent($0).path }, in: workspace.folder)
        try #require(result.status == 0, "\(result.stderr)")
    }

    func csv(_ arguments: String...) throws -> (status: Int32, rows: [Substring], stderr: String) {
        let result = try PoaProcess.run(arguments + ["--format", "csv"], in: workspace.folder)
        return (result.status, result.stdout.split(separator: "\n").dropFirst().map { $0 }, result.stderr)
    }

    // MARK: Item 1: named reports

    @Test func aReportFindsAGrantorByTheNameTheCommandsAccept() throws {
        let history = try csv("report", "grantor-history", "--param", "grantor=David Levenson")
        #expect(history.status == 0, "\(history.stderr)")
        #expect(history.rows.count == 2)
        #expect(history.rows.first?.contains("David N. Levenson") == true)
        // EDGAR's order and another case find the same person.
        #expect(try csv("report", "grantor-history", "--param", "grantor=LEVENSON DAVID N").rows == history.rows)
        let principals = try csv(
            "report", "principals-of-attorney", "--param", "attorney=terence shields", "--param", "day=2010-08-01")
        #expect(principals.status == 0, "\(principals.stderr)")
        #expect(principals.rows.map { $0.prefix { $0 != "," } } == ["Alan J. Kreczko", "David N. Levenson"])
    }

    @Test(arguments: ["2016-13-01", "yesterday", "2016-02-30", "2016-1-5"])
    func aMalformedDayIsAUsageError(day: String) throws {
        let result = try workspace.poa("report", "authority-on", "--param", "day=\(day)")
        #expect(result.status == 64, "\(result.stdout)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("--param day=\(day)"), "\(result.stderr)")
        #expect(result.stderr.contains("YYYY-MM-DD"))
    }

    @Test func anUnknownPersonFailsNamingIt() throws {
        let result = try workspace.poa("report", "grantor-history", "--param", "grantor=David Levensen Smith")
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("no person named \"David Levensen Smith\""), "\(result.stderr)")
    }

    @Test func anAmbiguousPersonFailsListingTheCandidates() throws {
        // A second David Levenson, with another middle initial, signs a grant of his own.
        let text = try String(contentsOf: AuthorityCommandTests.samples.appendingPathComponent("001_d4854451c619ed0f.txt"), encoding: .utf8)
        try text.replacingOccurrences(of: "/s/ Alan J. Kreczko", with: "/s/ David M. Levenson")
            .write(toFile: workspace.path("other.txt"), atomically: true, encoding: .utf8)
        #expect(try workspace.poa("import", "other.txt").status == 0)
        let result = try workspace.poa("report", "grantor-history", "--param", "grantor=David Levenson")
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("David N. Levenson") && result.stderr.contains("David M. Levenson"), "\(result.stderr)")
        #expect(try csv("report", "grantor-history", "--param", "grantor=David M. Levenson").rows.count == 1)
    }

    @Test func anIssuerIsFoundByNameOrCIKAndAFilingByAnyUsualSpelling() throws {
        let byName = try csv(
            "report", "signatures-of-issuer", "--param", "issuer=The Hartford Financial Services Group, Inc.",
            "--param", "form=Form 4")
        #expect(byName.status == 0, "\(byName.stderr)")
        #expect(byName.rows.count == 5)
        #expect(byName.rows.allSatisfy { !$0.contains("Tessaline") })
        #expect(try csv("report", "signatures-of-issuer", "--param", "issuer=874766", "--param", "form=4").rows == byName.rows)
        let amended = try csv("report", "signatures-of-issuer", "--param", "issuer=0000874766", "--param", "form=form 4/a")
        #expect(amended.status == 0, "\(amended.stderr)")
        #expect(amended.rows.isEmpty)
        let unknown = try workspace.poa("report", "signatures-of-issuer", "--param", "issuer=Acme Widgets", "--param", "form=4")
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("no issuer named \"Acme Widgets\""), "\(unknown.stderr)")
    }

    @Test(arguments: ["10-K", "form4", "13G", "4/B"])
    func aFilingThatIsNoFormPoaAnswersForIsAUsageError(form: String) throws {
        let result = try workspace.poa("report", "signatures-of-issuer", "--param", "issuer=874766", "--param", "form=\(form)")
        #expect(result.status == 64)
        #expect(result.stderr.contains("ID, 3, 4, 5, 144") && result.stderr.contains("4/A"), "\(result.stderr)")
    }

    @Test func reportListShowsWhatEachParameterTakes() throws {
        let result = try workspace.poa("report", "list")
        #expect(result.status == 0)
        #expect(result.stdout.contains("--param grantor=NAME  the grantor"))
        #expect(result.stdout.contains("--param day=YYYY-MM-DD"))
        #expect(result.stdout.contains("--param issuer=NAME|CIK"))
    }

    @Test func sqlParametersStayLiteralAndItsHelpSaysSo() throws {
        let result = try workspace.poa("sql", "SELECT :day AS day", "--param", "day=yesterday", "--format", "csv")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "day\nyesterday\n")
        let help = try workspace.poa("sql", "--help")
        #expect(help.stdout.contains("literally"), "\(help.stdout)")
    }

    // MARK: Item 2: forms

    @Test(arguments: ["form4", "10", "13G", "4/A", "Form", ""])
    func anUnknownFormIsAUsageErrorListingTheForms(form: String) throws {
        for command in [
            ["authority", "--grantor", "David N. Levenson", "--on", "2010-08-01"],
            ["explain", "--grantor", "David N. Levenson", "--attorney", "Terence D. Shields", "--on", "2010-08-01"],
        ] {
            let result = try PoaProcess.run(command + ["--form", form], in: workspace.folder)
            #expect(result.status == 64, "\(command[0]) --form \(form): \(result.stdout)")
            #expect(result.stdout.isEmpty)
            #expect(result.stderr.contains("'ID', '3', '4', '5' or '144'"), "\(result.stderr)")
        }
    }

    @Test(arguments: [("4", "4"), ("Form 4", "4"), ("form id", "ID"), (" FORM 144 ", "144"), ("3", "3")])
    func aFormIsReadAsUsersWriteIt(form: String, expected: String) throws {
        let result = try PoaProcess.run(
            ["authority", "--grantor", "David N. Levenson", "--on", "2010-08-01", "--form", form, "--format", "json"],
            in: workspace.folder)
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["form"] as? String == expected)
    }

    @Test func theHelpListsTheForms() throws {
        for command in ["authority", "explain"] {
            let help = try workspace.poa(command, "--help")
            #expect(help.stdout.contains("(values: ID, 3, 4, 5, 144)"), "\(command): \(help.stdout)")
            #expect(!help.stdout.contains("13G"))
        }
    }
}
