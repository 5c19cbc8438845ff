import Foundation


/// A person's or entity's name taken apart, to decide conservatively whether two spellings
/// name the same party.
///
/// People: "Edward J. Kelly, III" has given name `edward`, middles `[j]`, last name `kelly`,
/// suffix `iii`. Titles (Mr., Ms., Dr.) are dropped. Entities ("Acme Capital Management, LLC")
/// are compared by their whole normalised name.
///
/// For example:
///
/// ```swift
/// let a = PersonName("Amanda Grabowski Aquino"), b = PersonName("Amanda Aquino")
/// a.key == b.key                 // true: same last name and first initial
/// a.isCompatible(with: b)        // true: b leaves out a middle name a has
/// PersonName("David N. Levenson").isCompatible(with: PersonName("David M. Levenson"))  // false
/// ```
public struct PersonName: Hashable, Sendable {
    public let given: String
    public let middles: [String]
    public let last: String
    public let suffix: String?
    /// Set for entities: the whole normalised name.
    public let entity: String?

    /// The lookup key: `last|first-initial` for people, `entity:NAME` for entities, hyphens
    /// left out. Made once: the import looks up every spelling it reads by its key.
    public let key: String

    public var isEntity: Bool { entity != nil }

    static let titles: Set<String> = ["mr", "mrs", "ms", "miss", "dr", "prof", "hon", "honorable", "sir", "the"]
    static let suffixes: Set<String> = ["jr", "sr", "ii", "iii", "iv", "v", "vi", "esq", "md", "phd", "cpa"]
    static let entityWords: Set<String> = [
        "inc", "incorporated", "llc", "lp", "llp", "ltd", "limited", "corp", "corporation", "company", "co",
        "fund", "funds", "trust", "partners", "partnership", "capital", "management", "holdings", "holding",
        "group", "bank", "plc", "gmbh", "ag", "sa", "nv", "bv", "foundation", "advisors", "advisers",
        "investments", "ventures", "associates", "lllp",
    ]

    /// Entity words that are surnames too ("Olivia B. Holding", EDGAR's HOLDING OLIVIA BRITTON):
    /// they make an entity only beside another entity word ("XYZ Holding Corp").
    static let surnameEntityWords: Set<String> = ["holding"]

    /// Whether the words name an entity: an entity word among them, other than one that is a
    /// surname too standing alone.
    static func namesAnEntity(_ words: [String]) -> Bool {
        var surnames = 0
        for word in words where entityWords.contains(word) {
            guard surnameEntityWords.contains(word) else { return true }
            surnames += 1
        }
        return surnames > 1
    }

    public init(_ text: String) {
        let words = PersonName.words(text)
        if PersonName.namesAnEntity(words) {
            self.init(entity: words.joined(separator: " "))
            return
        }
        var parts = words.filter { !PersonName.titles.contains($0) }
        var suffix: String?
        while parts.count > 2, let tail = parts.last, PersonName.suffixes.contains(tail) {
            suffix = suffix ?? tail
            parts.removeLast()
        }
        self.init(
            given: parts.first ?? "", middles: parts.count > 2 ? Array(parts[1..<(parts.count - 1)]) : [],
            last: parts.last ?? "", suffix: suffix, entity: nil)
    }

    private init(entity: String) {
        self.init(given: "", middles: [], last: "", suffix: nil, entity: entity)
    }

    private init(given: String, middles: [String], last: String, suffix: String?, entity: String?) {
        self.given = given
        self.middles = middles
        self.last = last
        self.suffix = suffix
        self.entity = entity
        self.key = PersonName.key(entity: entity, last: last, given: given)
    }

    /// `last|first-initial`, or `entity:NAME`, without hyphens: EDGAR writes "Lamm-Tennant" as
    /// LAMMTENNANT, and both must be found under one key.
    static func key(entity: String?, last: String, given: String) -> String {
        withoutHyphens(entity.map { "entity:" + $0 } ?? last + "|" + String(given.prefix(1)))
    }

    /// The key prefix of everyone with this last name (``key`` is `last|initial`).
    public static func keyPrefix(lastName: String) -> String { withoutHyphens(lastName) + "|" }

    /// The text with its hyphens left out ("lamm-tennant" is "lammtennant").
    package static func withoutHyphens(_ text: String) -> String {
        text.utf8.contains(UInt8(ascii: "-")) ? text.split(separator: "-").joined() : text
    }

    /// Lowercased words without punctuation; "J." becomes "j", "Grabowski-Aquino" stays one word,
    /// accents are folded ("José" is "jose"). ASCII, the common case, never touches Foundation.
    public static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        func finish() {
            while current.last == UInt8(ascii: "-") { current.removeLast() }
            if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
            current.removeAll(keepingCapacity: true)
        }
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                switch byte {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): current.append(byte + 32)
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): current.append(byte)
                case UInt8(ascii: "-"): if !current.isEmpty { current.append(byte) }
                case UInt8(ascii: "'"): continue
                default: finish()
                }
            } else if scalar == "\u{2019}" {
                continue
            } else if scalar.properties.isAlphabetic {
                let folded = String(scalar).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
                current.append(contentsOf: folded.utf8)
            } else {
                finish()
            }
        }
        finish()
        return words
    }

    /// Whether the two spellings can name the same party: same last name, first names equal or
    /// one an initial of the other, middle names of the shorter spelling found in order in the
    /// longer, and suffixes not contradicting. Entities must match whole.
    ///
    /// Hyphens do not separate ("Lamm-Tennant" is LAMMTENNANT, "Ann-Marie" is "Ann Marie"),
    /// a leading initial before a full given name may be left out ("B. Evan Bayh" is "Evan
    /// Bayh") (see ``givenNamesAgree(with:nicknames:)``).
    public func isCompatible(with other: PersonName) -> Bool {
        if isEntity || other.isEntity { return entity == other.entity }
        guard bareLast == other.bareLast else { return false }
        if let suffix, let otherSuffix = other.suffix, suffix != otherSuffix { return false }
        return givenNamesAgree(with: other)
    }

    /// ``sameName(_:_:)``, or a common short form of the given name ("Jeff" for "Jeffrey",
    /// "Chris" for "Christopher"). Only listed short forms count: a shorter name that merely
    /// starts another ("Jose" and "Joseph", "Jan" and "Janet") is another person's.
    static func sameGivenName(_ a: String, _ b: String) -> Bool {
        if sameName(a, b) { return true }
        return shortForms[a]?.contains(b) == true || shortForms[b]?.contains(a) == true
    }

    /// Short forms of given names that keep their initial (so both share a name key).
    static let shortForms: [String: Set<String>] = [
        "jeff": ["jeffrey", "jeffery"], "chris": ["christopher", "christine", "christina"], "mike": ["michael"],
        "tom": ["thomas"], "dan": ["daniel"], "dave": ["david"], "steve": ["stephen", "steven"], "jim": ["james"],
        "joe": ["joseph"], "tim": ["timothy"], "matt": ["matthew"], "pat": ["patrick", "patricia"], "rob": ["robert"],
        "rick": ["richard"], "rich": ["richard"], "ron": ["ronald"], "don": ["donald"], "doug": ["douglas"],
        "greg": ["gregory"], "ken": ["kenneth"], "larry": ["lawrence"], "andy": ["andrew"],
        "alex": ["alexander", "alexandra"], "sam": ["samuel", "samantha"], "ben": ["benjamin"], "nick": ["nicholas"],
        "tony": ["anthony"], "ed": ["edward"], "eddie": ["edward"], "fred": ["frederick"],
        "kathy": ["katherine", "kathryn", "kathleen"],
        "kate": ["katherine", "kathryn"], "sue": ["susan"], "jen": ["jennifer"], "jenny": ["jennifer"],
        "deb": ["deborah"], "debbie": ["deborah"], "cathy": ["catherine"], "meg": ["margaret"], "pam": ["pamela"],
        "vicki": ["victoria"], "will": ["william"], "walt": ["walter"], "phil": ["philip", "phillip"],
        "nate": ["nathan", "nathaniel"], "ray": ["raymond"], "les": ["leslie"], "stan": ["stanley"],
        "randy": ["randall", "randolph"], "robbie": ["robert"], "fredrick": ["frederick"], "geoff": ["geoffrey"],
    ]

    /// Equal, or one is a single-letter initial of the other.
    static func sameName(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        if a.count == 1 || b.count == 1 { return a.first == b.first }
        return false
    }
}

extension PersonName {
    /// Reads a name written in EDGAR's reporting-owner order, "LAST FIRST MIDDLE"
    /// ("LEVENSON DAVID N"), as the natural-order name it stands for; nil when the text cannot be
    /// in that order (a comma, fewer than two words, or an entity).
    public static func fromEDGAROrder(_ text: String) -> PersonName? {
        naturalSpelling(ofEDGAROrder: text).map { PersonName($0) }
    }

    /// The natural-order spelling of a name in EDGAR's "LAST FIRST MIDDLE" order, for people to
    /// read: "LEVENSON DAVID N" is "David N. Levenson", "KELLY EDWARD J III" is
    /// "Edward J. Kelly, III". Words EDGAR wrote in capitals are capitalised, initials get their
    /// period; nil when ``fromEDGAROrder(_:)`` is nil.
    public static func naturalSpelling(ofEDGAROrder text: String) -> String? {
        naturalSpelling(ofEDGAROrder: text, surnameWords: nil)
    }

    /// ``naturalSpelling(ofEDGAROrder:)`` with a surname of `surnameWords` words where the name
    /// has more words than that besides a suffix and no particle decides (nil otherwise),
    /// written `joined` into one word when asked.
    static func naturalSpelling(ofEDGAROrder text: String, surnameWords: Int?, joined: Bool = false) -> String? {
        guard !text.contains(","), !PersonName(text).isEntity else { return nil }
        var words = text.split(whereSeparator: \.isWhitespace).map(String.init)
        guard words.count >= 2 else { return nil }
        var suffix: String?
        if let last = words.last, suffixes.contains(PersonName.words(last).first ?? "") {
            suffix = last
            words.removeLast()
        } else if words.count >= 3, suffixes.contains(PersonName.words(words[1]).first ?? ""), words[1].count > 1 {
            // "FARLEY JR JAMES D": the suffix written after the surname.
            suffix = words.remove(at: 1)
        }
        guard words.count >= 2 else { return nil }
        var surname = surnameLength(words)
        if let surnameWords {
            guard surname == 1, words.count > surnameWords else { return nil }
            surname = surnameWords
        }
        guard surname < words.count else { return nil }
        let given = words.dropFirst(surname).map(readable)
        var family = words.prefix(surname).enumerated().map { position, word in
            position > 0 && isParticle(word) ? word.lowercased() : readable(word)
        }
        if joined { family = [readable(words.prefix(surname).joined())] }
        let natural = (given + family).joined(separator: " ")
        return natural + (suffix.map { ", " + readableSuffix($0) } ?? "")
    }

    /// Surname particles: "VAN BEURDEN SAUL" is Saul Van Beurden, "CORREIA DE SIMAS JOSE" is
    /// Jose Correia de Simas.
    static let particles: Set<String> = ["van", "von", "de", "da", "di", "del", "della", "der", "den", "du", "la", "le", "dos", "das"]

    private static func isParticle(_ word: String) -> Bool { particles.contains(word.lowercased()) }

    /// How many words EDGAR's order puts first as the surname: one word, with a particle the
    /// word after it too ("VAN BEURDEN", "DE LA CRUZ"), and a particle after the first word
    /// with the word after it ("CORREIA DE SIMAS").
    private static func surnameLength(_ words: [String]) -> Int {
        var length = 1
        if isParticle(words[0]) {
            while length < words.count - 1, isParticle(words[length]) { length += 1 }
            length += 1
        }
        while length + 1 < words.count, isParticle(words[length]) {
            length += 1
            while length < words.count - 1, isParticle(words[length]) { length += 1 }
            length += 1
        }
        return min(length, words.count - 1)
    }

    /// "LEVENSON" is "Levenson", "N" is "N.", a word already in mixed case stays as written.
    private static func readable(_ word: String) -> String {
        guard word == word.uppercased(), word.contains(where: \.isLetter) else { return word }
        if word.count == 1 { return word + "." }
        return word.prefix(1) + word.dropFirst().lowercased()
    }

    /// Roman numerals stay in capitals ("III"); "JR" is "Jr.".
    private static func readableSuffix(_ word: String) -> String {
        let bare = PersonName.words(word).first ?? word
        if bare.allSatisfy({ "ivx".contains($0) }) { return bare.uppercased() }
        return readable(word).hasSuffix(".") ? readable(word) : readable(word) + "."
    }
}
