import POACore
import Synchronization
import Testing

/// `handOff` moves a producer's items to the caller through a bounded queue.
struct HandOffTests {
    struct Stop: Error, Equatable { let at: Int }

    @Test func everyItemArrivesInOrder() throws {
        var received: [Int] = []
        try handOff(capacity: 2, produce: { yield in
            for item in 0..<1_000 { guard yield(item) else { return } }
        }, consume: { received.append($0) })
        #expect(received == Array(0..<1_000))
    }

    @Test func aProducerErrorArrivesAfterTheItemsBeforeIt() {
        var received: [Int] = []
        #expect(throws: Stop(at: 3)) {
            try handOff(capacity: 2, produce: { yield in
                for item in 0..<3 { _ = yield(item) }
                throw Stop(at: 3)
            }, consume: { received.append($0) })
        }
        #expect(received == [0, 1, 2])
    }

    @Test func aConsumerErrorStopsTheProducer() {
        let produced = Atomic(0)
        #expect(throws: Stop(at: 5)) {
            try handOff(capacity: 2, produce: { yield in
                for item in 0..<1_000_000 {
                    guard yield(item) else { return }
                    produced.add(1, ordering: .relaxed)
                }
            }, consume: { item in if item == 5 { throw Stop(at: 5) } })
        }
        // The producer returned (handOff waited for it), long before the end of its loop.
        #expect(produced.load(ordering: .relaxed) < 100)
    }
}
