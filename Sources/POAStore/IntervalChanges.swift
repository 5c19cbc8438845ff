import POACore

/// What a full rebuild changes in the stored intervals of one range of grantors: the rows that
/// are no longer derived, and the rows that are new or differ from what is stored.
///
/// A rebuild re-evaluates every history, yet after most rule changes only a few intervals come
/// out different. Writing only those leaves the table's pages and its index by attorney as they
/// are: rewriting every interval would commit the whole table and sort to build the index
/// again, for rows that are already right.
public struct IntervalChanges: Sendable, Equatable {
    /// The grantor ids whose intervals these are: every stored interval of a grantor in the
    /// range that is not derived again is removed.
    public var grantors: ClosedRange<Int64>
    /// The primary keys of stored intervals that are no longer derived.
    public var removed: [IntervalKey]
    /// Derived intervals that are not stored as they are: new keys, or stored keys whose other
    /// columns differ (written over the stored row).
    public var written: [StoredInterval]
    /// Every derived interval, when most of the range changes: emptying the range and writing
    /// these costs less than deleting and replacing row by row. Nil when few rows change.
    public var replacement: [StoredInterval]?

    /// The changes that turn `stored` (every interval the table holds for the grantors in
    /// `grantors`) into `derived` (what the rules derive for the same grantors, in the order
    /// they derive them).
    ///
    /// When two chains reach the same attorney on the same day (the same primary key), the first
    /// derived is kept, as when every derived interval is inserted with `INSERT OR IGNORE`.
    /// Both sides are put in key order and merged: cheaper than hashing every key (strings
    /// included) into a dictionary, and the stored side comes in key order already.
    public init(grantors: ClosedRange<Int64>, stored: [StoredInterval], derived: [StoredInterval]) {
        let stored = stored.sorted { IntervalKey.compare($0, $1) < 0 }
        // Sorted by key, then by derivation order: the first derived of a key comes first.
        let order = derived.indices.sorted { a, b in
            let order = IntervalKey.compare(derived[a], derived[b])
            return order < 0 || (order == 0 && a < b)
        }
        var kept: [StoredInterval] = []
        var removed: [IntervalKey] = []
        var written: [StoredInterval] = []
        kept.reserveCapacity(derived.count)
        var next = stored.startIndex
        for index in order {
            let interval = derived[index]
            if let last = kept.last, IntervalKey.compare(last, interval) == 0 { continue }
            kept.append(interval)
            while next < stored.endIndex, IntervalKey.compare(stored[next], interval) < 0 {
                removed.append(stored[next].key)
                next += 1
            }
            if next < stored.endIndex, IntervalKey.compare(stored[next], interval) == 0 {
                if stored[next] != interval { written.append(interval) }
                next += 1
            } else {
                written.append(interval)
            }
        }
        removed += stored[next...].map(\.key)
        self.grantors = grantors
        self.removed = removed
        self.written = written
        self.replacement = removed.count + written.count > stored.count / 2 ? kept : nil
    }

    /// Whether nothing changes.
    public var isEmpty: Bool { removed.isEmpty && written.isEmpty }

    /// Interval rows that differ: stored ones no longer derived, and derived ones not stored as they are.
    public var count: Int { removed.count + written.count }
}

/// The primary key of a stored interval: grantor, first day, attorney and chain.
public struct IntervalKey: Hashable, Sendable {
    public var grantorId: Int64
    public var validFrom: Day
    public var attorneyId: Int64
    public var via: String

    /// The order of two intervals' keys, as the table orders them (negative, zero or positive):
    /// ids as numbers, days as their ISO text sorts, chains byte by byte (SQLite's `BINARY`).
    static func compare(_ a: StoredInterval, _ b: StoredInterval) -> Int {
        if a.grantorId != b.grantorId { return a.grantorId < b.grantorId ? -1 : 1 }
        if a.validFrom != b.validFrom { return a.validFrom < b.validFrom ? -1 : 1 }
        if a.attorneyId != b.attorneyId { return a.attorneyId < b.attorneyId ? -1 : 1 }
        if a.via == b.via { return 0 }
        return a.via.utf8.lexicographicallyPrecedes(b.via.utf8) ? -1 : 1
    }
}

extension StoredInterval {
    /// The interval's primary key.
    public var key: IntervalKey {
        IntervalKey(grantorId: grantorId, validFrom: validFrom, attorneyId: attorneyId, via: via)
    }
}
