import POACore
import POAStore

/// Finds the one person or issuer a user means by a name typed on the command line.
///
/// People match by exact name or alias first, then ignoring case, then by a compatible
/// spelling ("David Levenson" for "David N. Levenson", "Evan Bayh" for "B. Evan Bayh");
/// EDGAR's "LEVENSON DAVID N" order is tried too, with a surname of two words when the name
/// has three ("CHICO HERNANDEZ ANDRES" for "Andres Chico Hernandez"). An ambiguous name is an error listing the candidates; nothing is guessed. Every
/// lookup goes through the name-key index. A typed name that matches nobody is an error naming
/// the nearest names in the ledger, if any are a typing mistake or two away; they are only
/// suggested, never taken.
struct NameMatcher {
    let reader: LedgerReader
    /// Whether a single word may match the one person with that last name: yes for names a user
    /// types, no for names read from filings.
    var matchesLastNameAlone = true

    /// Whether a name that matches nobody comes with the nearest names in the ledger (see
    /// `NearestNames`): for names a user types, whom a suggestion helps; not for names read
    /// from filings, where an import meets thousands of new names and nobody reads one.
    var suggestsNearest: Bool { matchesLastNameAlone }

    func person(_ typed: String) throws -> Person {
        let name = PersonName(typed)
        let reordered = PersonName.fromEDGAROrder(typed)
        var seen: Set<Int64> = []

        // First the spelling and EDGAR's usual reading of it, under their own keys.
        var usual = [name.key]
        if let reading = reordered, reading.key != name.key { usual.append(reading.key) }
        var candidates = try people(keys: usual, besides: &seen)
        let words = PersonName.words(typed)
        if matchesLastNameAlone, words.count == 1, let only = words.first {
            // A last name alone: everyone with that last name is a candidate.
            candidates += try reader.people(lastName: only).filter { $0.person.id.map { seen.insert($0).inserted } ?? false }
        }
        let folded = typed.trimmingWhitespace.lowercased()
        let fitsUsual: (PersonName) -> Bool = { spelling in
            spelling.isCompatible(with: name) || reordered.map { spelling.isCompatible(with: $0) } == true
        }
        let tiers: [(Person, [String]) -> Bool] = [
            { person, aliases in person.name == typed || aliases.contains(typed) },
            { person, aliases in person.name.lowercased() == folded || aliases.contains { $0.lowercased() == folded } },
            { _, aliases in
                matchesLastNameAlone && words.count == 1 && aliases.contains { PersonName($0).last == words.first }
            },
            { _, aliases in aliases.allSatisfy { fitsUsual(PersonName($0)) } },
        ]
        if let match = try unique(typed, candidates, tiers) { return match }

        let edgar = PersonName.edgarReadings(typed)
        let fits: (PersonName) -> Bool = { spelling in
            spelling.isCompatible(with: name) || edgar.contains { spelling.isCompatible(with: $0) }
        }

        // Then its other forms (see PersonName+OtherForms): a surname of two words in EDGAR's
        // order, a leading initial left out, a listed nickname for its name.
        let compound = PersonName.edgarCompoundReading(typed)
        let readings = [name] + edgar + (compound.map { [$0] } ?? [])
        let otherKeys = readings.flatMap { [$0.key] + $0.alternateKeys + $0.nicknameKeys }
        candidates += try people(keys: otherKeys, besides: &seen)
        let otherForm: (Person, [String]) -> Bool = { _, aliases in
            aliases.allSatisfy { alias in
                let spelling = PersonName(alias)
                return fits(spelling) || compound.map { spelling.isCompatible(withCompound: $0) } == true
            }
        }
        let nicknamed: (Person, [String]) -> Bool = { _, aliases in
            aliases.allSatisfy { alias in
                let spelling = PersonName(alias)
                return spelling.isCompatible(with: name, nicknames: true) || edgar.contains { spelling.isCompatible(with: $0, nicknames: true) }
            }
        }
        if let match = try unique(typed, candidates, [otherForm, nicknamed]) { return match }

        // Last, a leading initial the name leaves out ("Evan Bayh" for "B. Evan Bayh") is no
        // part of any key it has: everyone with its last name, whose every spelling fits.
        var lastNames: [String] = []
        for reading in [name] + edgar where !lastNames.contains(reading.bareLast) { lastNames.append(reading.bareLast) }
        let others = try lastNames.flatMap { try reader.people(lastName: $0) }.filter { $0.person.id.map { seen.insert($0).inserted } ?? false }
        if let match = try unique(typed, others, [{ _, aliases in aliases.allSatisfy { fits(PersonName($0)) } }]) { return match }
        throw QueryError.unknownPerson(typed, nearest: suggestsNearest ? (try? NearestNames(reader: reader).people(typed)) ?? [] : [])
    }

    /// The people filed under `keys`, other than those `seen` (which learns them), by id.
    private func people(keys: [String], besides seen: inout Set<Int64>) throws -> [(person: Person, aliases: [String])] {
        var found: [(person: Person, aliases: [String])] = []
        var asked: Set<String> = []
        for key in keys where asked.insert(key).inserted {
            for candidate in try reader.people(key: key) {
                if let id = candidate.person.id, seen.insert(id).inserted { found.append(candidate) }
            }
        }
        return found.sorted { ($0.person.id ?? 0) < ($1.person.id ?? 0) }
    }

    /// The one candidate the first tier that fits any fits; throws when a tier fits several.
    private func unique(
        _ typed: String, _ candidates: [(person: Person, aliases: [String])], _ tiers: [(Person, [String]) -> Bool]
    ) throws -> Person? {
        let ordered = candidates.sorted { ($0.person.id ?? 0) < ($1.person.id ?? 0) }
        for tier in tiers {
            let matches = ordered.filter { tier($0.person, $0.aliases) }
            if matches.count == 1, let match = matches.first { return match.person }
            if matches.count > 1 {
                throw QueryError.ambiguousPerson(typed, candidates: matches.map { describe($0.person, $0.aliases) })
            }
        }
        return nil
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
        let key = IssuerName.key(typed)
        var matches = try reader.issuers(key: key)
        if matches.isEmpty {
            // "Quorran Fluidics" for Quorran Fluidics, Inc.: the legal form left out, or added.
            var seen: Set<Int64> = []
            for other in IssuerName.keysWithOtherLegalForm(key) {
                matches += try reader.issuers(key: other).filter { $0.id.map { seen.insert($0).inserted } ?? true }
            }
        }
        if matches.count == 1, let issuer = matches.first { return issuer }
        if matches.isEmpty {
            throw QueryError.unknownIssuer(typed, nearest: suggestsNearest ? (try? NearestNames(reader: reader).issuers(typed)) ?? [] : [])
        }
        throw QueryError.ambiguousIssuer(typed, candidates: matches.map { "\($0.name)\($0.cik.map { " (CIK \($0))" } ?? "")" })
    }
}
