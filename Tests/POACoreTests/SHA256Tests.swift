import POATestSupport
import Testing

@testable import POACore

struct SHA256Tests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        ),
        (
            "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
            "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"
        ),
    ])
    func matchesTheFIPSTestVectors(input: String, digest: String) {
        #expect(SHA256.hex(of: input.utf8) == digest)
    }

    @Test func oneMillionAs() {
        let bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        #expect(SHA256.hex(of: bytes) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test(arguments: [1, 7, 63, 64, 65, 200])
    func streamingInPiecesGivesTheSameDigest(pieceSize: Int) {
        let bytes = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        var hasher = SHA256()
        var start = 0
        while start < bytes.count {
            let end = min(bytes.count, start + pieceSize)
            hasher.update(Array(bytes[start..<end]))
            start = end
        }
        #expect(hasher.finalizeHex() == SHA256.hex(of: bytes))
    }

    /// Where the CPU has SHA instructions, whole blocks go through them; the portable rounds must
    /// give the same digest for every length and content. Without the instructions both sides
    /// would be the portable rounds, and the test would compare them with themselves: it is
    /// skipped there.
    @Test(.enabled(if: SHA256.extensionsAvailable, "this CPU has no SHA instructions: nothing to compare"))
    func theCPUsSHAInstructionsAndThePortableRoundsAgree() {
        var random = SeededRandom.fresh()
        for length in Array(0...300) + [1_000, 4_096, 65_537, 1_000_003] {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &random) }
            var portable = SHA256(portable: true)
            portable.update(bytes)
            var chosen = SHA256()
            #expect(chosen.usesExtensions)
            chosen.update(bytes)
            #expect(chosen.finalizeHex() == portable.finalizeHex(), "\(length) bytes, \(random.replay)")
        }
    }
}
