import SHA256Extensions

/// The SHA-256 digest (FIPS 180-4), used for document identity and migration checksums.
///
/// Foundation on Linux has no CryptoKit, and a cryptography package would double the build
/// time for one function; this is a small, tested implementation over raw bytes. Where the CPU
/// has the x86 SHA extensions, whole blocks go through them (`SHA256Extensions`, in C): the
/// importer hashes every file it reads, and the portable rounds are a large share of its reading.
///
/// For example:
///
/// ```swift
/// SHA256.hex(of: Array("abc".utf8))
/// // "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
/// ```
public struct SHA256: Sendable {
    private var state: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) = (
        0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19
    )
    private var pending: [UInt8] = []
    private var length: UInt64 = 0
    /// Whether whole blocks go through the CPU's SHA instructions.
    private let accelerated: Bool

    /// Whether this hasher's whole blocks go through the CPU's SHA instructions.
    var usesExtensions: Bool { accelerated }

    /// Whether this CPU has the SHA extensions (checked once).
    static let extensionsAvailable = poa_sha256_extensions_available() != 0

    public init() { self.init(portable: false) }

    /// With `portable`, the Swift rounds even where the CPU has SHA instructions: for tests
    /// that compare the two.
    init(portable: Bool) {
        accelerated = !portable && SHA256.extensionsAvailable
        pending.reserveCapacity(64)
    }

    /// The lowercase hexadecimal digest of `bytes`.
    public static func hex(of bytes: some Sequence<UInt8>) -> String {
        var hasher = SHA256()
        hasher.update(Array(bytes))
        return hasher.finalizeHex()
    }

    /// Feeds more bytes; call as often as needed for streamed input.
    public mutating func update(_ bytes: [UInt8]) {
        length &+= UInt64(bytes.count)
        bytes.withUnsafeBufferPointer { buffer in
            var offset = 0
            if !pending.isEmpty {
                let take = min(64 - pending.count, buffer.count)
                pending.append(contentsOf: buffer[0..<take])
                offset = take
                if pending.count == 64 {
                    let block = pending
                    block.withUnsafeBufferPointer { compress(UnsafeRawBufferPointer($0)) }
                    pending.removeAll(keepingCapacity: true)
                }
            }
            let whole = (buffer.count - offset) / 64 * 64
            if whole > 0 {
                compress(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: buffer[offset..<offset + whole])))
                offset += whole
            }
            if offset < buffer.count { pending.append(contentsOf: buffer[offset...]) }
        }
    }

    /// Pads, finishes and returns the lowercase hexadecimal digest.
    public mutating func finalizeHex() -> String {
        let bitLength = length &* 8
        var tail = pending
        tail.append(0x80)
        while tail.count % 64 != 56 { tail.append(0) }
        for shift in stride(from: 56, through: 0, by: -8) { tail.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift))) }
        tail.withUnsafeBufferPointer { compress(UnsafeRawBufferPointer($0)) }
        pending.removeAll()
        let words = [state.0, state.1, state.2, state.3, state.4, state.5, state.6, state.7]
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(64)
        for word in words {
            for shift in stride(from: 28, through: 0, by: -4) {
                out.append(digits[Int((word >> UInt32(shift)) & 0xF)])
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static let k: [UInt32] = [
        0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
        0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
        0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
        0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
        0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
        0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
        0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
        0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
    ]

    /// Runs the compression function over `blocks`, a whole number of 64-byte blocks.
    ///
    /// The message schedule is kept as a ring of its last 16 words and extended inside the
    /// rounds, and the state stays in locals from one block to the next: one pass, no
    /// per-block setup.
    private mutating func compress(_ blocks: UnsafeRawBufferPointer) {
        if accelerated, let base = blocks.baseAddress {
            withUnsafeMutableBytes(of: &state) { words in
                poa_sha256_compress(
                    words.baseAddress!.assumingMemoryBound(to: UInt32.self), base.assumingMemoryBound(to: UInt8.self),
                    blocks.count / 64)
            }
            return
        }
        var (h0, h1, h2, h3, h4, h5, h6, h7) = state
        SHA256.k.withUnsafeBufferPointer { k in
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 16) { w in
                var start = 0
                while start + 64 <= blocks.count {
                    for i in 0..<16 {
                        w[i] = UInt32(bigEndian: blocks.loadUnaligned(fromByteOffset: start + 4 * i, as: UInt32.self))
                    }
                    var (a, b, c, d, e, f, g, h) = (h0, h1, h2, h3, h4, h5, h6, h7)
                    @inline(__always) func round(_ i: Int, _ word: UInt32) {
                        let s1 = e.rotatedRight(6) ^ e.rotatedRight(11) ^ e.rotatedRight(25)
                        let choice = (e & f) ^ (~e & g)
                        let t1 = h &+ s1 &+ choice &+ k[i] &+ word
                        let s0 = a.rotatedRight(2) ^ a.rotatedRight(13) ^ a.rotatedRight(22)
                        let majority = (a & b) ^ (a & c) ^ (b & c)
                        (h, g, f, e, d, c, b, a) = (g, f, e, d &+ t1, c, b, a, t1 &+ s0 &+ majority)
                    }
                    for i in 0..<16 { round(i, w[i]) }
                    for i in 16..<64 {
                        let w15 = w[(i - 15) & 15], w2 = w[(i - 2) & 15]
                        let s0 = w15.rotatedRight(7) ^ w15.rotatedRight(18) ^ (w15 >> 3)
                        let s1 = w2.rotatedRight(17) ^ w2.rotatedRight(19) ^ (w2 >> 10)
                        let word = w[i & 15] &+ s0 &+ w[(i - 7) & 15] &+ s1
                        w[i & 15] = word
                        round(i, word)
                    }
                    h0 &+= a
                    h1 &+= b
                    h2 &+= c
                    h3 &+= d
                    h4 &+= e
                    h5 &+= f
                    h6 &+= g
                    h7 &+= h
                    start += 64
                }
            }
        }
        state = (h0, h1, h2, h3, h4, h5, h6, h7)
    }
}

extension UInt32 {
    @inline(__always) fileprivate func rotatedRight(_ count: UInt32) -> UInt32 {
        (self >> count) | (self << (32 - count))
    }
}
