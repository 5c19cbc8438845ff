/// Small lexical helpers over SQL text. They never judge safety (SQLite does that); they only
/// tell whether anything follows the one statement SQLite compiled, and find placeholder names.
enum SQLTail {
    /// Whether `text` holds nothing but whitespace, `;` and comments (`-- ...`, `/* ... */`).
    static func isBlank(_ text: String) -> Bool {
        var bytes = Substring(text).utf8[...]
        while let first = bytes.first {
            if first == UInt8(ascii: ";") || first == 0x20 || (0x09...0x0D).contains(first) {
                bytes = bytes.dropFirst()
            } else if bytes.starts(with: "--".utf8) {
                bytes = bytes.drop { $0 != 0x0A }
            } else if bytes.starts(with: "/*".utf8) {
                guard let end = find("*/", in: bytes.dropFirst(2)) else { return true }  // unterminated comment
                bytes = bytes[end...].dropFirst(2)
            } else {
                return false
            }
        }
        return true
    }

    /// The first keyword of `sql` after comments and whitespace, upper-cased (`VACUUM`).
    static func firstWord(_ sql: String) -> String? {
        var bytes = Substring(sql).utf8[...]
        while let first = bytes.first {
            if first == 0x20 || (0x09...0x0D).contains(first) || first == UInt8(ascii: ";") {
                bytes = bytes.dropFirst()
            } else if bytes.starts(with: "--".utf8) {
                bytes = bytes.drop { $0 != 0x0A }
            } else if bytes.starts(with: "/*".utf8), let end = find("*/", in: bytes.dropFirst(2)) {
                bytes = bytes[end...].dropFirst(2)
            } else {
                break
            }
        }
        let word = bytes.prefix { isIdentifierByte($0) }
        return word.isEmpty ? nil : String(decoding: word, as: UTF8.self).uppercased()
    }

    /// The names of the `:name`, `@name` and `$name` placeholders of `sql`, in order of first use,
    /// skipping string literals, quoted identifiers and comments.
    static func parameterNames(in sql: String) -> [String] {
        var names: [String] = []
        var bytes = Substring(sql).utf8[...]
        while let first = bytes.first {
            switch first {
            case UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "`"):
                bytes = skipQuoted(bytes, closing: first)
            case UInt8(ascii: "["):
                bytes = skipQuoted(bytes, closing: UInt8(ascii: "]"))
            case UInt8(ascii: "-") where bytes.starts(with: "--".utf8):
                bytes = bytes.drop { $0 != 0x0A }
            case UInt8(ascii: "/") where bytes.starts(with: "/*".utf8):
                guard let end = find("*/", in: bytes.dropFirst(2)) else { return names }
                bytes = bytes[end...].dropFirst(2)
            case UInt8(ascii: ":"), UInt8(ascii: "@"), UInt8(ascii: "$"):
                let name = bytes.dropFirst().prefix { isIdentifierByte($0) }
                if !name.isEmpty {
                    let text = String(decoding: name, as: UTF8.self)
                    if !names.contains(text) { names.append(text) }
                }
                bytes = bytes.dropFirst(1 + name.count)
            default:
                // Skip a whole word, so `a:b` inside an identifier is not read as a placeholder.
                let word = bytes.prefix { isIdentifierByte($0) }
                bytes = bytes.dropFirst(max(1, word.count))
            }
        }
        return names
    }

    private static func skipQuoted(_ bytes: Substring.UTF8View.SubSequence, closing: UInt8)
        -> Substring.UTF8View.SubSequence
    {
        var rest = bytes.dropFirst()
        while let index = rest.firstIndex(of: closing) {
            rest = rest[index...].dropFirst()
            // A doubled quote is an escaped one, inside the literal.
            guard rest.first == closing, closing != UInt8(ascii: "]") else { return rest }
            rest = rest.dropFirst()
        }
        return rest[rest.endIndex...]
    }

    private static func find(_ needle: String, in bytes: Substring.UTF8View.SubSequence) -> Substring.UTF8View.Index? {
        var rest = bytes
        while !rest.isEmpty {
            if rest.starts(with: needle.utf8) { return rest.startIndex }
            rest = rest.dropFirst()
        }
        return nil
    }

    private static func isIdentifierByte(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
            || byte == UInt8(ascii: "_") || byte >= 0x80
    }
}
