import Foundation
import Testing

@testable import POAReports

struct ReportCatalogTests {
    @Test func theShippedReportsAreEmbeddedWithTheirSummaries() throws {
        let catalog = ReportCatalog.shipped
        let names = catalog.reports.map(\.name)
        #expect(names.contains("documents"))
        #expect(names.contains("documents-needing-review"))
        #expect(names == names.sorted())
        for report in catalog.reports { #expect(!report.summary.isEmpty, "\(report.name) has no summary line") }
    }

    @Test func aReportFileGivesItsSummaryAndParameters() {
        let catalog = ReportCatalog(files: [
            (
                "authority-on",
                """
                -- Who may sign for whom on a day.
                -- :day the day (YYYY-MM-DD)
                -- :issuer the issuer's CIK
                SELECT :day, ':not_a_parameter', "col:umn", [x:y] -- :nor_this
                FROM t WHERE issuer = @issuer AND d = :day /* :nope */
                """
            )
        ])
        let report = catalog.reports[0]
        #expect(report.summary == "Who may sign for whom on a day.")
        #expect(
            report.parameters == [
                ReportParameter(name: "day", help: "the day (YYYY-MM-DD)"),
                ReportParameter(name: "issuer", help: "the issuer's CIK"),
            ])
    }

    @Test func aParameterLineMayDeclareItsKind() {
        let report = ReportCatalog(files: [
            (
                "r",
                """
                -- R.
                -- :who person  the grantor
                -- :on day
                -- :f filing\tthe form as filed
                -- :n number of rows
                SELECT :who, :on, :f, :n, :plain
                """
            )
        ]).reports[0]
        #expect(
            report.parameters == [
                ReportParameter(name: "who", help: "the grantor", kind: .person),
                ReportParameter(name: "on", help: "", kind: .day),
                ReportParameter(name: "f", help: "the form as filed", kind: .filing),
                ReportParameter(name: "n", help: "number of rows"),
                ReportParameter(name: "plain", help: ""),
            ])
    }

    @Test func everyShippedParameterDeclaresItsKind() {
        for report in ReportCatalog.shipped.reports {
            for parameter in report.parameters {
                #expect(parameter.kind != nil, "\(report.name) :\(parameter.name) declares no kind")
                #expect(!parameter.help.isEmpty, "\(report.name) :\(parameter.name) has no help")
            }
        }
    }

    @Test func anUnknownReportListsTheKnownOnes() {
        let catalog = ReportCatalog(files: [("a", "-- A\nSELECT 1"), ("b", "-- B\nSELECT 2")])
        #expect(reportsError { _ = try catalog.report(named: "c") } == .unknownReport(name: "c", known: ["a", "b"]))
    }

    @Test func documentsNeedingReviewListsThemWithTheirReasons() throws {
        let ledger = try LedgerFile()
        let report = try ReportCatalog.shipped.report(named: "documents-needing-review")
        let csv = try ledger.render(report.sql, as: .csv)
        let lines = csv.split(separator: "\n")
        #expect(lines.first == "id,path,reason,form_type,filed_on,imported_at")
        #expect(lines.count == 3)
        #expect(lines[1].hasPrefix("2,b.txt,no execution date,"))
        #expect(lines[2].hasPrefix(#"4,d.txt,"two grantors, ""ambiguous""","#))
    }

    @Test func everyShippedReportRunsWithoutChangingAByte() throws {
        let ledger = try LedgerFile()
        let before = ledger.snapshot()
        for report in ReportCatalog.shipped.reports where report.parameters.isEmpty {
            for format in QueryFormat.allCases {
                _ = try ledger.render(report.sql, as: format)
            }
        }
        #expect(try ledger.render(ReportCatalog.shipped.report(named: "documents").sql, as: .csv).split(separator: "\n").count == 5)
        #expect(ledger.snapshot() == before)
        #expect(!FileManager.default.fileExists(atPath: ledger.path + "-wal"))
        #expect(!FileManager.default.fileExists(atPath: ledger.path + "-shm"))
    }
}
