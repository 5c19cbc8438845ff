/// Parsed names by spelling, for one import's writing thread.
///
/// The same attorneys and grantors come back document after document (at 100,000 documents,
/// 335,000 mentions of 73,000 spellings), and parsing a spelling (``PersonName/init(_:)``) costs
/// about thirty times a dictionary lookup. Parsing is a pure function of the text, so a
/// remembered answer is always right; the memo only bounds how many it keeps.
package final class PersonNameMemo {
    /// Spellings kept before the memo starts again from empty: a few megabytes at most.
    package static let capacity = 8_192

    private var parsed: [String: PersonName] = [:]

    package init() {}

    /// `PersonName(written)`, parsed once while it stays in the memo.
    package func callAsFunction(_ written: String) -> PersonName {
        if let known = parsed[written] { return known }
        let name = PersonName(written)
        if parsed.count >= Self.capacity { parsed.removeAll(keepingCapacity: true) }
        parsed[written] = name
        return name
    }
}
