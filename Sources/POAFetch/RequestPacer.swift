import Foundation

/// Spaces a whole run's requests so that no second ever holds more than `rate` of them, on
/// however many threads they are made; and holds them all back while EDGAR asks to wait.
///
/// Each request takes the next free slot, 1.05/`rate` seconds after the one before: the
/// `rate + 1` requests that would make a second too many span 1.05 s, so a server timing
/// their arrival sees at most `rate` in any second even when one arrives 50 ms late (a new
/// connection) and the next on time. A token bucket would allow a burst of `rate` at once,
/// which is what EDGAR counts as going over.
///
/// For example:
///
/// ```swift
/// let pacer = RequestPacer(perSecond: 5)
/// pacer.waitForTurn()         // at once
/// pacer.waitForTurn()         // 210 ms later
/// pacer.pause(seconds: 2)     // a 429 said Retry-After: 2: every thread waits
/// ```
public final class RequestPacer: @unchecked Sendable {
    /// The most requests a second a fetch may make: EDGAR's fair-access limit.
    public static let highestRate = 10.0
    /// What a fetch makes unless told otherwise: half of EDGAR's limit, leaving room for others
    /// working from the same address.
    public static let defaultRate = 5.0

    /// The time between two requests' starts.
    let spacing: Duration
    private let lock = NSLock()
    private var nextSlot: ContinuousClock.Instant
    private var pausedUntil: ContinuousClock.Instant

    /// A pacer of `rate` requests a second (clamped to `0.01...10`).
    public init(perSecond rate: Double) {
        let clamped = min(max(rate, 0.01), Self.highestRate)
        spacing = .milliseconds(Int64((1050 / clamped).rounded(.up)))
        nextSlot = .now
        pausedUntil = .now
    }

    /// Blocks until this thread may send its request, and takes that slot. A thread whose slot
    /// comes while a pause has begun since it took it waits for the pause's end and a new slot.
    public func waitForTurn() {
        while true {
            let start: ContinuousClock.Instant = lock.withLock {
                let start = max(ContinuousClock.now, nextSlot, pausedUntil)
                nextSlot = start + spacing
                return start
            }
            Self.sleep(until: start)
            if lock.withLock({ pausedUntil <= ContinuousClock.now }) { return }
        }
    }

    /// Holds every request back for `seconds` from now (a 429 or 503 asked to wait).
    public func pause(seconds: Double) {
        guard seconds > 0, seconds.isFinite else { return }
        let until = ContinuousClock.now + .milliseconds(Int64(seconds * 1000))
        lock.withLock { pausedUntil = max(pausedUntil, until) }
    }

    static func sleep(until instant: ContinuousClock.Instant) {
        let left = ContinuousClock.now.duration(to: instant)
        guard left > .zero else { return }
        Thread.sleep(forTimeInterval: left.seconds)
    }
}

extension Duration {
    /// The duration in seconds, fractions included.
    var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
