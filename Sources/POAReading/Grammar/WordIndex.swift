/// Where each word of a passage starts, grouped by the word: the keyword index that lets a
/// phrase search jump to the places its first word occurs instead of rescanning the text.
///
/// Built once per passage, in one pass over its lowercased bytes. A word is a maximal run of
/// word bytes (``ASCII/isWordByte(_:)``); words are bucketed by a hash of their bytes, and each
/// bucket keeps its words' start offsets in text order. A lookup returns a superset of the
/// places a word occurs (other words may share its bucket), so callers always verify a match.
/// Building it is one pass over the text and one over its words, with no hashing of whole words.
///
/// For example:
///
/// ```swift
/// let index = WordIndex(Array("to be or not to be".utf8))
/// index.forEachCandidate(hash: WordIndex.hash(Array("to".utf8)[...]), from: 1) { start in
///     print(start)  // 13 (and any other word hashing to the same bucket)
///     return false  // keep going
/// }
/// ```
struct WordIndex: Sendable {
    /// Bucket `b` holds `positions[bucketStart[b]..<bucketStart[b + 1]]`.
    private var bucketStart: [UInt32] = []
    private var positions: [UInt32] = []
    private var mask = 0

    /// An index that finds nothing; searches fall back to scanning.
    init() {}

    /// Indexes the words of `lower` (the passage's lowercased bytes).
    init(_ lower: [UInt8]) {
        guard !lower.isEmpty, lower.count < Int(UInt32.max) else { return }
        var buckets = 64
        while buckets < lower.count / 8, buckets < 1 << 16 { buckets <<= 1 }
        let mask = buckets - 1
        self.mask = mask
        // Counting sort by bucket: find the words once (start and bucket of each, kept), count
        // them per bucket, turn counts into first slots, then fill in text order.
        var found: [UInt64] = []
        found.reserveCapacity(lower.count / 4)
        var starts = [UInt32](repeating: 0, count: buckets + 1)
        lower.withUnsafeBufferPointer { text in
            starts.withUnsafeMutableBufferPointer { counts in
                WordIndex.forEachWord(text) { start, hash in
                    let bucket = Int(hash) & mask
                    counts[bucket] &+= 1
                    found.append(UInt64(bucket) << 32 | UInt64(start))
                }
                var running: UInt32 = 0
                for bucket in 0...buckets {
                    let count = counts[bucket]
                    counts[bucket] = running
                    running &+= count
                }
            }
        }
        var fill = starts
        let total = found.count
        let filled = [UInt32](unsafeUninitializedCapacity: total) { out, initialized in
            fill.withUnsafeMutableBufferPointer { next in
                for word in found {
                    let bucket = Int(word >> 32)
                    out[Int(next[bucket])] = UInt32(truncatingIfNeeded: word)
                    next[bucket] &+= 1
                }
            }
            initialized = total
        }
        bucketStart = starts
        positions = filled
    }

    /// Whether lookups can be answered (false for an empty passage or the empty index).
    var isUsable: Bool { !bucketStart.isEmpty }

    /// Calls `body` with the start offset of every indexed word, at or after `from`, whose
    /// hash shares `hash`'s bucket, in text order, until `body` returns true.
    func forEachCandidate(hash: UInt32, from: Int, _ body: (Int) -> Bool) {
        let bucket = Int(hash) & mask
        positions.withUnsafeBufferPointer { all in
            var low = Int(bucketStart[bucket])
            var high = Int(bucketStart[bucket + 1])
            let end = high
            while low < high {
                let mid = (low + high) / 2
                if Int(all[mid]) < from { low = mid + 1 } else { high = mid }
            }
            var slot = low
            while slot < end {
                if body(Int(all[slot])) { return }
                slot += 1
            }
        }
    }

    /// The hash of a word, as the index buckets it: its first four bytes and its length,
    /// mixed. Cheap to make while scanning; words that share a bucket are told apart when a
    /// match is verified.
    @inline(__always) static func hash(_ word: ArraySlice<UInt8>) -> UInt32 {
        var head: UInt32 = 0
        for byte in word.prefix(4) { head = head << 8 | UInt32(byte) }
        return mix(head, length: word.count)
    }

    @inline(__always) private static func mix(_ head: UInt32, length: Int) -> UInt32 {
        let value = (UInt64(head) << 8 | UInt64(truncatingIfNeeded: length) & 0xFF) &* 0x9E37_79B9_7F4A_7C15
        return UInt32(truncatingIfNeeded: value >> 32)
    }

    /// Calls `body` with the start and hash of every word (maximal run of word bytes) in `text`.
    @inline(__always)
    private static func forEachWord(_ text: UnsafeBufferPointer<UInt8>, _ body: (Int, UInt32) -> Void) {
        var index = 0
        let count = text.count
        while index < count {
            guard ASCII.isWordByte(text[index]) else {
                index += 1
                continue
            }
            let start = index
            var head: UInt32 = 0
            while index < count, ASCII.isWordByte(text[index]) {
                if index - start < 4 { head = head << 8 | UInt32(text[index]) }
                index += 1
            }
            body(start, mix(head, length: index - start))
        }
    }
}
