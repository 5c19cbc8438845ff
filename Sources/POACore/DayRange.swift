/// The days from `from` up to, but not including, `until`: `[from, until)`, with no end while
/// `until` is nil. The span in which an instrument, a holding or an interval of authority is in
/// force, as the ledger stores it (`valid_from`, `valid_until`).
///
/// ``contains(_:)`` is the one "in force on a day" predicate: authority begins on its first day
/// and is gone on the day it ends, so a grant ended on 2020-03-01 still covers a Form 4 signed on
/// 2020-02-29 and not one signed on 2020-03-01.
///
/// For example:
///
/// ```swift
/// let days = DayRange(from: try Day(iso: "2020-01-02"), until: try Day(iso: "2020-03-01"))
/// days.contains(try Day(iso: "2020-01-02"))   // true: the first day
/// days.contains(try Day(iso: "2020-03-01"))   // false: the day it ends
/// DayRange(from: try Day(iso: "2020-01-02")).contains(try Day(iso: "2999-01-01"))   // true: no end
/// ```
public struct DayRange: Hashable, Sendable {
    /// The first day in force.
    public var from: Day
    /// The first day no longer in force; nil while there is no end.
    public var until: Day?

    public init(from: Day, until: Day? = nil) {
        self.from = from
        self.until = until
    }

    /// Whether `day` is in force: on or after `from`, and before `until` when there is one.
    public func contains(_ day: Day) -> Bool {
        guard from <= day else { return false }
        guard let until else { return true }
        return day < until
    }
}
