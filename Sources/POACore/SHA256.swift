internal import Crypto
import Foundation

/// The SHA-256 digest (FIPS 180-4) as lowercase hexadecimal: a document's identity in the ledger
/// and a migration's checksum.
///
/// The digest itself is swift-crypto's (BoringSSL, which uses the CPU's SHA instructions where
/// it has them): the importer hashes every file it reads. This type only names the one form the
/// ledger stores, so that no other module imports Crypto.
///
/// For example:
///
/// ```swift
/// SHA256.hex(of: Array("abc".utf8))
/// // "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
/// ```
public enum SHA256 {
    /// The lowercase hexadecimal digest of `bytes`.
    public static func hex(of bytes: some Sequence<UInt8>) -> String {
        let digest =
            bytes.withContiguousStorageIfAvailable { Crypto.SHA256.hash(data: UnsafeRawBufferPointer($0)) }
            ?? Array(bytes).withUnsafeBytes { Crypto.SHA256.hash(data: $0) }
        return hex(digest)
    }

    private static let digits = Array("0123456789abcdef".utf8)

    private static func hex(_ digest: Crypto.SHA256.Digest) -> String {
        String(unsafeUninitializedCapacity: Crypto.SHA256.Digest.byteCount * 2) { text in
            var index = 0
            for byte in digest {
                text[index] = digits[Int(byte >> 4)]
                text[index + 1] = digits[Int(byte & 0x0f)]
                index += 2
            }
            return index
        }
    }
}
