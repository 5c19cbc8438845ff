import POACore

/// Why an authority query could not be answered, in words a user can act on.
public enum QueryError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No person matches the name.
    case unknownPerson(String)
    /// Several people match the name; the candidates are listed.
    case ambiguousPerson(String, candidates: [String])
    case unknownIssuer(String)
    case ambiguousIssuer(String, candidates: [String])

    public var description: String {
        switch self {
        case .unknownPerson(let name):
            return "no person named \"\(name)\" in the ledger: check the spelling, or import the filings that name them"
        case .ambiguousPerson(let name, let candidates):
            return "\"\(name)\" could be any of: \(candidates.joined(separator: "; ")). Give the full name as written."
        case .unknownIssuer(let name):
            return "no issuer named \"\(name)\" in the ledger: check the spelling, or give its CIK"
        case .ambiguousIssuer(let name, let candidates):
            return "\"\(name)\" could be any of: \(candidates.joined(separator: "; ")). Give the full name or the CIK."
        }
    }
}
