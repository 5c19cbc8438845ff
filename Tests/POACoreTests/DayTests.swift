import Testing

@testable import POACore

struct DayTests {
    @Test(arguments: ["2004-02-19", "2000-02-29", "1970-01-01", "1969-12-31", "9999-12-31", "0001-01-01"])
    func isoTextRoundTrips(_ text: String) throws {
        #expect(try Day(iso: text).description == text)
    }

    @Test(arguments: ["2010-02-30", "2001-02-29", "1900-02-29", "2010-13-01", "2010-00-10", "2010-7-7", "20100707", "", "2010-07-07 ", "abcd-ef-gh"])
    func impossibleOrMalformedDaysAreRefused(_ text: String) {
        #expect(throws: CoreError.invalidDay(text)) { try Day(iso: text) }
    }

    @Test func nextIsTheFollowingCalendarDay() throws {
        #expect(try Day(iso: "2004-02-28").next == Day(iso: "2004-02-29"))
        #expect(try Day(iso: "2004-02-29").next == Day(iso: "2004-03-01"))
        #expect(try Day(iso: "2010-12-31").next == Day(iso: "2011-01-01"))
    }

    @Test func daysCompareInCalendarOrder() throws {
        let before = try Day(iso: "2010-07-08"), on = try Day(iso: "2010-07-09")
        #expect(before < on)
        #expect(!(on < before))
        #expect(on.ordinal - before.ordinal == 1)
    }

    @Test func addingMonthsClampsToTheLastDayOfTheMonth() throws {
        #expect(try Day(iso: "2010-01-31").adding(months: 1) == Day(iso: "2010-02-28"))
        #expect(try Day(iso: "2012-02-29").adding(months: 12) == Day(iso: "2013-02-28"))
        #expect(try Day(iso: "2010-07-07").adding(months: 36) == Day(iso: "2013-07-07"))
    }

    @Test func ordinalMatchesTheUnixEpoch() throws {
        #expect(try Day(iso: "1970-01-01").ordinal == 0)
        #expect(try Day(iso: "2000-03-01").ordinal == 11_017)
        #expect(Day(ordinal: -1).description == "1969-12-31")
    }
}
