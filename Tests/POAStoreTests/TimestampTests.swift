import Foundation
import Testing

@testable import POAStore

/// Instants are written as ISO 8601 in UTC, to the second.
struct TimestampTests {
    @Test(arguments: [
        (0, "1970-01-01T00:00:00Z"), (951_782_400, "2000-02-29T00:00:00Z"), (1_795_434_599, "2026-11-23T11:49:59Z"),
        (4_102_444_799, "2099-12-31T23:59:59Z"),
    ])
    func anInstantIsWrittenInUTCToTheSecond(seconds: Int, text: String) {
        #expect(Timestamp.iso(time_t(seconds)) == text)
    }

    @Test func nowIsWhatAFormatterSaysNow() throws {
        let formatter = ISO8601DateFormatter()
        let before = Date()
        let now = try #require(formatter.date(from: Timestamp.now()))
        #expect(abs(now.timeIntervalSince(before)) < 2)
    }
}
