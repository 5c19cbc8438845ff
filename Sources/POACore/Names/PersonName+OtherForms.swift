/// The same person's name in the other forms that filings write it in, beyond a middle name or
/// initial left out:
///
/// - a hyphen written, spaced or left out: "Lip-Bu Tan" and "Lip Bu Tan", "Joan Lamm-Tennant"
///   and EDGAR's LAMMTENNANT JOAN M, "Ann-Marie Campbell" and "Ann Marie Campbell";
/// - a leading initial left out: "B. Evan Bayh" and "Evan Bayh";
/// - a listed nickname with another initial, where a filing pairs the two names: "Betsy
///   Rafael" and "Elizabeth Rafael" (``isCompatible(with:nicknames:)``);
/// - in EDGAR's order, a surname of two words: "CHICO HERNANDEZ ANDRES" is Andres Chico
///   Hernandez, "GRADDICK WEIR MIRIAN M" is Mirian M. Graddick Weir (or Graddick-Weir).
///
/// A name with a word more or a word less in its given names is still another name ("Geoff
/// Beattie" is not "William G. Beattie"), unless a filing ties the two together (see
/// `PersonMatch+Slips.swift`), and the words of a name in another order are not the same name
/// ("Scott James" is not "James Scott").
extension PersonName {
    /// The keys, besides ``key``, under which the same person may be filed: the key of the
    /// name without its leading initial ("B. Evan Bayh" under `bayh|e`).
    public var alternateKeys: [String] {
        guard !isEntity, hasLeadingInitial, let first = middles.first, first.prefix(1) != given else { return [] }
        return [PersonName.key(entity: nil, last: last, given: String(first.prefix(1)))]
    }

    /// The keys under which a listed nickname of the given name with another initial, or the
    /// name it stands for, is filed ("Betsy Rafael" under `rafael|e`, "Elizabeth Rafael" under
    /// `rafael|b` and `rafael|l`...): for ``isCompatible(with:nicknames:)``.
    public var nicknameKeys: [String] {
        guard !isEntity else { return [] }
        var initials: [String] = []
        if let full = PersonName.nicknames[given] { initials.append(String(full.prefix(1))) }
        for (nickname, full) in PersonName.nicknames where full == given { initials.append(String(nickname.prefix(1))) }
        var seen: Set<String> = [String(given.prefix(1))]
        return initials.filter { seen.insert($0).inserted }.map { PersonName.key(entity: nil, last: last, given: $0) }
    }

    /// Given names with another initial that stand for them, by the name they stand for.
    static let nicknames: [String: String] = [
        "betsy": "elizabeth", "beth": "elizabeth", "liz": "elizabeth", "libby": "elizabeth", "betty": "elizabeth",
        "bill": "william", "billy": "william", "bob": "robert", "bobby": "robert", "dick": "richard",
        "ted": "edward", "ned": "edward", "peggy": "margaret", "maggie": "margaret", "jack": "john",
        "hank": "henry", "chuck": "charles", "trish": "patricia", "tricia": "patricia",
        "sally": "sarah", "polly": "mary", "molly": "mary",
    ]

    /// Whether one of the two given names is a listed nickname of the other ("Betsy", "Elizabeth").
    static func isNickname(_ a: String, of b: String) -> Bool { nicknames[a] == b || nicknames[b] == a }

    /// ``isCompatible(with:)``, where a listed nickname with another initial may also stand for
    /// its name ("Betsy Rafael" and "Elizabeth Rafael") when `nicknames` is set: for names
    /// that a filing pairs (an owner and the POA filed with the form), not for joining the
    /// parties of instruments, where "Jack" may be a name of its own beside a "John".
    public func isCompatible(with other: PersonName, nicknames: Bool) -> Bool {
        guard nicknames, !isEntity, !other.isEntity else { return isCompatible(with: other) }
        guard bareLast == other.bareLast else { return false }
        if let suffix, let otherSuffix = other.suffix, suffix != otherSuffix { return false }
        return givenNamesAgree(with: other, nicknames: true)
    }

    /// The name's given and middle names as one list, each hyphenated name taken apart:
    /// "Ann-Marie Campbell" gives `[ann, marie]`, like "Ann Marie Campbell".
    var givenNames: [String] {
        ([given] + middles).flatMap { name in
            name.utf8.contains(UInt8(ascii: "-")) ? name.split(separator: "-").map(String.init) : [name]
        }
    }

    /// The last name without hyphens: "Lamm-Tennant" and LAMMTENNANT compare equal.
    public var bareLast: String { PersonName.withoutHyphens(last) }

    /// A given name that is an initial standing before a full name ("B. Evan Bayh").
    var hasLeadingInitial: Bool { given.count == 1 && middles.first.map { $0.count > 1 } == true }

    /// ``isCompatible(with:)`` for people: the given names, hyphens taken apart, agree (the
    /// first equal, an initial of, or a listed short form or nickname of the other's first,
    /// with a leading initial that stands before a full name left out); the middle names of
    /// the shorter list are found in order in the longer one.
    func givenNamesAgree(with other: PersonName, nicknames: Bool = false) -> Bool {
        // Most names have no hyphen and no leading initial: compare them as they are.
        if isPlain, other.isPlain {
            guard PersonName.sameGivenName(given, other.given) || (nicknames && PersonName.isNickname(given, of: other.given)) else {
                return false
            }
            return PersonName.inOrder(middles[...], other.middles[...])
        }
        for mine in PersonName.withoutLeadingInitial(givenNames) {
            for theirs in PersonName.withoutLeadingInitial(other.givenNames) {
                guard let a = mine.first, let b = theirs.first else { continue }
                guard PersonName.sameGivenName(a, b) || (nicknames && PersonName.isNickname(a, of: b)) else { continue }
                if PersonName.inOrder(mine.dropFirst(), theirs.dropFirst()) { return true }
            }
        }
        return false
    }

    /// Whether the middle names of the shorter list are found, in order, in the longer one.
    static func inOrder(_ a: ArraySlice<String>, _ b: ArraySlice<String>) -> Bool {
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        var index = long.startIndex
        for middle in short {
            guard let found = long[index...].firstIndex(where: { sameName(middle, $0) }) else { return false }
            index = long.index(after: found)
        }
        return true
    }

    /// No hyphenated given name and no leading initial before a full given name: the given
    /// names compare as written.
    private var isPlain: Bool {
        !hasLeadingInitial && !given.utf8.contains(UInt8(ascii: "-")) && !middles.contains { $0.utf8.contains(UInt8(ascii: "-")) }
    }

    /// The given names as written, and without a leading initial that stands before a full
    /// given name ("B. Evan" is also "Evan").
    private static func withoutLeadingInitial(_ names: [String]) -> [[String]] {
        guard names.count >= 2, names[0].count == 1, names[1].count > 1 else { return [names] }
        return [names, Array(names.dropFirst())]
    }

    /// The readings of a name in EDGAR's order: ``fromEDGAROrder(_:)``, and, when the name has
    /// three words or more besides a suffix, with a surname of two words written as one
    /// ("GRADDICK WEIR MIRIAN M" is Mirian M. Graddickweir, as "Graddick-Weir" is filed).
    /// Empty when the text cannot be in EDGAR's order.
    public static func edgarReadings(_ text: String) -> [PersonName] {
        guard let first = fromEDGAROrder(text) else { return [] }
        guard let joined = naturalSpelling(ofEDGAROrder: text, surnameWords: 2, joined: true) else { return [first] }
        return [first, PersonName(joined)]
    }

    /// The reading of a name in EDGAR's order with a surname of two words kept apart: "CHICO
    /// HERNANDEZ ANDRES" is Andres Chico Hernandez. Nil unless the name has three words or
    /// more besides a suffix; compare it with ``isCompatible(withCompound:)``.
    public static func edgarCompoundReading(_ text: String) -> PersonName? {
        naturalSpelling(ofEDGAROrder: text, surnameWords: 2).map { PersonName($0) }
    }

    /// Whether this spelling fits `reading`, an ``edgarCompoundReading(_:)``, with both words
    /// of its surname: "Andres Chico Hernandez" fits CHICO HERNANDEZ ANDRES; "Andres
    /// Hernandez", missing "Chico", may be someone else and does not.
    public func isCompatible(withCompound reading: PersonName) -> Bool {
        guard isCompatible(with: reading), let first = reading.middles.last, let mine = givenNames.last else { return false }
        return givenNames.count > 1 && mine == first
    }
}
