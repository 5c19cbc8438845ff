import POACore

/// Why an authority query could not be answered, in words a user can act on.
public enum QueryError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No person matches the name; `nearest` are the names in the ledger a typing mistake away
    /// (see `NearestNames`), nearest first, for names a user typed.
    case unknownPerson(String, nearest: [String] = [])
    /// Several people match the name; the candidates are listed.
    case ambiguousPerson(String, candidates: [String])
    /// No issuer matches the name or CIK; `nearest` are the issuers a typing mistake away.
    case unknownIssuer(String, nearest: [String] = [])
    case ambiguousIssuer(String, candidates: [String])

    public var description: String {
        switch self {
        case .unknownPerson(let name, let nearest) where !nearest.isEmpty:
            return "no person named \"\(name)\" in the ledger; did you mean \(QueryError.either(nearest))?"
        case .unknownPerson(let name, _):
            return "no person named \"\(name)\" in the ledger: check the spelling, or import the filings that name them"
        case .ambiguousPerson(let name, let candidates):
            return "\"\(name)\" could be any of: \(candidates.joined(separator: "; ")). Give the full name as written."
        case .unknownIssuer(let name, let nearest) where !nearest.isEmpty:
            return "no issuer named \"\(name)\" in the ledger; did you mean \(QueryError.either(nearest))?"
        case .unknownIssuer(let name, _):
            return "no issuer named \"\(name)\" in the ledger: check the spelling, or give its CIK"
        case .ambiguousIssuer(let name, let candidates):
            return "\"\(name)\" could be any of: \(candidates.joined(separator: "; ")). Give the full name or the CIK."
        }
    }

    /// "A", "A or B", "A or B or C": no commas between names, since issuers' names hold commas.
    static func either(_ names: [String]) -> String { names.joined(separator: " or ") }
}
