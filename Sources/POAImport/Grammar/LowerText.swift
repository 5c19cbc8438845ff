/// A line's lowercased bytes, searched without Foundation (whose `String.contains` bridges
/// through `NSString` and dominated the reader's time).
struct LowerText {
    let bytes: ArraySlice<UInt8>

    init(_ bytes: ArraySlice<UInt8>) { self.bytes = bytes }

    init(_ text: String) {
        bytes = Array(text.utf8).map { ASCII.isUpper($0) ? $0 | 0x20 : $0 }[...]
    }

    func hasPrefix(_ prefix: String) -> Bool { bytes.starts(with: prefix.utf8) }

    func contains(_ needle: String) -> Bool { offset(of: needle) != nil }

    /// The offset from the start of the line of the first match of `needle`.
    func offset(of needle: String) -> Int? {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first, bytes.count >= pattern.count else { return nil }
        var index = bytes.startIndex
        while index <= bytes.endIndex - pattern.count {
            if bytes[index] == first, bytes[index..<(index + pattern.count)].elementsEqual(pattern) {
                return index - bytes.startIndex
            }
            index += 1
        }
        return nil
    }
}
