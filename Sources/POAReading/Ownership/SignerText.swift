import Foundation
import POACore

/// What a signature line on an ownership filing says about who signed, and how.
public struct SignerReading: Equatable, Sendable {
    /// How the signer says they signed.
    public enum Capacity: String, Equatable, Sendable {
        /// "..., attorney-in-fact", "as Attorney-in-Fact for ...", "pursuant to power of attorney".
        case attorneyInFact = "attorney-in-fact"
        /// For an entity or in an office: "XYZ Capital LP, By: John Doe, Managing Member".
        case signatory
        /// A name and nothing else: "/s/ David N. Levenson".
        case inPerson = "in-person"
        /// No name could be read.
        case unknown
    }

    /// The signer's name, as written without the marks around it; nil when none can be read.
    public var name: String?
    public var capacity: Capacity
    /// Whom the line says it signs for ("Attorney-in-Fact for David N. Levenson", "XYZ LP, By: ...").
    public var onBehalfOf: String?
    /// The office or role stated after the name ("Managing Member").
    public var role: String?

    public init(name: String?, capacity: Capacity, onBehalfOf: String? = nil, role: String? = nil) {
        self.name = name
        self.capacity = name == nil ? .unknown : capacity
        self.onBehalfOf = onBehalfOf
        self.role = role
    }
}

/// Reads the signer out of a signature line: small named steps, each tested on its own.
///
/// 1. ``unmarked(_:)`` drops the signature marks: "/s/", "s/", "Signature:", the slashes of "/Name/".
/// 2. ``attorneyPhrase(in:)`` finds the attorney-in-fact wording and whom it is for.
/// 3. ``splitBy(_:)`` separates "PRINCIPAL, By: SIGNER".
/// 4. ``splitRole(_:)`` separates "SIGNER, Managing Member" (a name suffix such as ", III" stays).
/// 5. ``plausibleName(_:)`` keeps a name only if it looks like one: nothing is guessed.
///
/// For example:
///
/// ```swift
/// SignerText.read("/s/ Terence D. Shields, attorney-in-fact")
/// // SignerReading(name: "Terence D. Shields", capacity: .attorneyInFact)
/// SignerText.read("XYZ Capital LP, By: /s/ John Doe, Managing Member")
/// // SignerReading(name: "John Doe", capacity: .signatory, onBehalfOf: "XYZ Capital LP", role: "Managing Member")
/// ```
enum SignerText {
    static func read(_ written: String) -> SignerReading {
        // A space after the line lets a phrase end with it ("..., by Susan Murr under POA").
        let text = unmarked(written) + " "
        if let phrase = attorneyPhrase(in: text) {
            let before = trimmedTail(String(text[..<phrase.range.lowerBound]))
            // "Katherine Lamb for MILLS ELLIOT K by Power of Attorney": whom the signer signs for
            // stands between the name and the phrase.
            let (signed, between) = splitFor(before)
            let (principal, signer) = splitBy(signed)
            if let name = plausibleName(splitRole(signer).name) {
                return SignerReading(name: name, capacity: .attorneyInFact, onBehalfOf: phrase.forWhom ?? between ?? principal)
            }
            // "By: POA Pursuant Liz Ramirez For: Sudhindra Kankanwadi": the signer after the phrase.
            var after = text[phrase.range.upperBound...].split(separator: " ").map(String.init)
            while let first = after.first, ["pursuant", "to", ":"].contains(first.lowercased()) { after.removeFirst() }
            let (agent, forWhom) = splitFor(after.joined(separator: " "))
            return SignerReading(name: plausibleName(splitRole(agent).name), capacity: .attorneyInFact, onBehalfOf: forWhom ?? principal)
        }
        let (principal, signer) = splitBy(text)
        // "By: Josh M. Westerman For: Robert H. Swan": a person signing for another is their
        // attorney-in-fact, for an entity its signatory.
        let (agent, forWhom) = splitFor(signer)
        if let forWhom, let name = plausibleName(splitRole(agent).name) {
            let capacity: SignerReading.Capacity = PersonName(forWhom).isEntity ? .signatory : .attorneyInFact
            return SignerReading(name: name, capacity: capacity, onBehalfOf: forWhom)
        }
        var (name, role) = splitRole(signer)
        // "Bingham, R. Dean": the last name first, the given names after the comma.
        if principal == nil, let given = role, isLastNameFirst(name, given: given) {
            (name, role) = ("\(given) \(name)", nil)
        }
        let capacity: SignerReading.Capacity = principal != nil || role != nil ? .signatory : .inPerson
        return SignerReading(name: plausibleName(name), capacity: capacity, onBehalfOf: principal, role: role)
    }

    /// Words of offices and capacities, which a name's given names never are.
    private static let officeWords: Set<String> = [
        "director", "president", "officer", "trustee", "member", "manager", "managing", "partner", "secretary",
        "treasurer", "counsel", "chairman", "chair", "ceo", "cfo", "coo", "vp", "vice", "attorney", "agent", "signatory",
        "general", "chief", "executive", "authorized", "title", "its", "as", "by", "for", "and", "of", "the", "llc",
        "inc", "lp", "trust", "fund",
    ]

    /// Whether "LAST, GIVEN" is one person's name written last name first: one word before the
    /// comma, one to three given names or initials after it, none of them an office.
    static func isLastNameFirst(_ last: String, given: String) -> Bool {
        let lastWords = last.split(separator: " ")
        let givenWords = given.split(separator: " ")
        guard lastWords.count == 1, (1...3).contains(givenWords.count), !PersonName(last).isEntity else { return false }
        return givenWords.allSatisfy { word in
            guard let first = word.first, first.isUppercase else { return false }
            return !officeWords.contains(word.lowercased().trimmingCharacters(in: .punctuationCharacters))
        }
    }

    /// "SIGNER for PRINCIPAL" (or "For:") split at the first "for" after a word: (signer,
    /// principal or nil). A line that starts with "for" names no signer before it.
    static func splitFor(_ text: String) -> (signer: String, principal: String?) {
        let words = text.split(separator: " ").map(String.init)
        guard let at = words.indices.dropFirst().first(where: { ["for", "for:"].contains(words[$0].lowercased()) }) else {
            return (text, nil)
        }
        let signer = words[..<at].joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: " ,;:"))
        let principal = words[(at + 1)...].joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: " .,;:()"))
        return principal.isEmpty ? (text, nil) : (signer, principal)
    }

    /// The line without signature marks, slashes and extra white space. Each mark is taken out
    /// in one pass over the line (a line of thousands of marks costs no rescans).
    static func unmarked(_ text: String) -> String {
        var result = text
        // "/a/Jennifer A. Smith": a mistyped "/s/", one letter between slashes before the name.
        let lead = result.drop { $0 == " " }
        if lead.count > 3, lead.first == "/", lead.dropFirst().first?.isLetter == true, lead.dropFirst(2).first == "/" {
            result = " " + lead.dropFirst(3)
        }
        for mark in ["/s/", "/ s /", "/s /"] { result = result.replacingOccurrences(of: mark, with: " ", options: .caseInsensitive) }
        result = wordStartSlashMarksRemoved(result)
        for mark in ["signature:", "name:"] { result = result.replacingOccurrences(of: mark, with: " ", options: .caseInsensitive) }
        result = result.replacingOccurrences(of: "/", with: " ").replacingOccurrences(of: "*", with: " ")
        return result.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// `text` with each "s/ " that starts a word made a space, left to right, up to the first
    /// one inside a word ("Ross/ Ltd"), which it and all after it keep.
    private static func wordStartSlashMarksRemoved(_ text: String) -> String {
        var result = ""
        var rest = text.startIndex
        while let range = text.range(of: "s/ ", options: .caseInsensitive, range: rest..<text.endIndex) {
            if range.lowerBound != text.startIndex, !text[text.index(before: range.lowerBound)].isWhitespace { break }
            result += text[rest..<range.lowerBound]
            result += " "
            rest = range.upperBound
        }
        return result + text[rest...]
    }

    /// The attorney-in-fact wording: where it is, and the principal it names after "for", "on
    /// behalf of" or "of".
    static func attorneyPhrase(in text: String) -> (range: Range<String.Index>, forWhom: String?)? {
        let phrases = [
            "attorneys-in-fact", "attorney-in-fact", "attorney in fact", "attorney-in fact", "attorney in-fact",
            "pursuant to a power of attorney", "pursuant to power of attorney", "by power of attorney",
            "under power of attorney", "power of attorney", "(poa", ", poa", " poa ", "attoney-in-fact", "attorney- in-fact",
            // "Jacob Burkett (Confirming Statement on File)": the statement is his authority.
            "confirming statement on file", "(confirming statement",
        ]
        let found = phrases.compactMap { text.range(of: $0, options: .caseInsensitive) }
        guard let range = found.min(by: { $0.lowerBound < $1.lowerBound }) else { return nil }
        var after = Substring(text[range.upperBound...])
        after = after.drop { $0 == " " || $0 == "," || $0 == ":" || $0 == "-" }
        var forWhom: String?
        // "Attorney-in-fact for X", "... on behalf of X", "Attorney-in-fact of Alphabet Inc.".
        for lead in ["on behalf of ", "for ", "of "] where after.lowercased().hasPrefix(lead) {
            let principal = after.dropFirst(lead.count).trimmingCharacters(in: CharacterSet(charactersIn: " .,;:()"))
            forWhom = principal.isEmpty ? nil : principal
            break
        }
        return (range, forWhom)
    }

    /// Drops the words and marks that lead into the attorney wording: "..., as", "his", "pursuant to".
    static func trimmedTail(_ text: String) -> String {
        let filler: Set<String> = [
            "as", "his", "her", "its", "their", "the", "an", "a", "by", "pursuant", "to", "under", "per", "duly", "authorized",
            "through", "with",
        ]
        var words = text.split(separator: " ").map(String.init)
        while let last = words.last {
            let bare = last.trimmingCharacters(in: CharacterSet(charactersIn: ",;:-()"))
            if bare.isEmpty || filler.contains(bare.lowercased()) {
                words.removeLast()
            } else {
                if bare != last, last.hasSuffix(",") || last.hasSuffix(";") || last.hasSuffix("(") || last.hasSuffix("-") {
                    words[words.count - 1] = String(last.dropLast())
                }
                break
            }
        }
        return words.joined(separator: " ")
    }

    /// "PRINCIPAL, By: SIGNER" split at the last "By": (principal or nil, signer).
    static func splitBy(_ text: String) -> (principal: String?, signer: String) {
        let words = text.split(separator: " ").map(String.init)
        guard let at = words.lastIndex(where: { ["by", "by:"].contains($0.lowercased()) }) else { return (nil, text) }
        let principal = words[..<at].joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: " ,;:"))
        let signer = words[(at + 1)...].joined(separator: " ")
        return (principal.isEmpty ? nil : principal, signer)
    }

    /// "John Doe, Managing Member" split into the name and the role; "Edward J. Kelly, III" keeps its suffix.
    static func splitRole(_ text: String) -> (name: String, role: String?) {
        let pieces = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard var name = pieces.first else { return ("", nil) }
        var rest = pieces.dropFirst()
        while let next = rest.first, isNameSuffix(next) {
            name += ", " + next
            rest = rest.dropFirst()
        }
        return (name, rest.isEmpty ? nil : rest.joined(separator: ", "))
    }

    private static func isNameSuffix(_ piece: String) -> Bool {
        let words = PersonName.words(piece)
        return words.count == 1 && ["jr", "sr", "ii", "iii", "iv", "v", "esq", "md", "phd", "cpa"].contains(words[0])
    }

    /// The name if it reads as a person's or an entity's name: two to seven words, no digits
    /// (except in an entity's name), each capitalised (or all in capitals, or a particle such as
    /// "van"), and none of the words that mean the line is not a name ("see", "exhibit", "signature").
    static func plausibleName(_ text: String) -> String? {
        var name = text.trimmingCharacters(in: CharacterSet(charactersIn: " ,;:()\"'"))
        if name.hasSuffix("."), let last = name.split(separator: " ").last, last.count > 3 { name.removeLast() }
        let words = name.split(separator: " ")
        guard (2...7).contains(words.count) else { return nil }
        let isEntity = PersonName(name).isEntity
        let particles: Set<String> = ["van", "von", "de", "der", "den", "da", "di", "du", "la", "le", "del", "della", "st", "y", "e"]
        let refusals: Set<String> = [
            "see", "exhibit", "signature", "signed", "attorney", "attorneys", "power", "behalf", "reporting", "person",
            "owner", "filed", "herewith", "on", "file", "none", "n/a", "name",
        ]
        let allCapitals = name == name.uppercased()
        for word in words {
            let lower = word.lowercased()
            if refusals.contains(lower.trimmingCharacters(in: .punctuationCharacters)) { return nil }
            if !isEntity, word.contains(where: \.isNumber) { return nil }
            guard let first = word.first, first.isLetter || first.isNumber else { return nil }
            if !allCapitals, !first.isUppercase, !first.isNumber, !particles.contains(lower) { return nil }
        }
        return name
    }
}
