/// A number of bytes, as people write it for `poa import --max-file-size`: `64M`, `1G`, `1.5G`,
/// `512KiB` or plain bytes (`33554432`).
///
/// The units are powers of 1024 (`K`, `M`, `G`, `T`, each optionally followed by `i` and `B`,
/// in any case), as `ls -h` and `du -h` count: a limit is compared with what `stat` says, in
/// bytes, and a "64M" that meant 64,000,000 would refuse a file `ls` shows as 62M.
///
/// For example:
///
/// ```swift
/// FileSize(parsing: "64M")?.bytes      // 67_108_864
/// FileSize(bytes: 209_715_200).description  // "200.0 MiB"
/// ```
public struct FileSize: Comparable, Sendable, CustomStringConvertible {
    public let bytes: Int

    public init(bytes: Int) {
        self.bytes = bytes
    }

    private static let units: [(letter: Character, shift: Int)] = [("K", 10), ("M", 20), ("G", 30), ("T", 40)]

    /// Reads `64M`, `1G`, `1.5G`, `512KiB`, `64MB`, `100B` or `33554432`; nil for anything else,
    /// for zero, and for a size too large to count.
    public init?(parsing text: String) {
        // The unit, read from the end: an optional "B", after an optional "i", after an optional
        // K, M, G or T ("i" only after one of them).
        var number = Substring(text)
        if number.last == "B" || number.last == "b" { number = number.dropLast() }
        let binary = number.last == "i" || number.last == "I"
        if binary { number = number.dropLast() }
        var shift = 0
        if let last = number.last, let unit = Self.units.first(where: { String($0.letter) == last.uppercased() }) {
            shift = unit.shift
            number = number.dropLast()
        } else if binary {
            return nil
        }
        // The number: digits, and a fraction only with a unit (a byte has no half).
        let parts = number.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let whole = parts.first, !whole.isEmpty, whole.allSatisfy(\.isASCIIDigit),
            parts.count == 1 || (shift > 0 && !parts[1].isEmpty && parts[1].allSatisfy(\.isASCIIDigit)),
            let integer = Int(whole), integer < Int.max >> shift
        else { return nil }
        var bytes = integer << shift
        if parts.count == 2 {
            // "1.5G": a fraction of the unit, rounded down to a byte.
            guard let value = Double(number), value * Double(1 << shift) < 0x1p62 else { return nil }
            bytes = Int(value * Double(1 << shift))
        }
        guard bytes > 0 else { return nil }
        self.bytes = bytes
    }

    /// "32 MiB", "200.0 MiB", "1.5 GiB", "512 bytes": whole units without a fraction, others
    /// with one digit.
    public var description: String {
        guard let unit = Self.units.last(where: { bytes >= 1 << $0.shift }) else {
            return bytes == 1 ? "1 byte" : "\(bytes) bytes"
        }
        let size = 1 << unit.shift
        if bytes % size == 0 { return "\(bytes / size) \(unit.letter)iB" }
        let tenths = (bytes * 10 + size / 2) / size
        return "\(tenths / 10).\(tenths % 10) \(unit.letter)iB"
    }

    /// How to write this size for `--max-file-size` (`32M`, `1G`, or bytes when it is no whole
    /// number of KiB).
    public var argument: String {
        guard let unit = Self.units.last(where: { bytes >= 1 << $0.shift && bytes % (1 << $0.shift) == 0 }) else {
            return String(bytes)
        }
        return "\(bytes >> unit.shift)\(unit.letter)"
    }

    /// The smallest power of two of mebibytes (at least 1 MiB) that holds `self`: a limit to
    /// suggest for a file this large.
    public var roundedUpToAPowerOfTwoMiB: FileSize {
        var size = 1 << 20
        while size < bytes && size <= Int.max / 2 { size *= 2 }
        return FileSize(bytes: size)
    }

    public static func < (lhs: FileSize, rhs: FileSize) -> Bool { lhs.bytes < rhs.bytes }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
