import POACore
import POAStore

extension PersonMatch {
    /// Who a name read from a filing is, among the people already in the ledger.
    ///
    /// The matching is that of `poa authority` for typed names (the exact spelling or an alias,
    /// then ignoring case, then a spelling compatible with every spelling seen for exactly one
    /// person, EDGAR's "LAST FIRST MIDDLE" order included), except that one word never matches a
    /// last name alone. Nothing is guessed: a name that fits nobody, or several people, says so.
    public enum InLedger: Sendable, Equatable {
        case person(Person)
        case nobody
        /// Several people fit; each is described with the other spellings seen for them.
        case ambiguous([String])
    }

    /// The person `name` refers to, if exactly one fits.
    ///
    /// For example:
    ///
    /// ```swift
    /// try PersonMatch.named("LEVENSON DAVID N", in: reader)   // .person(David N. Levenson)
    /// try PersonMatch.named("Jane Q. Roe", in: reader)        // .nobody
    /// ```
    public static func named(_ name: String, in reader: LedgerReader) throws -> InLedger {
        do {
            return .person(try NameMatcher(reader: reader, matchesLastNameAlone: false).person(name))
        } catch QueryError.unknownPerson {
            return .nobody
        } catch QueryError.ambiguousPerson(_, let candidates) {
            return .ambiguous(candidates)
        }
    }
}
