import POACore
import POAStore

/// Finds the one person or issuer a user means by a name typed on the command line.
///
/// People match by exact name or alias first, then ignoring case, then by a compatible
/// spelling ("David Levenson" for "David N. Levenson"); EDGAR's "LEVENSON DAVID N" order is
/// tried too. An ambiguous name is an error listing the candidates; nothing is guessed. Every
/// lookup goes through the name-key index.
struct NameMatcher {
    let reader: LedgerReader
    /// Whether a single word may match the one person with that last name: yes for names a user
    /// types, no for names read from filings.
    var matchesLastNameAlone = true

    func person(_ typed: String) throws -> Person {
        var seen: [Int64: (person: Person, aliases: [String])] = [:]
        var keys = [PersonName(typed).key]
        if let reordered = PersonName.fromEDGAROrder(typed) { keys.append(reordered.key) }
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
                    PersonName(alias).isCompatible(with: PersonName(typed))
                        || PersonName.fromEDGAROrder(typed).map { PersonName(alias).isCompatible(with: $0) } == true
                }
            },
        ]
        for tier in tiers {
            let matches = candidates.filter { tier($0.person, $0.aliases) }
            if matches.count == 1, let match = matches.first { return match.person }
            if matches.count > 1 {
                throw QueryError.ambiguousPerson(typed, candidates: matches.map { describe($0.person, $0.aliases) })
            }
        }
        // Last, the same words in another form (``PersonName/sameWords(_:_:)``), searched
        // under each word that may be the last name: "CHICO HERNANDEZ ANDRES" is the
        // "Andres Chico Hernandez" of a power of attorney.
        let matches = try sameWordsCandidates(typed).filter { _, aliases in
            aliases.allSatisfy { alias in
                PersonName.sameWords(alias, typed) || PersonName(alias).isCompatible(with: PersonName(typed))
            }
        }
        if matches.count == 1, let match = matches.first { return match.person }
        if matches.count > 1 {
            throw QueryError.ambiguousPerson(typed, candidates: matches.map { describe($0.person, $0.aliases) })
        }
        throw QueryError.unknownPerson(typed)
    }

    /// Everyone filed under a last name that `typed`, in another form, may have.
    private func sameWordsCandidates(_ typed: String) throws -> [(person: Person, aliases: [String])] {
        var seen: [Int64: (person: Person, aliases: [String])] = [:]
        for surname in PersonName.surnamesToSearch(typed) {
            for candidate in try reader.people(lastName: surname) {
                if let id = candidate.person.id { seen[id] = candidate }
            }
        }
        return seen.values.sorted { ($0.person.id ?? 0) < ($1.person.id ?? 0) }
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
