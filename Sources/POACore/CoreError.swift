/// Errors in POA Ledger's domain values, with messages a user can act on.
public enum CoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Text that should have been an ISO `YYYY-MM-DD` day, and was not (or named no real day).
    case invalidDay(String)
    /// A form name that is not one POA Ledger knows how to scope.
    case invalidForm(String)
    /// A form named on the command line that is none of ``Form/named`` (nor, where a filing is
    /// meant and `amendments` is true, an amendment such as `4/A`).
    case unknownForm(String, amendments: Bool)

    public var description: String {
        switch self {
        case .invalidDay(let text):
            return "\"\(text)\" is not a day: write it as YYYY-MM-DD, for example 2010-07-07"
        case .invalidForm(let text):
            return "\"\(text)\" is not a form: use ID, 3, 4, 5, 144, or another SEC form name such as 13D"
        case .unknownForm(let text, let amendments):
            let forms = Form.named.map(\.rawValue).joined(separator: ", ")
            let amended = amendments ? ", or an amendment such as 4/A" : ""
            return "\"\(text)\" is not a form poa answers for: give one of \(forms) (also written \"Form 4\")\(amended)"
        }
    }
}
