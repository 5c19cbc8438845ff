/// HTML character references: named (`&amp;`, `&nbsp;`, `&rsquo;`...) and numeric
/// (`&#8217;`, `&#x2019;`).
enum HTMLEntity {
    /// The scalar value and byte length of the reference at `index` (which holds `&`), or nil.
    static func decode(_ source: [UInt8], at index: Int, end: Int) -> (UInt32, Int)? {
        var cursor = index + 1
        let limit = min(end, index + 12)
        if cursor < limit, source[cursor] == UInt8(ascii: "#") {
            cursor += 1
            var hex = false
            if cursor < limit, source[cursor] | 0x20 == UInt8(ascii: "x") {
                hex = true
                cursor += 1
            }
            var value: UInt32 = 0
            var digits = 0
            while cursor < limit {
                let byte = source[cursor]
                let digit: UInt32
                if ASCII.isDigit(byte) {
                    digit = UInt32(byte - 0x30)
                } else if hex, (byte | 0x20) >= 0x61, (byte | 0x20) <= 0x66 {
                    digit = UInt32((byte | 0x20) - 0x61 + 10)
                } else {
                    break
                }
                value = value &* (hex ? 16 : 10) &+ digit
                digits += 1
                cursor += 1
            }
            guard digits > 0, digits <= 7 else { return nil }
            if cursor < end, source[cursor] == UInt8(ascii: ";") { cursor += 1 }
            return (windowsFix(value), cursor - index)
        }
        var name = [UInt8]()
        while cursor < limit, ASCII.isLetter(source[cursor]) || ASCII.isDigit(source[cursor]) {
            name.append(source[cursor])
            cursor += 1
        }
        guard let value = named[String(decoding: name, as: UTF8.self)] else { return nil }
        if cursor < end, source[cursor] == UInt8(ascii: ";") {
            cursor += 1
        } else if !["amp", "nbsp", "lt", "gt", "quot"].contains(String(decoding: name, as: UTF8.self)) {
            return nil
        }
        return (value, cursor - index)
    }

    /// Numeric references to 0x80-0x9F mean their Windows-1252 characters in practice;
    /// invalid scalars become U+FFFD.
    private static func windowsFix(_ value: UInt32) -> UInt32 {
        switch value {
        case 0x91, 0x92: return 0x2019
        case 0x93, 0x94: return 0x201D
        case 0x96, 0x97: return 0x2013
        case 0, 0xD800...0xDFFF, 0x110000...: return 0xFFFD
        default: return value
        }
    }

    private static let named: [String: UInt32] = [
        "amp": 0x26, "nbsp": 0x20, "lt": 0x3C, "gt": 0x3E, "quot": 0x22, "apos": 0x27, "rsquo": 0x2019,
        "lsquo": 0x2018, "ldquo": 0x201C, "rdquo": 0x201D, "ndash": 0x2013, "mdash": 0x2014, "sect": 0xA7,
        "eacute": 0xE9, "egrave": 0xE8, "aacute": 0xE1, "agrave": 0xE0, "iacute": 0xED, "oacute": 0xF3,
        "uacute": 0xFA, "ntilde": 0xF1, "ccedil": 0xE7, "uuml": 0xFC, "ouml": 0xF6, "auml": 0xE4,
        "Eacute": 0xC9, "copy": 0xA9, "reg": 0xAE, "trade": 0x2122, "middot": 0xB7, "bull": 0x2022,
        "hellip": 0x2026, "ensp": 0x20, "emsp": 0x20, "thinsp": 0x20, "shy": 0x20, "zwnj": 0x20, "para": 0xB6,
    ]
}
