import Foundation

/// Applies `transform` to each of `inputs` on `workers` threads of its own, and hands the
/// results to the calling thread in the order of `inputs`: several cores prepare items while the
/// caller consumes them, in the same order as one thread would have produced them. Each worker
/// runs at most `capacity` results ahead, so memory stays bounded.
///
/// Worker `k` transforms inputs `k`, `k + workers`, `k + 2 * workers`... An error thrown by
/// `transform` is rethrown to the caller after every result that comes before its input; an
/// error thrown by `consume` stops the workers and is rethrown once they have all returned.
func handOff<Input: Sendable, Item: Sendable>(
    _ inputs: [Input],
    workers: Int,
    capacity: Int = 2,
    transform: @escaping @Sendable (Input) throws -> Item,
    consume: (Item) throws -> Void
) throws {
    let workers = max(1, min(workers, inputs.count))
    let channels = (0..<workers).map { _ in Channel<Item>(capacity: capacity) }
    for (worker, channel) in channels.enumerated() {
        let thread = Thread {
            do {
                for index in stride(from: worker, to: inputs.count, by: workers) {
                    guard channel.put(try transform(inputs[index])) else { break }
                }
                channel.finish(error: nil)
            } catch {
                channel.finish(error: error)
            }
        }
        thread.name = "poa-hand-off-\(worker)"
        thread.start()
    }
    defer {
        for channel in channels { channel.waitUntilFinished() }
    }
    do {
        for index in inputs.indices {
            // Never nil: the worker for this index either put its result or finished with an error.
            guard let item = try channels[index % workers].take() else { break }
            try consume(item)
        }
    } catch {
        for channel in channels { channel.cancel() }
        throw error
    }
}

/// The queue between one worker of ``handOff(_:workers:capacity:transform:consume:)`` and the caller.
private final class Channel<Item>: @unchecked Sendable {
    private let condition = NSCondition()
    private var items: [Item] = []
    private let capacity: Int
    private var finished = false
    private var failure: (any Error)?
    private var cancelled = false

    init(capacity: Int) { self.capacity = max(1, capacity) }

    /// Waits for room, then queues `item`; false when the consumer has gone.
    func put(_ item: Item) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while items.count >= capacity && !cancelled { condition.wait() }
        guard !cancelled else { return false }
        items.append(item)
        condition.broadcast()
        return true
    }

    func finish(error: (any Error)?) {
        condition.lock()
        finished = true
        failure = error
        condition.broadcast()
        condition.unlock()
    }

    /// The next item, nil at the end; rethrows the producer's error after its earlier items.
    func take() throws -> Item? {
        condition.lock()
        defer { condition.unlock() }
        while items.isEmpty && !finished { condition.wait() }
        if !items.isEmpty {
            let item = items.removeFirst()
            condition.broadcast()
            return item
        }
        if let failure { throw failure }
        return nil
    }

    func cancel() {
        condition.lock()
        cancelled = true
        items.removeAll()
        condition.broadcast()
        condition.unlock()
    }

    func waitUntilFinished() {
        condition.lock()
        while !finished { condition.wait() }
        condition.unlock()
    }
}
