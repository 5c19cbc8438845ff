import Foundation

/// A small thread-safe memo for pure functions of text on hot paths (name keys): at most
/// `limit` entries, forgotten all at once when full, so memory stays bounded.
final class Memo<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Key: Value] = [:]
    private let limit: Int

    init(limit: Int) { self.limit = limit }

    func value(for key: Key) -> Value? {
        lock.withLock { values[key] }
    }

    func remember(_ value: Value, for key: Key) {
        lock.withLock {
            if values.count >= limit { values.removeAll(keepingCapacity: true) }
            values[key] = value
        }
    }
}
