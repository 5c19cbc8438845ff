import Foundation
import POATestSupport
import Testing

/// Killing the importer at any point leaves a healthy ledger, and finishing the import gives
/// exactly the records of one clean import.
struct CrashSafetyTests {
    /// Everything the ledger records, by names and content rather than row ids, sorted.
    static let canonicalDump = """
        SELECT 'document', d.sha256, d.status, coalesce(d.reason, ''), '', '', '' FROM document d
        UNION ALL
        SELECT 'instrument', d.sha256, i.position, i.kind, p.name, i.executed_on, coalesce(s.name, '')
        FROM instrument i JOIN document d ON d.id = i.document_id JOIN person p ON p.id = i.grantor_id
        LEFT JOIN issuer s ON s.id = i.issuer_id
        UNION ALL
        SELECT 'attorney', d.sha256, i.position, a.position, coalesce(p.name, a.office), '', ''
        FROM instrument_attorney a JOIN instrument i ON i.id = a.instrument_id JOIN document d ON d.id = i.document_id
        LEFT JOIN person p ON p.id = a.person_id
        UNION ALL
        SELECT 'interval', grantor, attorney, valid_from, coalesce(valid_until, ''), forms, path FROM authority
        UNION ALL
        SELECT 'alias', p.name, a.alias, '', '', '', '' FROM person_alias a JOIN person p ON p.id = a.person_id
        ORDER BY 1, 2, 3, 4, 5, 6, 7
        """

    func dump(_ workspace: Workspace, _ db: String) throws -> String {
        let result = try workspace.poa("sql", "--db", db, "--format", "csv", Self.canonicalDump)
        try #require(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    @Test func killingTheImporterTwentyTimesLosesNothing() throws {
        let workspace = try Workspace()
        let docs = try workspace.corpus(documents: 600, seed: 5)

        #expect(try workspace.poa("import", "--db", "clean.sqlite", docs).status == 0)
        let clean = try dump(workspace, "clean.sqlite")
        #expect(clean.split(separator: "\n").count > 1_000)

        var random = SystemRandomNumberGenerator()
        var killed = 0
        for round in 0..<20 {
            let process = try workspace.start("import", "--db", "crashed.sqlite", "--batch-size", "32", docs)
            // Early rounds die while the ledger is created and migrated; later ones mid-import.
            let delay = round < 3 ? Double(round) * 0.01 : Double.random(in: 0.05...0.6, using: &random)
            Thread.sleep(forTimeInterval: delay)
            if process.isRunning {
                kill(process.processIdentifier, SIGKILL)
                killed += 1
            }
            process.waitUntilExit()
            if FileManager.default.fileExists(atPath: workspace.path("crashed.sqlite")) {
                let check = try workspace.poa("check", "--db", "crashed.sqlite")
                #expect(check.status == 0, "after kill \(round): \(check.stderr)")
            }
        }
        #expect(killed >= 10, "the import finished before most kills: make the corpus larger")
        #expect(try workspace.poa("import", "--db", "crashed.sqlite", docs).status == 0)
        #expect(try dump(workspace, "crashed.sqlite") == clean)
    }
}
