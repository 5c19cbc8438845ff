/// One value of a result row, as SQLite stored it: the formatters decide how each kind is shown
/// (a JSON number, a quoted CSV field...), so the storage class is kept, not flattened to text.
public enum QueryValue: Equatable, Sendable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob([UInt8])

    /// Whether the value is a number, so tables align it to the right.
    var isNumber: Bool {
        switch self {
        case .integer, .real: return true
        default: return false
        }
    }

    /// The value as plain text: NULL is empty, reals in their shortest round-trip form, blobs as
    /// an SQL hex literal (`X'00FF'`). Shared by the table, CSV and markdown formatters.
    var plainText: String {
        switch self {
        case .null: return ""
        case .integer(let value): return String(value)
        case .real(let value): return String(value)
        case .text(let value): return value
        case .blob(let bytes): return "X'" + Self.hex(bytes) + "'"
        }
    }

    static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// A parameter value for a `:name` placeholder, typed from its command-line text.
///
/// `--param n=42` binds the integer 42 and `--param x=2.5` the real 2.5, so comparisons with
/// numeric columns work; anything else, including numbers with leading zeros such as a CIK
/// (`0001234567`), binds as text, so comparisons with text columns work too.
public enum ParameterValue: Equatable, Sendable {
    case integer(Int64)
    case real(Double)
    case text(String)

    /// Types `text`: a canonical integer, else a finite decimal real, else text.
    public init(typing text: String) {
        if let integer = Int64(text), String(integer) == text {
            self = .integer(integer)
        } else if Self.looksDecimal(text), let real = Double(text), real.isFinite {
            self = .real(real)
        } else {
            self = .text(text)
        }
    }

    /// `-?digits.digits([eE][+-]?digits)?` with one leading zero at most: no `inf`, `nan`, hex or `007.5`.
    private static func looksDecimal(_ text: String) -> Bool {
        var bytes = Substring(text).utf8[...]
        if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        let whole = bytes.prefix { (48...57).contains($0) }
        guard !whole.isEmpty, whole.count == 1 || whole.first != UInt8(ascii: "0") else { return false }
        bytes = bytes.dropFirst(whole.count)
        var sawFractionOrExponent = false
        if bytes.first == UInt8(ascii: ".") {
            let fraction = bytes.dropFirst().prefix { (48...57).contains($0) }
            guard !fraction.isEmpty else { return false }
            bytes = bytes.dropFirst(1 + fraction.count)
            sawFractionOrExponent = true
        }
        if let first = bytes.first, first == UInt8(ascii: "e") || first == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            if let sign = bytes.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
            let exponent = bytes.prefix { (48...57).contains($0) }
            guard !exponent.isEmpty else { return false }
            bytes = bytes.dropFirst(exponent.count)
            sawFractionOrExponent = true
        }
        return bytes.isEmpty && sawFractionOrExponent
    }
}

/// Named parameters from `name=value` arguments (the `--param` options).
public struct QueryParameters: Equatable, Sendable {
    /// The values by name, without the `:` prefix.
    public private(set) var values: [String: ParameterValue] = [:]
    /// The values by name as they were typed, before typing: what `poa report` resolves for a
    /// parameter of a declared kind (a form `4` is a name there, not the number 4).
    public private(set) var typed: [String: String] = [:]

    public init() {}

    /// Values given directly: for callers that already hold typed values.
    public init(_ values: [String: ParameterValue]) {
        self.values = values
    }

    /// Parses `name=value` arguments; the value may be empty and may contain `=`.
    /// A leading `:`, `@` or `$` on the name is accepted and dropped.
    ///
    /// - Throws: `ReportsError.malformedParameter` for an argument without `=` or without a name.
    public init(arguments: [String]) throws(ReportsError) {
        for argument in arguments {
            guard let equals = argument.firstIndex(of: "=") else { throw .malformedParameter(argument: argument) }
            var name = Substring(argument[..<equals])
            if let first = name.first, ":@$".contains(first) { name = name.dropFirst() }
            guard !name.isEmpty else { throw .malformedParameter(argument: argument) }
            let text = String(argument[argument.index(after: equals)...])
            values[String(name)] = ParameterValue(typing: text)
            typed[String(name)] = text
        }
    }

    /// Binds `name` to `value`, in place of what was typed: a resolved person's id, a day.
    public mutating func bind(_ name: String, to value: ParameterValue) {
        values[name] = value
    }

    /// Equal when they bind the same values, however they were typed.
    public static func == (lhs: QueryParameters, rhs: QueryParameters) -> Bool { lhs.values == rhs.values }
}
