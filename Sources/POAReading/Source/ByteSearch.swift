/// Plain substring searches over bytes, without making strings or copying the needle.
///
/// Used where a whole word index would not pay: sniffing a container's first kilobytes, and
/// one line at a time. Each search is one pass over the haystack.
enum ByteSearch {
    /// The first offset in `first..<end` where `needle` starts (the match may run past `end`,
    /// but not past the haystack), or nil.
    static func find(_ needle: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>, from first: Int, before end: Int) -> Int? {
        guard let lead = needle.first, first >= 0 else { return nil }
        let last = min(end - 1, hay.count - needle.count)
        var index = first
        while let at = firstIndex(of: lead, in: hay, from: index, through: last) {
            if matches(needle, hay, at: at) { return at }
            index = at + 1
        }
        return nil
    }

    /// The first offset in `first...last` of `hay` holding `byte`, or nil; eight bytes are
    /// tested at a time, so a line with no `byte` costs an eighth of a byte-by-byte look.
    @inline(__always)
    static func firstIndex(of byte: UInt8, in hay: UnsafeBufferPointer<UInt8>, from first: Int, through last: Int) -> Int? {
        var index = first
        let ones: UInt64 = 0x0101_0101_0101_0101
        let pattern = UInt64(byte) &* ones
        while index <= last {
            if index + 8 <= hay.count {
                // A zero byte of `word` is a byte equal to `byte`; the lowest flagged one is exact.
                let word = UInt64(littleEndian: UnsafeRawPointer(hay.baseAddress! + index).loadUnaligned(as: UInt64.self)) ^ pattern
                let zeros = (word &- ones) & ~word & (ones << 7)
                if zeros == 0 {
                    index += 8
                    continue
                }
                let found = index + zeros.trailingZeroBitCount / 8
                return found <= last ? found : nil
            }
            if hay[index] == byte { return index }
            index += 1
        }
        return nil
    }

    /// Whether `needle` is at `index` of `hay` (which must leave room for it).
    @inline(__always)
    static func matches(_ needle: UnsafeBufferPointer<UInt8>, _ hay: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        var offset = 1
        while offset < needle.count {
            if hay[index + offset] != needle[offset] { return false }
            offset += 1
        }
        return true
    }
}

/// Several needles looked for in one pass: at each position only the needles that can start
/// there are tried. The answer is the same as asking for each needle in turn.
///
/// A bit per pair of bytes says whether any needle starts with that pair, so most positions
/// are passed over on one bit test; the needles that can start at a position are grouped by
/// their first two bytes (one-byte needles by their byte), so a haystack full of `<` does not
/// try every `<tag` at every `<`.
///
/// For example:
///
/// ```swift
/// let tags = Needles(["<html", "<body"])
/// tags.occursIn(Array("x <body>".utf8)[...])  // true
/// ```
struct Needles: Sendable {
    /// The needles, end to end; needle `i` is `flat[start[i]..<start[i + 1]]`.
    private let flat: [UInt8]
    private let start: [Int]
    /// Needle numbers grouped: one-byte needles with byte `b` in group `b`, longer needles
    /// starting with `a, b` in group `256 + pairGroup(a, b)`; group `g` is
    /// `order[groupStart[g]..<groupStart[g + 1]]`, in the order the needles were given.
    private let groupStart: [Int]
    private let order: [Int]
    /// A bit per pair of bytes `(a, b)` (bit `a << 8 | b`) that can start a needle.
    private let pairs: [UInt64]

    private static let pairGroups = 1024

    @inline(__always) private static func pairGroup(_ first: UInt8, _ second: UInt8) -> Int {
        (Int(first) &* 37 &+ Int(second)) & (pairGroups - 1)
    }

    init(_ needles: [String]) {
        let list = needles.map { Array($0.utf8) }.filter { !$0.isEmpty }
        flat = list.flatMap { $0 }
        start = list.reduce(into: [0]) { $0.append($0[$0.count - 1] + $1.count) }
        let group = { (needle: [UInt8]) in needle.count == 1 ? Int(needle[0]) : 256 + Needles.pairGroup(needle[0], needle[1]) }
        var groupStart = [Int](repeating: 0, count: 256 + Needles.pairGroups + 1)
        var order: [Int] = []
        for number in 0..<(256 + Needles.pairGroups) {
            groupStart[number] = order.count
            order += list.indices.filter { group(list[$0]) == number }
        }
        groupStart[256 + Needles.pairGroups] = order.count
        self.groupStart = groupStart
        self.order = order
        var pairs = [UInt64](repeating: 0, count: 65_536 / 64)
        for needle in list {
            // A one-byte needle starts at any pair beginning with its byte.
            let seconds = needle.count > 1 ? [Int(needle[1])] : Array(0..<256)
            for second in seconds {
                let pair = Int(needle[0]) << 8 | second
                pairs[pair >> 6] |= 1 << UInt64(pair & 63)
            }
        }
        self.pairs = pairs
    }

    /// How many needles there are.
    var count: Int { start.count - 1 }

    /// Whether any needle occurs in `hay`.
    func occursIn(_ hay: ArraySlice<UInt8>) -> Bool {
        var any = false
        scan(hay) { _ in
            any = true
            return true
        }
        return any
    }

    /// Which needles occur in `hay`, as a bit per needle (bit `i` for the `i`th, up to 64).
    func occurrences(in hay: ArraySlice<UInt8>) -> UInt64 {
        var found: UInt64 = 0
        let all: UInt64 = count >= 64 ? .max : (1 << UInt64(count)) - 1
        scan(hay) { needle in
            if needle < 64 { found |= 1 << UInt64(needle) }
            return found == all
        }
        return found
    }

    /// Calls `body` with the number of each needle found, position by position, until it
    /// returns true.
    private func scan(_ hay: ArraySlice<UInt8>, _ body: (Int) -> Bool) {
        hay.withUnsafeBufferPointer { text in
            flat.withUnsafeBufferPointer { flat in
                start.withUnsafeBufferPointer { start in
                    groupStart.withUnsafeBufferPointer { groupStart in
                        order.withUnsafeBufferPointer { order in
                            pairs.withUnsafeBufferPointer { pairs in
                                /// Tries the needles of `group` at `index`; true when `body` says stop.
                                func tryGroup(_ group: Int, at index: Int) -> Bool {
                                    var slot = groupStart[group]
                                    let end = groupStart[group + 1]
                                    while slot < end {
                                        let needle = order[slot]
                                        let from = start[needle], length = start[needle + 1] - from
                                        if index + length <= text.count {
                                            var offset = 0
                                            while offset < length && text[index + offset] == flat[from + offset] { offset += 1 }
                                            if offset == length && body(needle) { return true }
                                        }
                                        slot += 1
                                    }
                                    return false
                                }
                                var index = 0
                                while index < text.count {
                                    let byte = text[index]
                                    if index + 1 < text.count {
                                        let pair = Int(byte) << 8 | Int(text[index + 1])
                                        if pairs[pair >> 6] & (1 << UInt64(pair & 63)) != 0 {
                                            if tryGroup(Int(byte), at: index) { return }
                                            if tryGroup(256 + Needles.pairGroup(byte, text[index + 1]), at: index) { return }
                                        }
                                    } else if tryGroup(Int(byte), at: index) {
                                        return  // the last byte: only a one-byte needle fits
                                    }
                                    index += 1
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
