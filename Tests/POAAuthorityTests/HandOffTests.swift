import Foundation
import Synchronization
import Testing

@testable import POAAuthority

/// `handOff(_:workers:)` transforms inputs on several threads and hands the results over in
/// the inputs' order.
struct HandOffTests {
    struct Stop: Error, Equatable { let at: Int }

    @Test(arguments: [1, 2, 3, 8])
    func everyResultArrivesInTheOrderOfTheInputs(workers: Int) throws {
        var received: [Int] = []
        try handOff(Array(0..<1_000), workers: workers, transform: { $0 * 3 }, consume: { received.append($0) })
        #expect(received == (0..<1_000).map { $0 * 3 })
    }

    /// Each transform waits until it has seen two threads transforming: with two workers that
    /// happens at once, and no worker can take every input before the other starts. Were there
    /// one thread only, the wait would end at its deadline and the count be 1.
    @Test func theResultsComeFromAsManyThreadsAsWorkersNoneOfThemTheCaller() throws {
        let caller = UInt(pthread_self())
        let threads = ThreadsSeen()
        try handOff(Array(0..<64), workers: 2, transform: { input in
            threads.insertWaitingForOthers(UInt(pthread_self()), until: 2)
            return input
        }, consume: { _ in })
        let seen = threads.seen
        #expect(seen.count == 2)
        #expect(!seen.contains(caller))
    }

    @Test func aTransformErrorArrivesAfterTheResultsOfTheInputsBeforeIt() {
        var received: [Int] = []
        #expect(throws: Stop(at: 5)) {
            try handOff(Array(0..<100), workers: 3, transform: { input in
                if input == 5 { throw Stop(at: 5) }
                return input
            }, consume: { received.append($0) })
        }
        #expect(received == [0, 1, 2, 3, 4])
    }

    @Test func aConsumerErrorStopsEveryWorker() {
        let transformed = Atomic(0)
        #expect(throws: Stop(at: 5)) {
            try handOff(Array(0..<100_000), workers: 2, transform: { input in
                transformed.add(1, ordering: .relaxed)
                return input
            }, consume: { item in if item == 5 { throw Stop(at: 5) } })
        }
        // Every worker returned (handOff waited for them), long before the end of the inputs.
        #expect(transformed.load(ordering: .relaxed) < 100)
    }

    @Test func noInputsMeanNothingToConsume() throws {
        var consumed = 0
        try handOff([Int](), workers: 2, transform: { $0 }, consume: { _ in consumed += 1 })
        #expect(consumed == 0)
    }
}

/// The threads that ran a transform, and a way to wait until enough of them have.
private final class ThreadsSeen: @unchecked Sendable {
    private let condition = NSCondition()
    private var threads = Set<UInt>()

    var seen: Set<UInt> {
        condition.lock()
        defer { condition.unlock() }
        return threads
    }

    /// Adds `thread`, then waits until `count` threads have been added, for at most `timeout`
    /// seconds: a deadline so that a single thread fails the test instead of hanging it.
    func insertWaitingForOthers(_ thread: UInt, until count: Int, timeout: Double = 60) {
        let deadline = Date(timeIntervalSinceNow: timeout)
        condition.lock()
        defer { condition.unlock() }
        threads.insert(thread)
        condition.broadcast()
        while threads.count < count, condition.wait(until: deadline) {}
    }
}
