import POACore
import POAStore

/// The names in the ledger nearest to a typed name that matches nobody, for "did you mean ...?".
///
/// A person is suggested when one of their spellings is within a few typing mistakes of the
/// typed name (``EditDistance``, in which swapping two neighbouring letters is one mistake):
/// the last name and the given name are compared apart, an initial fits any name it begins,
/// middle names the typed name leaves out cost nothing, and EDGAR's "LAST FIRST" order is read
/// on both sides. An issuer is suggested when its name key is near the typed one, or begins
/// with it ("Hartford" for The Hartford Financial Services Group, Inc.).
///
/// The search is bounded so that a ledger of a million people answers in milliseconds, not by
/// scanning every alias: name keys begin with the last name (`levenson|d`), so only the keys
/// sharing the typed last name's first two letters are read, one range of the key index, keys
/// only (`LedgerReader.personKeys`); the aliases behind at most ``keysExamined`` of the nearest
/// of those keys are then read and compared. Issuers likewise read the keys sharing the first
/// two letters of the typed name's key. The price: a mistake in those two letters is not
/// suggested ("Kevenson" finds no Levenson).
struct NearestNames {
    let reader: LedgerReader

    /// At most this many names are suggested.
    static let most = 3
    /// At most this many name keys have their aliases read and compared.
    static let keysExamined = 40

    // MARK: People

    /// The names of the people nearest to `typed`, nearest first.
    func people(_ typed: String) throws -> [String] {
        let words = PersonName.words(typed)
        guard !words.isEmpty else { return [] }
        let single = words.count == 1
        var readings: [PersonName] = []
        for reading in [PersonName(typed)] + PersonName.edgarReadings(typed) where !readings.contains(reading) {
            readings.append(reading)
        }
        var nearest: [Int64: (distance: Int, name: String)] = [:]
        var examined: Set<String> = []
        for reading in readings {
            let limit = Self.limit(reading, single: single)
            for key in try keys(near: reading, single: single, limit: limit) where examined.insert(key).inserted {
                for (person, aliases) in try reader.people(key: key) {
                    guard let id = person.id else { continue }
                    let distance = aliases.flatMap { [PersonName($0)] + PersonName.edgarReadings($0) }
                        .map { Self.distance(from: reading, to: $0, single: single) }.min() ?? Int.max
                    if distance <= limit, distance < nearest[id]?.distance ?? Int.max {
                        nearest[id] = (distance, person.name)
                    }
                }
            }
        }
        return nearest.sorted { ($0.value.distance, $0.key) < ($1.value.distance, $1.key) }
            .prefix(Self.most).map(\.value.name)
    }

    /// The keys of the typed reading's key bucket whose last name (or entity name) is near its
    /// own, nearest first, at most ``keysExamined``.
    private func keys(near reading: PersonName, single: Bool, limit: Int) throws -> [String] {
        var target: String, bucket: String
        if let entity = reading.entity {
            target = Self.withoutHyphens(entity)
            bucket = "entity:" + String(target.prefix(2))
        } else {
            target = reading.bareLast
            bucket = String(target.prefix(2))
        }
        guard !target.isEmpty else { return [] }
        let initial = reading.given.utf8.first
        let lastLimit = Self.lastNameLimit(target.utf8.count)
        let entityPrefix = "entity:".utf8.count
        var scored: [(score: Int, key: String)] = []
        try target.withUTF8 { target in
            for var key in try reader.personKeys(from: bucket, below: Self.successor(bucket)) {
                let score = key.withUTF8 { key -> Int in
                    if reading.isEntity {
                        return EditDistance.between(UnsafeBufferPointer(rebasing: key[entityPrefix...]), target, limit: limit)
                    }
                    guard let bar = key.firstIndex(of: UInt8(ascii: "|")) else { return Int.max }
                    let last = EditDistance.between(UnsafeBufferPointer(rebasing: key[..<bar]), target, limit: lastLimit)
                    if single { return last }
                    return last + (bar + 1 < key.count && key[bar + 1] == initial ? 0 : 1)
                }
                if score <= limit { scored.append((score, key)) }
            }
        }
        return scored.sorted { ($0.score, $0.key) < ($1.score, $1.key) }.prefix(Self.keysExamined).map(\.key)
    }

    /// How many mistakes a typed name may hold and still be suggested: one in a short name,
    /// up to three in a long one.
    static func limit(_ reading: PersonName, single: Bool) -> Int {
        let letters = reading.entity?.utf8.count ?? (single ? reading.last.utf8.count : reading.given.utf8.count + reading.last.utf8.count)
        return letters <= 6 ? 1 : letters <= 11 ? 2 : 3
    }

    static func lastNameLimit(_ letters: Int) -> Int { letters <= 4 ? 1 : 2 }

    /// The mistakes between a typed reading and a spelling from the ledger.
    static func distance(from typed: PersonName, to spelling: PersonName, single: Bool) -> Int {
        if let entity = typed.entity {
            guard let other = spelling.entity else { return Int.max }
            return EditDistance.between(withoutHyphens(other), withoutHyphens(entity), limit: 8)
        }
        guard !spelling.isEntity else { return Int.max }
        let last = EditDistance.between(spelling.bareLast, typed.bareLast, limit: 8)
        if single { return last }
        return last + partDistance(typed.given, spelling.given) + middleDistance(typed.middles, spelling.middles)
    }

    /// A given name against another: an initial fits any name it begins.
    private static func partDistance(_ typed: String, _ other: String) -> Int {
        if typed.utf8.count == 1 || other.utf8.count == 1 { return typed.utf8.first == other.utf8.first ? 0 : 1 }
        return EditDistance.between(typed, other, limit: 8)
    }

    /// Middle names: none typed fits any; one typed that the spelling lacks is one mistake.
    private static func middleDistance(_ typed: [String], _ other: [String]) -> Int {
        if typed.isEmpty { return 0 }
        if other.isEmpty { return 1 }
        if typed.count == 1, other.count == 1 { return partDistance(typed[0], other[0]) }
        return EditDistance.between(typed.joined(separator: " "), other.joined(separator: " "), limit: 8)
    }

    // MARK: Issuers

    /// The names of the issuers nearest to `typed`, nearest first; none for a CIK.
    func issuers(_ typed: String) throws -> [String] {
        let trimmed = typed.trimmingWhitespace
        guard !trimmed.isEmpty, !trimmed.allSatisfy(\.isNumber) else { return [] }
        let target = IssuerName.key(typed)
        guard !target.isEmpty else { return [] }
        let limit = target.utf8.count <= 5 ? 1 : target.utf8.count <= 12 ? 2 : 3
        let typedWords = target.split(separator: " ").count
        let bucket = String(target.prefix(2))
        var scored: [(score: Int, key: String)] = []
        for key in try reader.issuerKeys(from: bucket, below: Self.successor(bucket)) {
            var score = EditDistance.between(key, target, limit: limit)
            // A name the typed one begins: its first words, typed with at most a mistake or two.
            let words = key.split(separator: " ")
            if score > limit, words.count > typedWords {
                score = EditDistance.between(words.prefix(typedWords).joined(separator: " "), target, limit: limit) + 1
            }
            if score <= limit { scored.append((score, key)) }
        }
        var names: [String] = []
        var seen: Set<Int64> = []
        for (_, key) in scored.sorted(by: { ($0.score, $0.key) < ($1.score, $1.key) }) {
            for issuer in try reader.issuers(key: key) where issuer.id.map({ seen.insert($0).inserted }) ?? false {
                names.append(issuer.name)
            }
            if names.count >= Self.most { break }
        }
        return Array(names.prefix(Self.most))
    }

    // MARK: Keys

    /// The least string greater than every string beginning with `prefix`.
    static func successor(_ prefix: String) -> String {
        var scalars = Array(prefix.unicodeScalars)
        while let last = scalars.popLast() {
            if let next = Unicode.Scalar(last.value + 1) {
                scalars.append(next)
                return String(String.UnicodeScalarView(scalars))
            }
        }
        return "\u{10FFFF}"
    }

    static func withoutHyphens(_ text: String) -> String { text.split(separator: "-").joined() }
}
