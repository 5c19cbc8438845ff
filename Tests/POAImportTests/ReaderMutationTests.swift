import Foundation
import POACore
import Testing

@testable import POAImport

/// The reader never crashes or hangs on damaged input: 2,000 seeded mutations of the samples
/// (byte flips, truncations, duplicated and deleted runs, spliced lines) each get a verdict.
struct ReaderMutationTests {
    /// SplitMix64: a small seeded generator, so a failure can be replayed.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var value = state
            value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
            value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
            return value ^ (value >> 31)
        }
    }

    static func samples() throws -> [[UInt8]] {
        let names = try FileManager.default.contentsOfDirectory(atPath: SampleFiles.folder.path)
            .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".htm") }.sorted()
        return try names.map(SampleFiles.bytes)
    }

    static func mutate(_ input: [UInt8], samples: [[UInt8]], using random: inout SeededGenerator) -> [UInt8] {
        var bytes = input
        for _ in 0..<Int.random(in: 1...4, using: &random) {
            let at = bytes.isEmpty ? 0 : Int.random(in: 0..<bytes.count, using: &random)
            switch Int.random(in: 0..<6, using: &random) {
            case 0 where !bytes.isEmpty:  // flip a byte
                bytes[at] = UInt8.random(in: 0...255, using: &random)
            case 1:  // truncate
                bytes = Array(bytes.prefix(at))
            case 2 where !bytes.isEmpty:  // duplicate a run
                let end = min(bytes.count, at + Int.random(in: 1...400, using: &random))
                bytes.insert(contentsOf: bytes[at..<end], at: Int.random(in: 0...bytes.count, using: &random))
            case 3 where !bytes.isEmpty:  // delete a run
                bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...200, using: &random)))
            case 4:  // splice in part of another sample
                let other = samples[Int.random(in: 0..<samples.count, using: &random)]
                let from = Int.random(in: 0..<other.count, using: &random)
                bytes.insert(contentsOf: other[from..<min(other.count, from + 600)], at: at)
            default:  // a run of random bytes
                bytes.insert(contentsOf: (0..<Int.random(in: 1...16, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }, at: at)
            }
        }
        return bytes
    }

    @Test func twoThousandMutatedSamplesEachGetAVerdict() throws {
        let samples = try Self.samples()
        try #require(samples.count >= 13)
        var random = SeededGenerator(state: 0x504F_415F_4C45_4447)
        var labels: [String: Int] = [:]
        for round in 0..<2_000 {
            let input = Self.mutate(samples[round % samples.count], samples: samples, using: &random)
            let extraction = DocumentReader.read(input)
            labels[extraction.verdict.label, default: 0] += 1
            switch extraction.verdict {
            case .poa(let instruments):
                // Something to record: instruments, or the signatures of an ownership filing.
                #expect(!instruments.isEmpty || !extraction.signatures.isEmpty, "round \(round)")
            case .needsReview(let reason, _), .notPOA(let reason), .error(let reason): #expect(!reason.isEmpty, "round \(round)")
            }
        }
        #expect(labels.values.reduce(0, +) == 2_000)
        #expect(labels["poa", default: 0] > 0)
    }
}
