import POACore
import POAStore

/// The names in the ledger nearest to a typed name that matches nobody, for "did you mean ...?".
///
/// A person is suggested when one of their spellings is within a few typing mistakes of the
/// typed name (``NameDistance``, in POACore with the rest of name matching), EDGAR's "LAST
/// FIRST" order read on both sides. An issuer is suggested when its name key is near the typed
/// one, or begins with it ("Hartford" for The Hartford Financial Services Group, Inc.).
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
        for reading in PersonMatch.readings(of: typed) where !readings.contains(reading) {
            readings.append(reading)
        }
        var nearest: [Int64: (distance: Int, name: String)] = [:]
        var examined: Set<String> = []
        for reading in readings {
            let limit = NameDistance.limit(reading, single: single)
            for key in try keys(near: reading, single: single, limit: limit) where examined.insert(key).inserted {
                for (person, aliases) in try reader.people(key: key) {
                    guard let id = person.id else { continue }
                    let distance = aliases.flatMap(PersonMatch.readings(of:))
                        .map { NameDistance.between(reading, $0, single: single) }.min() ?? Int.max
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
            target = PersonName.withoutHyphens(entity)
            bucket = "entity:" + String(target.prefix(2))
        } else {
            target = reading.bareLast
            bucket = String(target.prefix(2))
        }
        guard !target.isEmpty else { return [] }
        let initial = reading.given.utf8.first
        let lastLimit = NameDistance.lastNameLimit(target.utf8.count)
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
}
