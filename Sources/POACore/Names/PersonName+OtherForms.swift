/// The same person's name in another form than ``PersonName/isCompatible(with:)`` allows: what
/// EDGAR's conformed names and people's own habits do to a name.
///
/// - the words in another order, a compound surname included: EDGAR's "CHICO HERNANDEZ
///   ANDRES" for "Andres Chico Hernandez", "MATOS RODRIGUEZ FELIX V." for "Felix Matos Rodriguez";
/// - a hyphen written as a space or left out: "TAN LIP BU" for "Lip-Bu Tan", "LAMMTENNANT
///   JOAN M" for "Joan Lamm-Tennant", "Campbell Ann Marie" for "Ann-Marie Campbell";
/// - a leading initial left out: "BAYH EVAN" for "B. Evan Bayh";
/// - a common nickname of a given name with another initial: "RAFAEL BETSY" for "Elizabeth Rafael".
///
/// The full words (longer than one letter) must be the same on both sides, as sets, with at
/// least two of them; initials, when both spellings have some, must be the same; suffixes must
/// not contradict. A name with a word more or a word less is another name: "Geoff Beattie" is
/// not "William G. Beattie", whatever the odds.
extension PersonName {
    /// Whether `a` and `b` are the same words of one name in another form (see above). Entities
    /// never are: their names compare whole.
    public static func sameWords(_ a: String, _ b: String) -> Bool {
        guard let first = WordForms(a), let second = WordForms(b) else { return false }
        if let x = first.suffix, let y = second.suffix, x != y { return false }
        if !first.initials.isEmpty, !second.initials.isEmpty, first.initials != second.initials { return false }
        return (first.split.count >= 2 && first.split == second.split) || (first.joined.count >= 2 && first.joined == second.joined)
    }

    /// The last names under which another form of `text` may be filed (``key`` is
    /// `last|initial`): each full word, and each pair of neighbouring words written as one
    /// ("SANGIOVANNI VINCENTELLI" may be filed under `sangiovannivincentelli`).
    public static func surnamesToSearch(_ text: String) -> [String] {
        let words = PersonName.words(text).filter { $0.count > 1 && !titles.contains($0) && !suffixes.contains($0) }
        var surnames: [String] = []
        for (index, word) in words.enumerated() {
            for part in word.split(separator: "-") where part.count > 1 { surnames.append(String(part)) }
            surnames.append(word.replacingHyphens())
            if index + 1 < words.count { surnames.append(word.replacingHyphens() + words[index + 1].replacingHyphens()) }
        }
        var seen: Set<String> = []
        return surnames.filter { seen.insert($0).inserted }
    }

    /// Given names with another initial that stand for them, by the name they stand for.
    static let nicknames: [String: String] = [
        "betsy": "elizabeth", "beth": "elizabeth", "liz": "elizabeth", "libby": "elizabeth", "betty": "elizabeth",
        "bill": "william", "billy": "william", "bob": "robert", "bobby": "robert", "dick": "richard",
        "ted": "edward", "ned": "edward", "peggy": "margaret", "maggie": "margaret", "jack": "john",
        "hank": "henry", "chuck": "charles", "sandy": "alexander", "trish": "patricia", "tricia": "patricia",
        "sally": "sarah", "polly": "mary", "molly": "mary",
    ]

    /// One spelling's words, ready to compare: full words with hyphens split and with hyphens
    /// left out, the initials, the suffix.
    private struct WordForms {
        var split: Set<String> = []
        var joined: Set<String> = []
        var initials: Set<String> = []
        var suffix: String?

        init?(_ text: String) {
            let words = PersonName.words(text)
            guard !words.contains(where: PersonName.entityWords.contains) else { return nil }
            for word in words where !PersonName.titles.contains(word) {
                if PersonName.suffixes.contains(word) {
                    suffix = suffix ?? word
                } else if word.count == 1 {
                    initials.insert(word)
                } else {
                    joined.insert(Self.canonical(word.replacingHyphens()))
                    for part in word.split(separator: "-") {
                        if part.count == 1 { initials.insert(String(part)) } else { split.insert(Self.canonical(String(part))) }
                    }
                }
            }
        }

        static func canonical(_ word: String) -> String { PersonName.nicknames[word] ?? word }
    }
}

extension String {
    fileprivate func replacingHyphens() -> String { contains("-") ? split(separator: "-").joined() : self }
}
