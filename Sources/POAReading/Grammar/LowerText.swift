/// A line's lowercased bytes, searched without Foundation (whose `String.contains` bridges
/// through `NSString` and dominated the reader's time) and without copying the needle: a
/// string literal's UTF-8 is read in place.
struct LowerText {
    let bytes: ArraySlice<UInt8>

    init(_ bytes: ArraySlice<UInt8>) { self.bytes = bytes }

    init(_ text: String) {
        bytes = Array(text.utf8).map { ASCII.isUpper($0) ? $0 | 0x20 : $0 }[...]
    }

    func hasPrefix(_ prefix: String) -> Bool {
        LowerText.withBytes(prefix) { pattern in
            guard pattern.count <= bytes.count else { return false }
            return bytes.withUnsafeBufferPointer { text in
                for offset in 0..<pattern.count where text[offset] != pattern[offset] { return false }
                return true
            }
        }
    }

    func contains(_ needle: String) -> Bool { offset(of: needle) != nil }

    /// Whether any of `needles` occurs, in one pass over the line.
    func containsAny(_ needles: Needles) -> Bool { needles.occursIn(bytes) }

    /// The offset from the start of the line of the first match of `needle`.
    func offset(of needle: String) -> Int? {
        LowerText.withBytes(needle) { pattern -> Int? in
            guard let first = pattern.first, bytes.count >= pattern.count else { return nil }
            return bytes.withUnsafeBufferPointer { text -> Int? in
                var index = 0
                let last = text.count - pattern.count
                while let at = ByteSearch.firstIndex(of: first, in: text, from: index, through: last) {
                    var offset = 1
                    while offset < pattern.count && text[at + offset] == pattern[offset] { offset += 1 }
                    if offset == pattern.count { return at }
                    index = at + 1
                }
                return nil
            }
        }
    }

    /// Calls `body` with the UTF-8 of `text`, in place when the string is contiguous.
    @inline(__always)
    private static func withBytes<Result>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }
}
