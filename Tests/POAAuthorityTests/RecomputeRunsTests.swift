import Testing

@testable import POAAuthority

/// The grantors of a batch are read in runs of nearby ids: each run is a few range queries, so
/// a run must not span a wide gap (it would read the histories in between for nothing) and
/// must stay short enough to keep memory bounded.
struct RecomputeRunsTests {
    @Test func nearbyIdsShareARunAndAWideGapStartsANewOne() {
        let runs = AuthorityEngine.runs(of: [3, 5, 21, 40, 41, 100], gap: 16, length: 512)
        #expect(runs.map(Array.init) == [[3, 5, 21], [40, 41], [100]])
    }

    @Test func aRunEndsAtItsLength() {
        let runs = AuthorityEngine.runs(of: Array(1...10), gap: 16, length: 4)
        #expect(runs.map(Array.init) == [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10]])
    }

    @Test func everyIdIsInExactlyOneRunInOrder() {
        let ids: [Int64] = [1, 2, 50, 51, 52, 400, 401, 1_000, 1_016, 1_033]
        #expect(AuthorityEngine.runs(of: ids).flatMap(Array.init) == ids)
        #expect(AuthorityEngine.runs(of: []).isEmpty)
        #expect(AuthorityEngine.runs(of: [7]).map(Array.init) == [[7]])
    }
}
