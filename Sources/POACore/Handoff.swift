import Foundation

/// Runs `produce` on a second thread and hands its results, in order, to the calling thread
/// through a queue of at most `capacity` items: one core prepares the next items while the
/// caller consumes the previous ones, and memory stays bounded by the queue.
///
/// `produce` is called with a `yield` function, which returns false once the consumer has
/// stopped (it threw): the producer should then return. An error thrown by `produce` is rethrown
/// to the caller after the items produced before it; an error thrown by `consume` stops the
/// producer and is rethrown once the producer has returned.
public func handOff<Item: Sendable>(
    capacity: Int = 2,
    produce: @escaping @Sendable (_ yield: (Item) -> Bool) throws -> Void,
    consume: (Item) throws -> Void
) throws {
    let channel = Channel<Item>(capacity: capacity)
    let thread = Thread {
        do {
            try produce { channel.put($0) }
            channel.finish(error: nil)
        } catch {
            channel.finish(error: error)
        }
    }
    thread.name = "poa-hand-off"
    thread.start()
    do {
        while let item = try channel.take() { try consume(item) }
    } catch {
        channel.cancel()
        channel.waitUntilFinished()
        throw error
    }
}

/// Applies `transform` to each of `inputs` on `workers` threads of its own, and hands the
/// results to the calling thread in the order of `inputs`: several cores prepare items while the
/// caller consumes them, in the same order as one thread would have produced them. Each worker
/// runs at most `capacity` results ahead, so memory stays bounded.
///
/// Worker `k` transforms inputs `k`, `k + workers`, `k + 2 * workers`... An error thrown by
/// `transform` is rethrown to the caller after every result that comes before its input; an
/// error thrown by `consume` stops the workers and is rethrown once they have all returned.
public func handOff<Input: Sendable, Item: Sendable>(
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

/// The queue between the two threads of ``handOff(capacity:produce:consume:)``.
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
