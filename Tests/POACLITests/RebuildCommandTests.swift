import Foundation
import POATestSupport
import Testing

/// `poa rebuild` recomputes every interval from scratch, reading histories by slices of
/// grantors: it must derive exactly what the import derived one document at a time, and, the
/// intervals being current, change none of them.
struct RebuildCommandTests {
    /// Everything derived from histories, in a canonical order (ending ids are not compared:
    /// they are row numbers).
    static let derived = """
        SELECT 'interval', grantor_id, valid_from, attorney_id, via, valid_until, issuer_id, forms, grant_id, links
        FROM authority_interval
        UNION ALL SELECT 'invalid', delegation_id, grantor_id, reason, NULL, NULL, NULL, NULL, NULL, NULL FROM invalid_delegation
        UNION ALL SELECT 'ending', ended_id, attorney_id, ended_on, by_instrument_id, by_fact_id, cause, clause, NULL, NULL
        FROM supersession
        UNION ALL SELECT 'verdict', signature_id, owner_position, verdict, cause, reason, via, NULL, NULL, NULL
        FROM signature_verdict
        ORDER BY 1, 2, 3, 4, 5, 6, 7, 8
        """

    @Test func aRebuildDerivesWhatTheImportDerivedDocumentByDocument() throws {
        let workspace = try Workspace()
        let docs = try workspace.corpus(documents: 1_500, seed: 11)
        let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Samples").path
        #expect(try workspace.poa("import", docs, samples).status == 0)
        // A recorded fact too, so the rebuild must read facts as well.
        func first(_ sql: String) throws -> String {
            let result = try workspace.poa("sql", "--format", "json", sql)
            let rows = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]]
            return (rows?.first?["value"] as? String) ?? ""
        }
        let grant = "FROM instrument WHERE kind = 'grant' AND issuer_id IS NOT NULL ORDER BY id LIMIT 1"
        let fact = try workspace.poa(
            "obligations-end", "--grantor", try first("SELECT (SELECT name FROM person WHERE id = grantor_id) AS value \(grant)"),
            "--issuer", try first("SELECT (SELECT name FROM issuer WHERE id = issuer_id) AS value \(grant)"), "--on", "2012-01-01")
        #expect(fact.status == 0, "\(fact.stderr)")
        let before = try workspace.poa("sql", "--format", "csv", Self.derived)
        #expect(before.status == 0, "\(before.stderr)")
        #expect(before.stdout.split(separator: "\n").count > 1_000, "the corpus derives many intervals")

        let rebuild = try workspace.poa("rebuild")
        #expect(rebuild.status == 0, "\(rebuild.stderr)")
        #expect(rebuild.stdout.contains("rebuilt the intervals of"))
        #expect(rebuild.stdout.contains(": 0 interval rows changed"), "the import kept every interval current")
        let after = try workspace.poa("sql", "--format", "csv", Self.derived)
        #expect(after.stdout == before.stdout)
        #expect(after.stdout.contains("\nverdict,"), "the samples' signatures were judged")
        #expect(try workspace.poa("check").status == 0)

        let rewrite = try workspace.poa("rebuild", "--rewrite-all")
        #expect(rewrite.status == 0, "\(rewrite.stderr)")
        let intervals = before.stdout.split(separator: "\n").filter { $0.hasPrefix("interval,") }.count
        #expect(rewrite.stdout.contains(": \(intervals) interval rows written"), "\(rewrite.stdout)")
        #expect(try workspace.poa("sql", "--format", "csv", Self.derived).stdout == before.stdout)
        #expect(try workspace.poa("check").status == 0)
    }

    /// A batch's grantors are evaluated in runs of nearby ids read together; one document per
    /// batch evaluates them one or two at a time. Both must derive the same rows.
    @Test func aBatchDerivesWhatDocumentsImportedOneByOneDerive() throws {
        let workspace = try Workspace()
        let docs = try workspace.corpus(documents: 600, seed: 5)
        #expect(try workspace.poa("import", "--db", "batched.sqlite", docs).status == 0)
        #expect(try workspace.poa("import", "--db", "single.sqlite", "--batch-size", "1", docs).status == 0)
        let batched = try workspace.poa("sql", "--db", "batched.sqlite", "--format", "csv", Self.derived)
        let single = try workspace.poa("sql", "--db", "single.sqlite", "--format", "csv", Self.derived)
        #expect(batched.status == 0, "\(batched.stderr)")
        #expect(batched.stdout.split(separator: "\n").count > 400, "the corpus derives many intervals")
        #expect(batched.stdout == single.stdout)
    }

    @Test func aRebuildOfAnEmptyLedgerDerivesNothing() throws {
        let workspace = try Workspace()
        let rebuild = try workspace.poa("rebuild")
        #expect(rebuild.status == 0, "\(rebuild.stderr)")
        #expect(rebuild.stdout.contains("rebuilt the intervals of 0 grantor histories"))
    }
}
