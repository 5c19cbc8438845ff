import Foundation
import GRDB
import POACore
import POAImport
import POAStore
import Testing

@testable import POAAuthority
@testable import poa_bench

/// An import derives only what each batch changes (`AuthorityEngine.derive(after:in:)`): the
/// ledger must end exactly as a full rebuild leaves it, whatever the order the documents come in
/// and however they are cut into batches, and every verdict must be the one a fresh audit gives.
struct IncrementalDerivationTests {
    /// A ledger file in a scratch folder.
    final class Scratch {
        let folder: URL
        var path: String { folder.appendingPathComponent("ledger.sqlite").path }

        init() throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("incremental-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        }

        deinit { try? FileManager.default.removeItem(at: folder) }

        /// Everything derived and every verdict, in a canonical order (endings without row numbers).
        func derived() throws -> [String] {
            let queue = try DatabaseQueue(path: path)
            defer { try? queue.close() }
            return try queue.read { db in
                try String.fetchAll(
                    db,
                    sql: """
                        SELECT grantor_id || '|' || valid_from || '|' || attorney_id || '|' || via || '|'
                            || ifnull(valid_until, '-') || '|' || ifnull(issuer_id, '-') || '|' || forms
                        FROM authority_interval ORDER BY 1
                        """)
                    + String.fetchAll(db, sql: "SELECT delegation_id || '|' || grantor_id || '|' || reason FROM invalid_delegation ORDER BY 1")
                    + String.fetchAll(
                        db,
                        sql: """
                            SELECT ended_id || '|' || ifnull(attorney_id, '-') || '|' || ended_on || '|' || cause || '|'
                                || ifnull(by_instrument_id, '-') || '|' || ifnull(by_fact_id, '-') || '|' || ifnull(clause, '-')
                            FROM supersession ORDER BY 1
                            """)
                    + String.fetchAll(
                        db,
                        sql: """
                            SELECT signature_id || '|' || owner_position || '|' || verdict || '|' || cause || '|' || reason
                                || '|' || ifnull(via, '-')
                            FROM signature_verdict ORDER BY 1
                            """)
            }
        }
    }

    /// Imports `files` in the given order, cut into batches of the sizes `sizes` cycles through
    /// (each batch one import run, as one day's filings are), then compares the ledger with what a
    /// full rebuild and a fresh audit of every signature make of it.
    func importMatchesRebuild(_ files: [String], batches sizes: [Int], seed: UInt64) throws {
        let scratch = try Scratch()
        let ledger = try Ledger.open(at: scratch.path)
        var start = 0, turn = 0
        while start < files.count {
            let size = sizes[turn % sizes.count]
            var importer = Importer(into: ledger)
            importer.batchSize = max(1, size / 2)
            _ = try importer.run(paths: Array(files[start..<min(files.count, start + size)])) { _ in }
            start += size
            turn += 1
        }
        let imported = try scratch.derived()
        let summary = try AuthorityEngine.rebuildAll(ledger)
        try ledger.close()
        let rebuilt = try scratch.derived()
        #expect(summary.changedIntervals == 0, "seed \(seed): the imports left intervals a rebuild changes")
        #expect(imported.count == rebuilt.count, "seed \(seed)")
        for (a, b) in zip(imported, rebuilt) where a != b {
            Issue.record("seed \(seed): imported \(a), rebuilt \(b)")
            break
        }
    }

    /// The files of a folder, in the walker's order.
    func files(under folder: URL) -> [String] {
        DocumentWalker(roots: [folder.path]).compactMap { if case .file(let path) = $0 { path.text } else { nil } }
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func recurringInsidersImportedDayByDayDeriveWhatARebuildDoes(seed: UInt64) throws {
        let scratch = try Scratch()
        let corpus = scratch.folder.appendingPathComponent("corpus")
        _ = try CorpusGenerator(documents: 600, seed: seed, output: corpus, insiders: 12).run()
        var random = RandomSource(seed: seed)
        let files = files(under: corpus.appendingPathComponent("docs"))
        try importMatchesRebuild(files, batches: [1, 7, 40, 3, 90], seed: seed)
        // Out of order: late filings, backdated grants, delegations before their grants.
        try importMatchesRebuild(files.shuffled(using: &random), batches: [5, 33, 1, 64], seed: seed)
    }

    @Test(arguments: [UInt64(11), 12, 13, 14])
    func theSamplesInAnyOrderGiveTheVerdictsOfAFreshAudit(seed: UInt64) throws {
        var random = RandomSource(seed: seed)
        let files = files(under: AuditFixture.samples).filter { !$0.contains("/expected/") && !$0.hasSuffix("README.md") }
        try #require(files.count > 10)
        try importMatchesRebuild(files.shuffled(using: &random), batches: [1, 2, 3], seed: seed)
    }
}
