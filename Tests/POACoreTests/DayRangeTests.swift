import Testing

@testable import POACore

/// `[from, until)`: in force from its first day, gone on the day it ends.
struct DayRangeTests {
    @Test(arguments: [
        ("2020-01-01", false),  // the day before it begins
        ("2020-01-02", true),  // its first day
        ("2020-02-29", true),  // its last day
        ("2020-03-01", false),  // the day it ends
        ("2020-03-02", false),  // after
    ])
    func aRangeWithAnEndHoldsFromItsFirstDayUpToTheDayItEnds(_ day: String, _ inForce: Bool) throws {
        let range = DayRange(from: try Day(iso: "2020-01-02"), until: try Day(iso: "2020-03-01"))
        #expect(range.contains(try Day(iso: day)) == inForce)
    }

    @Test(arguments: [("2020-01-01", false), ("2020-01-02", true), ("9999-12-31", true)])
    func aRangeWithNoEndHoldsFromItsFirstDayOn(_ day: String, _ inForce: Bool) throws {
        let range = DayRange(from: try Day(iso: "2020-01-02"))
        #expect(range.contains(try Day(iso: day)) == inForce)
    }

    @Test(arguments: ["2020-01-01", "2020-01-02", "2020-01-03"])
    func aRangeEndingOnItsFirstDayHoldsNoDay(_ day: String) throws {
        let empty = DayRange(from: try Day(iso: "2020-01-02"), until: try Day(iso: "2020-01-02"))
        #expect(!empty.contains(try Day(iso: day)))
    }
}
