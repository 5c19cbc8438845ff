/// How many typing mistakes separate two spellings, for suggesting the nearest name to a typo.
///
/// The optimal-string-alignment distance over bytes: inserting, deleting or changing a letter,
/// or swapping two neighbours ("Dvaid" for "David"), each counts one. Bounded: once the
/// distance must exceed `limit` the answer is `limit + 1`, found early from the length
/// difference or a row of the table that is all above it. The table is three rows on the stack
/// and read through pointers, since a suggestion compares a typed name with thousands of keys.
public enum EditDistance {
    /// The distance between `a` and `b`, or `limit + 1` when it is larger than `limit`.
    public static func between(_ a: String, _ b: String, limit: Int) -> Int {
        var a = a, b = b
        return a.withUTF8 { a in b.withUTF8 { b in between(a, b, limit: limit) } }
    }

    /// The distance between two byte strings, or `limit + 1` when it is larger than `limit`.
    public static func between(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, limit: Int) -> Int {
        let n = a.count, m = b.count
        let over = limit + 1
        if n - m > limit || m - n > limit { return over }
        if n == 0 || m == 0 { return n > m ? n : m }
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * (m + 1)) { table -> Int in
            guard let base = table.baseAddress, let a = a.baseAddress, let b = b.baseAddress else { return over }
            var before = base, previous = base + (m + 1), current = base + 2 * (m + 1)
            for j in 0...m {
                previous[j] = j
                before[j] = over
            }
            for i in 1...n {
                current[0] = i
                var smallest = i
                let letter = a[i - 1]
                for j in 1...m {
                    var value = previous[j - 1] + (letter == b[j - 1] ? 0 : 1)
                    let deleted = previous[j] + 1
                    if deleted < value { value = deleted }
                    let inserted = current[j - 1] + 1
                    if inserted < value { value = inserted }
                    if i > 1, j > 1, letter == b[j - 2], a[i - 2] == b[j - 1] {
                        let swapped = before[j - 2] + 1
                        if swapped < value { value = swapped }
                    }
                    current[j] = value
                    if value < smallest { smallest = value }
                }
                if smallest > limit { return over }
                (before, previous, current) = (previous, current, before)
            }
            return previous[m] > limit ? over : previous[m]
        }
    }
}
