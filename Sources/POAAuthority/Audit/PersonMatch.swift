import POACore
import POAStore

/// Who a name read from a filing is, among the people already in the ledger.
///
/// The matching is that of `poa authority` for typed names (the exact spelling or an alias,
/// then ignoring case, then a spelling compatible with every spelling seen for exactly one
/// person, EDGAR's "LAST FIRST MIDDLE" order included), except that one word never matches a
/// last name alone. Nothing is guessed: a name that fits nobody, or several people, says so.
///
/// For example:
///
/// ```swift
/// try PersonMatch.named("LEVENSON DAVID N", in: reader)   // .person(David N. Levenson)
/// try PersonMatch.named("Jane Q. Roe", in: reader)        // .nobody
/// ```
public enum PersonMatch: Sendable, Equatable {
    case person(Person)
    case nobody
    /// Several people fit; each is described with the other spellings seen for them.
    case ambiguous([String])

    /// The person `name` refers to, if exactly one fits.
    public static func named(_ name: String, in reader: LedgerReader) throws -> PersonMatch {
        do {
            return .person(try NameMatcher(reader: reader, matchesLastNameAlone: false).person(name))
        } catch QueryError.unknownPerson {
            return .nobody
        } catch QueryError.ambiguousPerson(_, let candidates) {
            return .ambiguous(candidates)
        }
    }

    /// The name's readings: as written, and in natural order when it can be EDGAR's
    /// "LAST FIRST MIDDLE" ("LEVENSON DAVID N" is also David N. Levenson).
    public static func readings(of name: String) -> [PersonName] {
        [PersonName(name)] + PersonName.edgarReadings(name)
    }

    /// Whether two names written in filings can name the same party, in any of their readings.
    public static func compatible(_ a: String, _ b: String) -> Bool {
        let others = readings(of: b)
        return readings(of: a).contains { reading in others.contains { reading.isCompatible(with: $0) } }
    }
}
