/// For a delegation: the grant it acts under. "Pursuant to that certain Power of Attorney
/// granted to the undersigned by David N. Levenson, ... dated July 7, 2010", "under the power
/// of attorney executed by Jane Doe in favor of the undersigned on March 1, 2012", "Under the
/// terms of a power of attorney, dated May 5, 2010 ..., the undersigned ... was appointed the
/// true and lawful attorney-in-fact for Jane Doe".
enum ParentGrant {
    static let markers: [Phrase] = [
        "granted to the undersigned by", "granted by", "executed by", "given to the undersigned by",
        "conferred upon the undersigned by", "conferred on the undersigned by", "appointing the undersigned by",
        "signed by", "attorney-in-fact for", "attorneys-in-fact for", "attorney in fact for", "attorneys in fact for",
        "attorney-in-fact and agent for", "attorneys-in-fact and agents for",
    ]

    private static let openings: [Phrase] = ["pursuant to", "under", "by virtue of", "in accordance with", "acting under"]
    /// How a delegation says that its signer was appointed by the parent grant.
    private static let appointedUndersigned: [Phrase] = [
        "granted to the undersigned", "in favor of the undersigned", "appointing the undersigned", "appointed the undersigned",
        "to the undersigned by", "the undersigned was appointed",
    ]
    /// "the undersigned, Jane Roe, was appointed attorney-in-fact", "the undersigned has been
    /// constituted and appointed true and lawful attorney-in-fact".
    private static let wasAppointed: [Phrase] = [
        "was appointed", "were appointed", "has been appointed", "have been appointed", "has been constituted and appointed",
        "have been constituted and appointed", "was named", "were named", "has been named",
    ]
    private static let attorneyWords: [Phrase] = ["attorney-in-fact", "attorneys-in-fact", "attorney in fact", "attorneys in fact"]
    /// An appointment of substitutes: "hereby appoints Jane Roe as a substitute attorney-in-fact".
    private static let asSubstitute: [Phrase] = [
        "as substitute", "as a substitute", "as substitutes", "as his substitute", "as her substitute", "as its substitute",
        "as their substitute", "as my substitute", "as the substitute",
    ]
    private static let appointingVerbs: [Phrase] = ["appoint", "appoints", "designate", "designates", "name", "names"]

    /// Whether the instrument refers to a power of attorney that appointed the undersigned, or
    /// appoints substitutes for its signer.
    static func isDelegation(_ passage: Passage, in range: Range<Int>) -> Bool {
        if let opening = passage.firstMatch(of: openings, in: range) {
            let window = opening.lowerBound..<min(range.upperBound, opening.lowerBound + 400)
            if passage.contains("power of attorney", in: window) {
                if passage.firstMatch(of: appointedUndersigned, in: window) != nil { return true }
                if passage.contains("undersigned", in: window), let appointed = passage.firstMatch(of: wasAppointed, in: window),
                    passage.firstMatch(of: attorneyWords, in: appointed.upperBound..<min(range.upperBound, appointed.upperBound + 80)) != nil
                {
                    return true
                }
            }
        }
        return appointsSubstitutes(passage, in: range)
    }

    /// "hereby appoints Jane Roe as a substitute attorney-in-fact": an appointing verb earlier
    /// in the same sentence as "as (a) substitute".
    private static func appointsSubstitutes(_ passage: Passage, in range: Range<Int>) -> Bool {
        for phrase in asSubstitute {
            for hit in passage.matches(phrase, in: range, limit: 8) {
                let sentence = Sentences.sentence(passage, containing: hit.lowerBound, in: range, maximum: 400)
                if passage.firstMatch(of: appointingVerbs, in: sentence.lowerBound..<hit.lowerBound) != nil { return true }
            }
        }
        return false
    }

    /// The parent reference, and the range of the clause (its dates are not the delegation's).
    static func read(_ passage: Passage, in range: Range<Int>, dates: [DateScanner.Found]) -> (ParentReference, Range<Int>)? {
        guard let poa = passage.find("power of attorney", in: range) else { return nil }
        let window = poa..<min(range.upperBound, poa + 400)
        // "The undersigned, as attorney-in-fact for Jane Doe pursuant to a Power of Attorney
        // dated ...": the grantor may come just before the reference.
        let lead = max(range.lowerBound, poa - 200)..<window.upperBound
        guard let marker = passage.firstMatch(of: markers, in: window) ?? passage.firstMatch(of: markers, in: lead) else { return nil }
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
        let rest = nameEnd..<max(nameEnd, window.upperBound)
        let clauseEnd = min(window.upperBound, passage.find("the undersigned does", in: rest) ?? passage.find("hereby", in: rest) ?? window.upperBound)
        // "a power of attorney, dated May 5, 2010 (...), the undersigned ... was appointed
        // attorney-in-fact for Jane Doe": the date comes before the grantor.
        let beforeMarker = poa..<max(poa, marker.lowerBound)
        let afterName = nameEnd..<max(nameEnd, clauseEnd)
        let date = dates.first { beforeMarker.contains($0.range.lowerBound) }
            ?? dates.first { afterName.contains($0.range.lowerBound) }
        let start = min(poa, marker.lowerBound)
        let clause = start..<max(start, nameEnd, date?.range.upperBound ?? nameEnd)
        return (ParentReference(grantor: name, executedOn: date?.day, span: passage.span(clause)), clause)
    }
}
