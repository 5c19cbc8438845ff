import Foundation

/// SplitMix64: a small random number generator whose whole sequence follows from its seed, so
/// that a test that failed on random input runs again on the same input.
///
/// A test that draws its seed with ``fresh()`` names the seed in every failure message
/// (``replay``); `POA_TEST_SEED=N swift test --filter ...` then runs it again with that seed.
///
/// For example:
///
/// ```swift
/// var random = SeededRandom.fresh()
/// let documents = Int.random(in: 1...24, using: &random)
/// #expect(check.status == 0, "\(random.replay)")
/// ```
public struct SeededRandom: RandomNumberGenerator, Sendable {
    /// The seed the sequence started from.
    public let seed: UInt64
    private var state: UInt64

    public init(seed: UInt64) {
        self.seed = seed
        self.state = seed
    }

    /// A generator seeded from `$POA_TEST_SEED` when it is set (to replay a failure), else
    /// from the system's generator (a new sequence on every run).
    public static func fresh() -> SeededRandom {
        let given = ProcessInfo.processInfo.environment["POA_TEST_SEED"].flatMap { UInt64($0) }
        return SeededRandom(seed: given ?? UInt64.random(in: 0...UInt64.max))
    }

    /// How to run the test again on the same numbers, for a failure message.
    public var replay: String { "seed \(seed): run again with POA_TEST_SEED=\(seed)" }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
