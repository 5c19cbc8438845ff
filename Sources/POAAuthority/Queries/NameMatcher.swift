import POACore
import POAStore

/// Finds the one person or issuer a user means by a name typed on the command line.
///
/// People match by exact name or alias first, then ignoring case, then by a compatible
/// spelling ("David Levenson" for "David N. Levenson", "Evan Bayh" for "B. Evan Bayh");
/// EDGAR's "LEVENSON DAVID N" order is tried too, with a surname of two words when the name
/// has three ("CHICO HERNANDEZ ANDRES" for "Andres Chico Hernandez"). An ambiguous name is an error listing the candidates; nothing is guessed. Every
/// lookup goes through the name-key index.
struct NameMatcher {
    let reader: LedgerReader
    /// Whether a single word may match the one person with that last name: yes for names a user
    /// types, no for names read from filings.
    var matchesLastNameAlone = true

    func person(_ typed: String) throws -> Person {
        var seen: [Int64: (person: Person, aliases: [String])] = [:]
        let name = PersonName(typed)
        let edgar = PersonName.edgarReadings(typed)
        let compound = PersonName.edgarCompoundReading(typed)
        var keys: [String] = []
        for reading in [name] + edgar + (compound.map { [$0] } ?? []) {
            for key in [reading.key] + reading.alternateKeys + reading.nicknameKeys where !keys.contains(key) { keys.append(key) }
        }
        for key in keys {
            for candidate in try reader.people(key: key) {
                if let id = candidate.person.id { seen[id] = candidate }
            }
        }
        let words = PersonName.words(typed)
        if matchesLastNameAlone, words.count == 1, let only = words.first {
            // A last name alone: everyone with that last name is a candidate.
            for candidate in try reader.people(lastName: only) {
                if let id = candidate.person.id { seen[id] = candidate }
            }
        }
        let candidates = seen.values.sorted { ($0.person.id ?? 0) < ($1.person.id ?? 0) }
        let folded = typed.trimmingWhitespace.lowercased()
        let tiers: [(Person, [String]) -> Bool] = [
            { person, aliases in person.name == typed || aliases.contains(typed) },
            { person, aliases in person.name.lowercased() == folded || aliases.contains { $0.lowercased() == folded } },
            { _, aliases in
                matchesLastNameAlone && words.count == 1 && aliases.contains { PersonName($0).last == words.first }
            },
            { _, aliases in
                aliases.allSatisfy { alias in
                    let spelling = PersonName(alias)
                    return spelling.isCompatible(with: name) || edgar.contains { spelling.isCompatible(with: $0) }
                        || compound.map { spelling.isCompatible(withCompound: $0) } == true
                }
            },
        ]
        // Last, a listed nickname for its name ("RAFAEL BETSY" for "Elizabeth Rafael").
        let nicknamed: (Person, [String]) -> Bool = { _, aliases in
            aliases.allSatisfy { alias in
                let spelling = PersonName(alias)
                return spelling.isCompatible(with: name, nicknames: true) || edgar.contains { spelling.isCompatible(with: $0, nicknames: true) }
            }
        }
        for tier in tiers + [nicknamed] {
            let matches = candidates.filter { tier($0.person, $0.aliases) }
            if matches.count == 1, let match = matches.first { return match.person }
            if matches.count > 1 {
                throw QueryError.ambiguousPerson(typed, candidates: matches.map { describe($0.person, $0.aliases) })
            }
        }
        // A leading initial the name leaves out ("Evan Bayh" for "B. Evan Bayh") is no part of
        // any key it has: last, everyone with its last name, whose every spelling fits.
        let others = try Set([name] + edgar).flatMap { reading in try reader.people(lastName: reading.bareLast) }
            .filter { candidate in candidate.person.id.map { seen[$0] == nil } ?? false }
        let fitting = others.filter { candidate in
            candidate.aliases.allSatisfy { alias in
                let spelling = PersonName(alias)
                return spelling.isCompatible(with: name) || edgar.contains { spelling.isCompatible(with: $0) }
            }
        }
        let unique = Dictionary(fitting.map { ($0.person.id ?? 0, $0) }, uniquingKeysWith: { first, _ in first })
        if unique.count == 1, let match = unique.values.first { return match.person }
        if unique.count > 1 {
            throw QueryError.ambiguousPerson(typed, candidates: unique.values.sorted { ($0.person.id ?? 0) < ($1.person.id ?? 0) }.map { describe($0.person, $0.aliases) })
        }
        throw QueryError.unknownPerson(typed)
    }

    private func describe(_ person: Person, _ aliases: [String]) -> String {
        let others = aliases.filter { $0 != person.name }
        return others.isEmpty ? person.name : "\(person.name) (also \(others.joined(separator: ", ")))"
    }

    func issuer(_ typed: String) throws -> Issuer {
        let digits = typed.trimmingWhitespace
        if !digits.isEmpty, digits.allSatisfy(\.isNumber) {
            // As typed, without leading zeros, or with EDGAR's ten digits.
            let cik = String(digits.drop { $0 == "0" })
            let padded = String(repeating: "0", count: max(0, 10 - cik.count)) + cik
            if let issuer = try reader.issuer(cik: cik) ?? reader.issuer(cik: digits) ?? reader.issuer(cik: padded) {
                return issuer
            }
        }
        let matches = try reader.issuers(key: IssuerName.key(typed))
        if matches.count == 1, let issuer = matches.first { return issuer }
        if matches.isEmpty { throw QueryError.unknownIssuer(typed) }
        throw QueryError.ambiguousIssuer(typed, candidates: matches.map { "\($0.name)\($0.cik.map { " (CIK \($0))" } ?? "")" })
    }
}
