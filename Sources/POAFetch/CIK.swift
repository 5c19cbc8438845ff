/// A Central Index Key: EDGAR's number for a filer, a company or a person.
///
/// EDGAR writes it padded to ten digits in some places (`CIK0001318605.json`, submission headers)
/// and bare in others (`Archives/edgar/data/1318605/`, `company_tickers.json`); one value,
/// both spellings.
///
/// For example:
///
/// ```swift
/// let tesla = CIK("0001318605")   // CIK(1318605)
/// tesla?.padded                   // "0001318605"
/// tesla?.description              // "1318605"
/// ```
public struct CIK: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    public let value: Int

    /// A CIK from 1 to 10 digits, leading zeros allowed; nil for anything else.
    public init?(_ text: some StringProtocol) {
        let digits = text.utf8
        guard (1...10).contains(digits.count), digits.allSatisfy({ (48...57).contains($0) }),
            let value = Int(text), value > 0
        else { return nil }
        self.value = value
    }

    public init?(_ value: Int) {
        guard value > 0, value <= 9_999_999_999 else { return nil }
        self.value = value
    }

    /// Ten digits, as in the submissions index's file name.
    public var padded: String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, 10 - digits.count)) + digits
    }

    /// Without leading zeros, as in archive paths.
    public var description: String { String(value) }

    public static func < (lhs: CIK, rhs: CIK) -> Bool { lhs.value < rhs.value }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text: String
        if let string = try? container.decode(String.self) { text = string } else { text = String(try container.decode(Int.self)) }
        guard let cik = CIK(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "\"\(text)\" is not a CIK")
        }
        self = cik
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
