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

    /// Whether a line of `poa import --format json` is a document this run stored (not one
    /// already in the ledger).
    static func stored(_ line: String) -> Bool {
        line.contains(#""status":"#) && !line.contains(#""status":"duplicate""#)
    }

    /// The import is killed once while it creates and migrates the ledger, then again and again
    /// once it has stored a random number of documents (drawn from a seed the failures name),
    /// until a run finishes on its own: after each kill the ledger passes `poa check`, and at
    /// the end it holds what one clean import stores. Kills wait for the import's own reports
    /// (each printed once its batch is committed), not for a time: on a fast machine or a slow
    /// one, each lands in the middle of the import.
    @Test func killingTheImporterAtAnyPointLosesNothing() throws {
        let workspace = try Workspace()
        let docs = try workspace.corpus(documents: 600, seed: 5)

        #expect(try workspace.poa("import", "--db", "clean.sqlite", docs).status == 0)
        let clean = try dump(workspace, "clean.sqlite")
        #expect(clean.split(separator: "\n").count > 1_000)

        let crashed = workspace.path("crashed.sqlite")
        let arguments = ["import", "--db", "crashed.sqlite", "--batch-size", "32", "--format", "json", docs]
        let creating = try workspace.start(arguments)
        #expect(waitUntil { FileManager.default.fileExists(atPath: crashed) || !creating.isRunning })
        creating.kill()
        creating.waitUntilExit()
        if FileManager.default.fileExists(atPath: crashed) {
            let check = try workspace.poa("check", "--db", "crashed.sqlite")
            #expect(check.status == 0, "after a kill while creating the ledger: \(check.stderr)")
        }

        var random = SeededRandom.fresh()
        var killed = 0, finished = false
        while !finished && killed < 40 {
            let importer = try workspace.start(arguments)
            let documents = Int.random(in: 1...24, using: &random)
            if importer.waitForLines(documents, where: Self.stored) && importer.isRunning {
                importer.kill()
                killed += 1
            }
            importer.waitUntilExit()
            finished = importer.terminationStatus == 0
            let check = try workspace.poa("check", "--db", "crashed.sqlite")
            #expect(check.status == 0, "after kill \(killed), \(documents) documents into the run (\(random.replay)): \(check.stderr)")
        }
        #expect(finished, "the import never finished: \(random.replay)")
        #expect(killed >= 5, "the import finished before most kills: make the corpus larger")
        #expect(try dump(workspace, "crashed.sqlite") == clean, "\(random.replay)")
    }
}
