import Foundation
import POATestSupport
import Testing

/// `poa audit` and the signature reports, end to end on `Samples/`.
struct AuditCommandTests {
    let workspace: Workspace

    init() throws {
        workspace = try Workspace()
        let result = try workspace.poa("import", AuthorityCommandTests.samples.path)
        try #require(result.status == 0, "\(result.stderr)")
    }

    func run(_ arguments: String...) throws -> String {
        let result = try PoaProcess.run(arguments, in: workspace.folder)
        try #require(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    @Test func theJSONHasTheDocumentedShapeAndEveryVerdictOfTheSamples() throws {
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(try run("audit", "--format", "json").utf8)) as? [String: Any])
        let rows = try #require(object["signatures"] as? [[String: Any]])
        #expect(rows.count == 10)
        for row in rows {
            for key in ["document", "form", "owner", "issuer", "signed_on", "signer", "verdict", "reason", "via"] {
                #expect(row.keys.contains(key), "no \(key) in \(row)")
            }
        }
        let byDocument = Dictionary(
            uniqueKeysWithValues: rows.map { row in (URL(fileURLWithPath: row["document"] as? String ?? "").lastPathComponent, row) })
        let early = try #require(byDocument["form4_levenson_by_shields_2010-07-08.xml"])
        #expect(early["verdict"] as? String == "unauthorized")
        #expect(early["form"] as? String == "4")
        #expect(early["owner"] as? String == "David N. Levenson")
        #expect(early["signer"] as? String == "Terence D. Shields")
        #expect(early["signed_on"] as? String == "2010-07-08")
        #expect((early["reason"] as? String)?.contains("begins only on 2010-07-09") == true)
        #expect((early["via"] as? [Any])?.isEmpty == true)
        let later = try #require(byDocument["form4_levenson_by_shields_2010-07-12.xml"])
        #expect(later["verdict"] as? String == "authorized")
        let via = try #require(later["via"] as? [[String: Any]])
        #expect(via.map { $0["kind"] as? String } == ["grant", "delegation"])
        #expect(via.map { $0["executed_on"] as? String } == ["2010-07-07", "2010-07-09"])
        #expect(Set(rows.compactMap { $0["verdict"] as? String }) == ["authorized", "self", "unauthorized", "unknown-signer"])
    }

    @Test func issuerAndDaysNarrowTheRowsInEveryFormat() throws {
        let csv = try run("audit", "--issuer", "874766", "--from", "2010-07-08", "--until", "2010-07-13", "--format", "csv")
        let lines = csv.split(separator: "\n")
        #expect(lines.first == "document,form,owner,issuer,signed_on,signer,verdict,cause,reason,via")
        #expect(lines.count == 3)
        #expect(lines[1].contains(",not-yet-signed,"))
        #expect(lines[2].contains("grant by David N. Levenson of 2010-07-07 > delegation by Ricardo A. Anzaldua of 2010-07-09"))
        let markdown = try run("audit", "--issuer", "Verdant Logistics Corp", "--format", "markdown")
        #expect(markdown.hasPrefix("| document | form | owner |"))
        #expect(markdown.contains("| 144 |") && markdown.contains("form-not-in-scope"))
        // Wide enough that the table cuts nothing (a piped table is otherwise 120 columns).
        let table = try PoaProcess.run(
            ["audit", "--issuer", "Tessaline Biosciences Corp.", "--format", "table"], in: workspace.folder,
            environment: ["COLUMNS": "1000"]
        ).stdout
        #expect(table.contains("Harbor Ridge Capital Management, LLC") && table.contains("authorized"))
    }

    @Test func wrongArgumentsAreUsageErrorsAndUnknownIssuersFailures() throws {
        let reversed = try workspace.poa("audit", "--from", "2011-01-01", "--until", "2010-01-01")
        #expect(reversed.status == 64)
        #expect(reversed.stderr.contains("must come after --from"))
        let unknown = try workspace.poa("audit", "--issuer", "Nobody Holdings")
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("no issuer named \"Nobody Holdings\""))
        let missing = try workspace.poa("audit", "--db", "absent.sqlite")
        #expect(missing.status == 1)
    }

    @Test func theUnauthorizedSignaturesReportNamesEachWithWhy() throws {
        let rows = try run("report", "unauthorized-signatures", "--format", "csv").split(separator: "\n")
        #expect(rows.first == "issuer,signed_on,form,owner,signer,cause,reason,document,lines")
        let causes = rows.dropFirst().map { row in
            ["superseded", "not-yet-signed", "form-not-in-scope"].first { row.contains(",\($0),") } ?? String(row)
        }
        #expect(causes == ["superseded", "not-yet-signed", "form-not-in-scope"])
    }

    @Test func theSummaryCountsVerdictsByIssuerAndYear() throws {
        let rows = try run("report", "signatures-by-issuer-year", "--format", "csv").split(separator: "\n").map(String.init)
        #expect(rows.first == "issuer,year,signatures,authorized,self,unauthorized,unknown_signer,unknown_owner")
        #expect(rows.contains("\"The Hartford Financial Services Group, Inc.\",2010,4,1,1,1,1,0"))
        #expect(rows.contains("Verdant Logistics Corp,2023,1,0,0,1,0,0"))
    }

    @Test func importingAPOAAfterItsFormsChangesTheirVerdicts() throws {
        let fresh = try Workspace()
        let samples = AuthorityCommandTests.samples
        for name in ["form4_levenson_by_shields_2010-07-12.xml", "002_81423e081c3010c2.txt"] {
            #expect(try fresh.poa("import", samples.appendingPathComponent(name).path).status == 0)
            if name.hasPrefix("form4") {
                #expect(try fresh.poa("audit", "--format", "csv").stdout.contains(",unknown-signer,"))
            }
        }
        #expect(try fresh.poa("audit", "--format", "csv").stdout.contains(",authorized,delegation,"))
    }
}
