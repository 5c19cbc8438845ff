import Foundation
import GRDB
import POACore
import POAImport
import POAStore
import Testing

@testable import POAAuthority

/// A full rebuild evaluates every history again and writes only the intervals that differ from
/// what is stored: the ledger must end exactly as if every derived row had been deleted and
/// derived again, whatever was wrong with the stored intervals.
struct RebuildTests {
    /// Every sample imported into a ledger file (a rebuild reads on worker threads only from a file).
    final class SampleLedger {
        let folder: URL
        let ledger: Ledger
        var path: String { folder.appendingPathComponent("ledger.sqlite").path }

        init() throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("rebuild-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            ledger = try Ledger.open(at: folder.appendingPathComponent("ledger.sqlite").path)
            _ = try Importer(into: ledger).run(paths: [AuditFixture.samples.path]) { _ in }
        }

        deinit { try? FileManager.default.removeItem(at: folder) }

        /// Everything derived, in a canonical order (endings without their row numbers).
        func derived() throws -> [String] {
            try ledger.snapshot { reader in
                try reader.all(StoredInterval.self).map { "\($0)" } + reader.all(StoredInvalidDelegation.self).map { "\($0)" }
                    + reader.all(Supersession.self).map { ending in
                        var ending = ending
                        ending.id = nil
                        return "\(ending)"
                    }.sorted()
            }
        }

        /// The names of the intervals' secondary indexes.
        func intervalIndexes() throws -> [String] {
            let queue = try DatabaseQueue(path: path)
            defer { try? queue.close() }
            return try queue.read { db in
                try String.fetchAll(
                    db, sql: "SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'authority_interval' AND sql IS NOT NULL ORDER BY name")
            }
        }

        /// Damages the stored intervals the ways a rule change or a hand edit would: a grantor's
        /// intervals gone, one changed, one added to a real grantor, and two for ids that are
        /// no grantor at all (one past every id). Returns how many interval rows are wrong.
        func damageIntervals() throws -> Int {
            try ledger.derivationTransaction { tx in
                let intervals = try tx.reader.all(StoredInterval.self)
                let grantors = Array(Set(intervals.map(\.grantorId))).sorted()
                try #require(grantors.count >= 3, "the samples derive intervals for several grantors")
                let gone = intervals.filter { $0.grantorId == grantors[0] }
                try tx.deleteDerived(grantorId: grantors[0], coveredInstruments: [])

                var changed = try #require(intervals.first { $0.grantorId == grantors[1] })
                let others = intervals.filter { $0.grantorId == grantors[1] && $0 != changed }
                try tx.deleteDerived(grantorId: grantors[1], coveredInstruments: [])
                changed.validUntil = changed.validFrom.next
                var added = changed
                added.via = "\(changed.grantId),999999"
                added.links = 2
                try tx.insert(all: others + [changed, added])

                let attorney = try #require(intervals.map(\.attorneyId).first { !grantors.contains($0) })
                var strangers = [changed, changed]
                strangers[0].grantorId = attorney
                strangers[1].grantorId = (intervals.map(\.attorneyId) + grantors).max()! + 1_000
                try tx.insert(all: strangers)
                return gone.count + 1 + 1 + 2
            }
        }
    }

    @Test func aRebuildPutsBackWhatWasDeletedChangedOrAddedAndWritesNothingElse() throws {
        let samples = try SampleLedger()
        let before = try samples.derived()
        let wrong = try samples.damageIntervals()
        #expect(try samples.derived() != before)

        let summary = try AuthorityEngine.rebuildAll(samples.ledger, slice: 2)
        #expect(summary.changedIntervals == wrong)
        #expect(try samples.derived() == before)
        #expect(Ledger.check(at: samples.path).isEmpty)
        #expect(try samples.intervalIndexes() == ["authority_interval_by_attorney"], "a few changes keep the index")
        #expect(try AuthorityEngine.rebuildAll(samples.ledger).changedIntervals == 0, "nothing left to change")
    }

    @Test func pastTheBulkThresholdTheIndexIsDroppedAndBuiltAgain() throws {
        let samples = try SampleLedger()
        let before = try samples.derived()
        _ = try samples.damageIntervals()
        try AuthorityEngine.rebuildAll(samples.ledger, slice: 1, bulkChanges: 1)
        #expect(try samples.derived() == before)
        #expect(try samples.intervalIndexes() == ["authority_interval_by_attorney"])
        #expect(Ledger.check(at: samples.path).isEmpty)
    }

    @Test func rewritingEveryIntervalDerivesTheSameRows() throws {
        let samples = try SampleLedger()
        let before = try samples.derived()
        _ = try samples.damageIntervals()
        let summary = try AuthorityEngine.rebuildAll(samples.ledger, rewritingIntervals: true)
        #expect(summary.changedIntervals == before.filter { $0.hasPrefix("StoredInterval") }.count)
        #expect(try samples.derived() == before)
        #expect(try samples.intervalIndexes() == ["authority_interval_by_attorney"])
        #expect(Ledger.check(at: samples.path).isEmpty)
    }

    @Test func aLedgerInMemoryIsRebuiltOnOneThreadAlike() throws {
        let fixture = try AuditFixture()
        let before = try fixture.ledger.snapshot { try $0.all(StoredInterval.self) }
        try #require(!before.isEmpty)
        try fixture.ledger.derivationTransaction { tx in
            for grantor in Set(before.map(\.grantorId)) { try tx.deleteDerived(grantorId: grantor, coveredInstruments: []) }
        }
        #expect(try AuthorityEngine.rebuildAll(fixture.ledger, slice: 1).changedIntervals == before.count)
        #expect(try fixture.ledger.snapshot { try $0.all(StoredInterval.self) } == before)
    }

    @Test func deletingTheDerivationsOfSomeGrantorsLeavesTheOthersAlone() throws {
        let samples = try SampleLedger()
        let (intervals, endings) = try samples.ledger.snapshot {
            (try $0.all(StoredInterval.self), try $0.all(Supersession.self))
        }
        let grantors = Array(Set(intervals.map(\.grantorId))).sorted()
        try #require(grantors.count >= 3 && endings.count >= 2)
        let gone = Set(grantors.prefix(2)), ended = Set(endings.prefix(1).map(\.endedId))
        try samples.ledger.transaction { tx in
            try tx.deleteDerived(grantorIds: gone, coveredInstruments: ended)
        }
        let (after, endingsAfter) = try samples.ledger.snapshot {
            (try $0.all(StoredInterval.self), try $0.all(Supersession.self))
        }
        #expect(after == intervals.filter { !gone.contains($0.grantorId) })
        #expect(endingsAfter == endings.filter { !ended.contains($0.endedId) })
    }

    @Test func slicesCoverEveryIdOnceInOrder() {
        let slices = AuthorityEngine.Slice.covering([3, 5, 9, 12, 40], by: 2)
        #expect(slices.map { Array($0.ids) } == [[3, 5], [9, 12], [40]])
        #expect(slices.map(\.range) == [Int64.min...5, 6...12, 13...Int64.max])
        let none = AuthorityEngine.Slice.covering([], by: 2)
        #expect(none.count == 1 && none[0].ids.isEmpty && none[0].range == Int64.min...Int64.max)
    }
}
