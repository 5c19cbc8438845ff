/// An SEC form that a power of attorney may cover: its scope.
///
/// Section 16 authority is about `ID`, `3`, `4`, `5` and `144`; powers of attorney for other
/// filings (`13D`, `13G`, `10-K`, `S-8`...) are recorded with their forms too, and give no
/// Section 16 authority. A form's raw value is its canonical name: `"4"`, `"ID"`, `"13G"`.
///
/// For example:
///
/// ```swift
/// let form = try Form(parsing: "Form 4")   // Form.four
/// form.isSection16                           // true
/// ```
public struct Form: RawRepresentable, Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public static let id = Form(rawValue: "ID")
    public static let three = Form(rawValue: "3")
    public static let four = Form(rawValue: "4")
    public static let five = Form(rawValue: "5")
    public static let f144 = Form(rawValue: "144")

    /// The forms of Section 16 reporting and Rule 144 notices, in their usual order.
    public static let section16: [Form] = [.id, .three, .four, .five, .f144]

    /// Reads a form name as users and documents write it: `4`, `Form 4`, `form id`, `Schedule 13G`.
    ///
    /// - Throws: ``CoreError/invalidForm(_:)`` for empty or implausible text.
    public init(parsing text: String) throws(CoreError) {
        var name = text.trimmingWhitespace.uppercased()
        for prefix in ["SEC ", "FORM ", "SCHEDULE "] where name.hasPrefix(prefix) {
            name = String(name.dropFirst(prefix.count)).trimmingWhitespace
        }
        let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-/")
        guard !name.isEmpty, name != "FORM", name != "SCHEDULE", name.count <= 12, name.allSatisfy(allowed.contains) else {
            throw .invalidForm(text)
        }
        self.rawValue = name
    }

    /// Whether authority for this form is Section 16 authority (or a Rule 144 notice).
    public var isSection16: Bool { Form.section16.contains(self) }

    public var description: String { rawValue }

    /// Section 16 forms first in their usual order (ID, 3, 4, 5, 144), then others by name.
    public static func < (lhs: Form, rhs: Form) -> Bool {
        let (left, right) = (lhs.rank, rhs.rank)
        return left != right ? left < right : left == Form.section16.count && lhs.rawValue < rhs.rawValue
    }

    /// The place of a Section 16 form in ``section16``; after them all for any other form.
    private var rank: Int {
        switch rawValue {
        case "ID": 0
        case "3": 1
        case "4": 2
        case "5": 3
        case "144": 4
        default: Form.section16.count
        }
    }

    /// `forms` in `Form` order, each once: as they are when already strictly ascending (the
    /// common case, checked without hashing), sorted and without repeats otherwise.
    public static func canonical(_ forms: [Form]) -> [Form] {
        if zip(forms, forms.dropFirst()).allSatisfy({ $0 < $1 }) { return forms }
        return Set(forms).sorted()
    }

    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and line breaks.
    public var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(String.UnicodeScalarView(scalars[start...end]))
    }
}
