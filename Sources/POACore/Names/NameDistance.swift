/// How many typing mistakes separate a typed name from a spelling, for "did you mean ...?".
///
/// Mistakes are counted by ``EditDistance`` (swapping two neighbouring letters is one mistake).
/// The last name and the given name are compared apart, an initial fits any name it begins, and
/// middle names the typed name leaves out cost nothing; an entity's name is compared whole,
/// hyphens ignored. How many mistakes a suggestion allows grows with the name's length.
///
/// For example:
///
/// ```swift
/// NameDistance.between(PersonName("Dvaid Levenson"), PersonName("David N. Levenson"), single: false)   // 1
/// ```
package enum NameDistance {
    /// How many mistakes a typed name may hold and still be suggested: one in a short name,
    /// up to three in a long one. `single` says the name is one word (a last name alone).
    package static func limit(_ reading: PersonName, single: Bool) -> Int {
        let letters = reading.entity?.utf8.count ?? (single ? reading.last.utf8.count : reading.given.utf8.count + reading.last.utf8.count)
        return letters <= 6 ? 1 : letters <= 11 ? 2 : 3
    }

    /// How many mistakes a last name of `letters` letters may hold on its own.
    package static func lastNameLimit(_ letters: Int) -> Int { letters <= 4 ? 1 : 2 }

    /// The mistakes between a typed reading and a spelling; `Int.max` between a person and an entity.
    package static func between(_ typed: PersonName, _ spelling: PersonName, single: Bool) -> Int {
        if let entity = typed.entity {
            guard let other = spelling.entity else { return Int.max }
            return EditDistance.between(PersonName.withoutHyphens(other), PersonName.withoutHyphens(entity), limit: 8)
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
}
