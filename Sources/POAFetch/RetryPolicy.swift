import Foundation

/// How often, and after how long, a request EDGAR could not answer is made again.
///
/// A 429 or 503 waits what its `Retry-After` says (seconds or an HTTP date, up to
/// ``longestWait``); without one, and after a body cut short or a failed connection, the wait
/// doubles from ``backoffBase`` up to ``backoffCap``, each time a random point in its upper
/// half, so that clients refused together do not come back together.
///
/// For example:
///
/// ```swift
/// let policy = RetryPolicy()
/// policy.backoff(afterAttempt: 1)     // 0.5 to 1 s
/// policy.backoff(afterAttempt: 3)     // 2 to 4 s
/// RetryPolicy.retryAfter("7")         // 7
/// ```
public struct RetryPolicy: Sendable, Equatable {
    /// How many times one request is made at most, the first included.
    public var attempts = 5
    /// The first wait, in seconds, when the server names none.
    public var backoffBase = 1.0
    /// The longest wait between two attempts when the server names none.
    public var backoffCap = 60.0
    /// The longest `Retry-After` honoured as given: ten minutes. A longer one waits this long.
    public var longestWait = 600.0

    public init() {}

    /// The wait after the `attempt`-th failure (1 for the first), jittered.
    public func backoff(afterAttempt attempt: Int) -> Double {
        let full = min(backoffCap, backoffBase * pow(2, Double(max(0, attempt - 1))))
        return Double.random(in: (full / 2)...max(full / 2, full))
    }

    /// The wait a 429 or 503 asks for: `Retry-After` if it has one that reads, else a backoff.
    public func wait(afterAttempt attempt: Int, retryAfter header: String?, now: Date = Date()) -> Double {
        if let asked = Self.retryAfter(header, now: now) { return min(asked, longestWait) }
        return backoff(afterAttempt: attempt)
    }

    /// The seconds a `Retry-After` header asks for: delay-seconds (`120`) or an HTTP date
    /// (`Wed, 21 Oct 2026 07:28:00 GMT`, a date already past being 0); nil when absent or unreadable.
    public static func retryAfter(_ header: String?, now: Date = Date()) -> Double? {
        guard let text = header?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        if text.utf8.allSatisfy({ (48...57).contains($0) }) { return Double(text) }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        guard let date = formatter.date(from: text) else { return nil }
        return max(0, date.timeIntervalSince(now))
    }
}
