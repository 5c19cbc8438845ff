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

    /// A sequence without contiguous storage is hashed by its bytes, like an array of them.
    @Test func anyByteSequenceGivesTheDigestOfItsBytes() {
        let bytes = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        #expect(SHA256.hex(of: bytes.lazy.map { $0 }) == SHA256.hex(of: bytes))
        #expect(SHA256.hex(of: bytes[3...]) == SHA256.hex(of: Array(bytes[3...])))
        #expect(SHA256.hex(of: bytes[3...]) != SHA256.hex(of: bytes))
    }
}
