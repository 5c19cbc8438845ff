import Foundation

/// A calendar day, the unit of every date in POA Ledger.
///
/// Powers of attorney are signed, take effect and end on days, not instants: a `Day` has no
/// time and no time zone. Its text form is ISO `YYYY-MM-DD` at every interface (CLI, JSON,
/// SQL columns), and days compare in calendar order.
///
/// For example:
///
/// ```swift
/// let signed = try Day(iso: "2010-07-07")
/// signed.next          // 2010-07-08
/// signed.description   // "2010-07-07"
/// ```
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    /// Days since 1970-01-01 (negative before). Arithmetic and ordering use this number.
    public let ordinal: Int

    /// The day with this number of days since 1970-01-01.
    public init(ordinal: Int) {
        self.ordinal = ordinal
    }

    /// The day with these calendar components, or nil when they name no real day
    /// (February 30th, month 13, year 0).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...Day.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.ordinal = Day.ordinal(year: year, month: month, day: day)
    }

    /// Parses the strict ISO form `YYYY-MM-DD`.
    ///
    /// - Throws: ``CoreError/invalidDay(_:)`` for anything else, including impossible days.
    public init(iso text: String) throws(CoreError) {
        guard let day = Day.parseISO(text) else { throw .invalidDay(text) }
        self = day
    }

    /// Parses the strict ISO form `YYYY-MM-DD`, or returns nil.
    public static func parseISO(_ text: String) -> Day? {
        var text = text
        return text.withUTF8 { parseISO($0) }
    }

    /// Parses the strict ISO form `YYYY-MM-DD` from UTF-8 bytes, or returns nil.
    public static func parseISO(_ bytes: UnsafeBufferPointer<UInt8>) -> Day? {
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else {
            return nil
        }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let digit = Int(bytes[index]) - 48
                guard (0...9).contains(digit) else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else {
            return nil
        }
        return Day(year: year, month: month, day: day)
    }

    /// The calendar components of this day.
    public var components: (year: Int, month: Int, day: Int) {
        // Howard Hinnant's civil_from_days.
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// The following day: the exclusive end of an interval that includes `self`.
    public var next: Day { Day(ordinal: ordinal + 1) }

    /// The day `count` days after this one (before it, when negative).
    public func adding(days count: Int) -> Day { Day(ordinal: ordinal + count) }

    /// The same day of the month `count` months later, clamped to the month's last day.
    public func adding(months count: Int) -> Day {
        let (year, month, day) = components
        let total = year * 12 + (month - 1) + count
        let newYear = total / 12, newMonth = total % 12 + 1
        let clamped = min(day, Day.daysIn(month: newMonth, year: newYear))
        return Day(ordinal: Day.ordinal(year: newYear, month: newMonth, day: clamped))
    }

    public var description: String {
        // Written digit by digit: days are formatted for every row the ledger writes.
        String(unsafeUninitializedCapacity: 10) { buffer in
            guard let bytes = buffer.baseAddress else { return 0 }
            writeISO(into: bytes)
            return 10
        }
    }

    /// Writes the day as `YYYY-MM-DD` into the 10 bytes at `bytes`.
    public func writeISO(into bytes: UnsafeMutablePointer<UInt8>) {
        let (year, month, day) = components
        func put(_ value: Int, _ width: Int, at start: Int) {
            var value = value
            for offset in stride(from: width - 1, through: 0, by: -1) {
                bytes[start + offset] = UInt8(48 + value % 10)
                value /= 10
            }
        }
        put(year, 4, at: 0)
        bytes[4] = UInt8(ascii: "-")
        put(month, 2, at: 5)
        bytes[7] = UInt8(ascii: "-")
        put(day, 2, at: 8)
    }

    public static func < (lhs: Day, rhs: Day) -> Bool { lhs.ordinal < rhs.ordinal }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let day = Day.parseISO(text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "not a YYYY-MM-DD day: \(text)"))
        }
        self = day
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    static func isLeap(_ year: Int) -> Bool { year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Howard Hinnant's days_from_civil.
    static func ordinal(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}

extension Day {
    /// Today in UTC: the default day of queries that take `--on`.
    public static var today: Day {
        Day(ordinal: Int((Date().timeIntervalSince1970 / 86_400).rounded(.down)))
    }
}
