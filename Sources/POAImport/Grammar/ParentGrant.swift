/// For a delegation: the grant it acts under. "Pursuant to that certain Power of Attorney
/// granted to the undersigned by David N. Levenson, ... dated July 7, 2010", "under the power
/// of attorney executed by Jane Doe in favor of the undersigned on March 1, 2012".
enum ParentGrant {
    static let markers: [Phrase] = [
        "granted to the undersigned by", "granted by", "executed by", "given to the undersigned by",
        "conferred upon the undersigned by", "conferred on the undersigned by", "appointing the undersigned by",
        "signed by",
    ]

    private static let openings: [Phrase] = ["pursuant to", "under", "by virtue of", "in accordance with", "acting under"]

    /// Whether the instrument refers to a power of attorney that appointed the undersigned.
    static func isDelegation(_ passage: Passage, in range: Range<Int>) -> Bool {
        guard let opening = passage.firstMatch(of: openings, in: range) else {
            return false
        }
        let window = opening.lowerBound..<min(range.upperBound, opening.lowerBound + 400)
        return passage.contains("power of attorney", in: window)
            && (passage.contains("granted to the undersigned", in: window) || passage.contains("in favor of the undersigned", in: window)
                || passage.contains("appointing the undersigned", in: window) || passage.contains("appointed the undersigned", in: window)
                || passage.contains("to the undersigned by", in: window) || passage.contains("the undersigned was appointed", in: window))
    }

    /// The parent reference, and the range of the clause (its dates are not the delegation's).
    static func read(_ passage: Passage, in range: Range<Int>, dates: [DateScanner.Found]) -> (ParentReference, Range<Int>)? {
        guard let poa = passage.find("power of attorney", in: range) else { return nil }
        let window = poa..<min(range.upperBound, poa + 400)
        guard let marker = passage.firstMatch(of: markers, in: window) else { return nil }
        let nameStart = passage.skipSpaces(from: marker.upperBound)
        var nameEnd = nameStart
        let ceiling = min(window.upperBound, nameStart + 80)
        while nameEnd < ceiling {
            let byte = passage.lower[nameEnd]
            if byte == UInt8(ascii: ",") || byte == UInt8(ascii: "(") || byte == UInt8(ascii: ";") { break }
            if byte == 0x20, nameEnd + 1 < ceiling, ASCII.isLower(passage.bytes[nameEnd + 1]) { break }
            nameEnd += 1
        }
        let name = NameText.person(passage.text(nameStart..<nameEnd))
        guard NameText.looksLikePerson(name) || NameText.looksLikeEntity(name) else { return nil }
        let clauseEnd = min(window.upperBound, passage.find("the undersigned does", in: nameEnd..<window.upperBound)
            ?? passage.find("hereby", in: nameEnd..<window.upperBound) ?? window.upperBound)
        let date = dates.first { (nameEnd..<clauseEnd).contains($0.range.lowerBound) }
        let clause = poa..<max(nameEnd, date?.range.upperBound ?? nameEnd)
        return (ParentReference(grantor: name, executedOn: date?.day, span: passage.span(clause)), clause)
    }
}
