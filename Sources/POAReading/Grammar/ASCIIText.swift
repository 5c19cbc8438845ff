/// Plain ASCII text, read on its bytes where the grammar would otherwise read `Character`s.
///
/// On text whose bytes are all below 0x80 and hold no carriage return, every `Character` is
/// exactly one byte (CR LF is the only ASCII pair that makes one character), lowercasing and
/// the Unicode properties the grammar asks about (letter, digit, upper, lower) are the ASCII
/// ones, and two strings are equal exactly when their bytes are. So a byte-level reading of
/// such text gives what the `String` reading gives, without the cost of grapheme breaking,
/// `lowercased()` copies and hashing. Any other text keeps the `String` reading: the byte
/// paths are used only where ``withPlainBytes(_:_:)`` says they may be.
enum ASCIIText {
    /// Calls `body` with the UTF-8 of `text` when it is plain ASCII (see above); nil otherwise.
    @inline(__always)
    static func withPlainBytes<Result>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
        if let result = text.utf8.withContiguousStorageIfAvailable({ bytes -> Result? in isPlain(bytes) ? body(bytes) : nil }) {
            return result
        }
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { isPlain($0) ? body($0) : nil }
    }

    /// Whether every byte is below 0x80 and none is a carriage return.
    @inline(__always)
    static func isPlain<Bytes: Collection>(_ bytes: Bytes) -> Bool where Bytes.Element == UInt8 {
        for byte in bytes where byte >= 0x80 || byte == 0x0D { return false }
        return true
    }

    /// The runs of `bytes` between separators, empty runs left out: `split(whereSeparator:)`
    /// on bytes, as ranges of `bytes`' indices.
    ///
    /// For example, splitting " Jane  Doe" at spaces gives the ranges of "Jane" and "Doe".
    static func words(_ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>? = nil, separatedBy isSeparator: (UInt8) -> Bool) -> [Range<Int>] {
        var words: [Range<Int>] = []
        let whole = range ?? 0..<bytes.count
        var index = whole.lowerBound
        while index < whole.upperBound {
            if isSeparator(bytes[index]) {
                index += 1
                continue
            }
            let start = index
            while index < whole.upperBound, !isSeparator(bytes[index]) { index += 1 }
            words.append(start..<index)
        }
        return words
    }

    /// `range` without the leading and trailing bytes for which `strip` is true.
    @inline(__always)
    static func trimming(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ strip: (UInt8) -> Bool) -> Range<Int> {
        var low = range.lowerBound, high = range.upperBound
        while low < high, strip(bytes[low]) { low += 1 }
        while high > low, strip(bytes[high - 1]) { high -= 1 }
        return low..<high
    }

    /// The string of `bytes[range]` (plain ASCII, so no validation can fail).
    @inline(__always)
    static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
}

/// A fixed set of lowercase ASCII words, looked up by bytes: what `Set<String>.contains` on a
/// lowercased word answers, without making the word.
///
/// For example:
///
/// ```swift
/// let suffixes = ASCIIWordSet(["jr", "jr.", "iii"])
/// suffixes.contains(lowercasing: Array("JR.".utf8))  // true
/// ```
struct ASCIIWordSet: Sendable {
    /// The words, end to end; entries of bucket `b` are `entries[bucketStart[b]..<bucketStart[b + 1]]`.
    private let flat: [UInt8]
    private let entries: [Range<Int>]
    private let bucketStart: [Int]

    /// A set of `words`, which must be lowercase ASCII.
    init<Words: Sequence>(_ words: Words) where Words.Element == String {
        let list = words.map { Array($0.utf8) }
        precondition(list.allSatisfy { word in word.allSatisfy { $0 < 0x80 && !ASCII.isUpper($0) } }, "lowercase ASCII words only")
        var flat: [UInt8] = []
        var entries: [Range<Int>] = []
        var starts: [Int] = []
        for bucket in 0..<ASCIIWordSet.bucketCount {
            starts.append(entries.count)
            for word in list where ASCIIWordSet.bucket(length: word.count, first: word.first ?? 0) == bucket {
                entries.append(flat.count..<(flat.count + word.count))
                flat += word
            }
        }
        starts.append(entries.count)
        self.flat = flat
        self.entries = entries
        bucketStart = starts
    }

    private static let bucketCount = 16 * 32

    @inline(__always) private static func bucket(length: Int, first: UInt8) -> Int {
        (length & 15) << 5 | Int(ASCII.lowered(first) & 31)
    }

    /// Whether the word, ASCII-lowercased, is in the set.
    func contains<Bytes: Collection>(lowercasing word: Bytes) -> Bool where Bytes.Element == UInt8 {
        let length = word.count
        let bucket = ASCIIWordSet.bucket(length: length, first: word.first ?? 0)
        var slot = bucketStart[bucket]
        let end = bucketStart[bucket + 1]
        while slot < end {
            let entry = entries[slot]
            if entry.count == length {
                var at = entry.lowerBound
                var same = true
                for byte in word {
                    if ASCII.lowered(byte) != flat[at] {
                        same = false
                        break
                    }
                    at += 1
                }
                if same { return true }
            }
            slot += 1
        }
        return false
    }
}
