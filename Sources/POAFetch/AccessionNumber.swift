/// The number EDGAR gives one filing: the filer agent's CIK, the year and a sequence,
/// `0001209191-16-101234`.
///
/// It names the filing everywhere: the submissions index lists it, the archive keeps the
/// filing under it (without dashes in the folder name, with them in the file name), and the
/// submission's header repeats it as `ACCESSION NUMBER:`.
///
/// For example:
///
/// ```swift
/// let number = AccessionNumber("0001209191-16-101234")
/// number?.withoutDashes   // "000120919116101234"
/// ```
public struct AccessionNumber: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    /// The dashed form, `NNNNNNNNNN-NN-NNNNNN`.
    public let description: String

    /// A dashed accession number; nil for anything else (so it is safe in a path or a URL).
    public init?(_ text: some StringProtocol) {
        let bytes = Array(text.utf8)
        guard bytes.count == 20 else { return nil }
        for (index, byte) in bytes.enumerated() {
            let dash = index == 10 || index == 13
            guard dash ? byte == UInt8(ascii: "-") : (48...57).contains(byte) else { return nil }
        }
        description = String(text)
    }

    /// The archive folder's name: the same digits, no dashes.
    public var withoutDashes: String { description.filter { $0 != "-" } }

    public static func < (lhs: AccessionNumber, rhs: AccessionNumber) -> Bool { lhs.description < rhs.description }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let number = AccessionNumber(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "\"\(text)\" is not an accession number")
        }
        self = number
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
