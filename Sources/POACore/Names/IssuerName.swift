import Foundation

/// An issuer's name reduced to a key, so the spellings of one company meet.
///
/// "THE HARTFORD FINANCIAL SERVICES GROUP, INC., a Delaware corporation" and EDGAR's
/// "Hartford Financial Services Group Inc/DE" both key to `hartford financial services group inc`:
/// case, punctuation, a leading "The", a state-of-incorporation tail ("/DE", ", a Delaware
/// corporation") and the spelling of corporate suffixes do not matter. A CIK, when known, decides
/// identity before any name does.
public enum IssuerName {
    static let suffixForms: [String: String] = [
        "incorporated": "inc", "corporation": "corp", "company": "co", "limited": "ltd",
        "l": "", "p": "",
    ]

    /// The words of a key that name a company's legal form ("inc", "corp", "llc"...).
    static let legalForms: Set<String> = ["inc", "corp", "co", "ltd", "llc", "lp", "llp", "plc", "sa", "nv", "ag", "se"]

    /// The keys `key` stands for when its legal form is left out or added: "quorran fluidics"
    /// for "quorran fluidics inc", and the other way round. A name typed by a user often leaves
    /// the "Inc." out; a filing never decides identity this way.
    public static func keysWithOtherLegalForm(_ key: String) -> [String] {
        var words = key.split(separator: " ").map(String.init)
        guard let last = words.last else { return [] }
        if legalForms.contains(last) {
            words.removeLast()
            return words.isEmpty ? [] : [words.joined(separator: " ")]
        }
        return legalForms.sorted().map { key + " " + $0 }
    }

    /// The key of `name`. Remembered: a corpus names the same few issuers thousands of times,
    /// and the reduction (two regular expressions) costs more than recording a document.
    public static func key(_ name: String) -> String {
        if let known = cache.value(for: name) { return known }
        let key = computeKey(name)
        cache.remember(key, for: name)
        return key
    }

    private static let cache = Memo<String, String>(limit: 4096)

    static func computeKey(_ name: String) -> String {
        var text = name
        // Drop ", a Delaware corporation" and the like, and EDGAR's "/DE" state tails.
        if let range = text.range(of: #",?\s+an?\s+[A-Z][A-Za-z ]*?(corporation|company|limited liability company|partnership|trust)\b.*$"#,
            options: [.regularExpression, .caseInsensitive])
        {
            text.removeSubrange(range)
        }
        if let range = text.range(of: #"/[A-Za-z]{2,3}/?\s*$"#, options: .regularExpression) {
            text.removeSubrange(range)
        }
        var words = PersonName.words(text.replacingOccurrences(of: "L.P.", with: "LP"))
        if words.first == "the" { words.removeFirst() }
        return words.compactMap { word -> String? in
            let mapped = suffixForms[word] ?? word
            return mapped.isEmpty ? nil : mapped
        }.joined(separator: " ")
    }
}
