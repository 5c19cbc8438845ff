import POACore

/// A confirming statement: a short statement, filed as the POA exhibit, that confirms whom
/// the reporting person has authorized to sign and file his Section 16 reports. It never
/// says "appoint" and may not say "attorney-in-fact". Two shapes:
/// - first person: "This statement confirms that the undersigned, Jane Roe, has authorized
///   and designated A, B and C to execute and file on the undersigned's behalf all Forms 3,
///   4 and 5 ...", signed, with "Date:";
/// - third person: "The reporting person, Jane Roe, has executed a power of attorney that
///   authorizes the following persons to file the Form on her behalf: A, B or C. The power of
///   attorney is on file with the Issuer, and it is dated May 2, 2011": often unsigned, the
///   grantor named in the text and the execution date the power of attorney's.
enum ConfirmingStatement {
    static let family = "confirming statement"

    static func read(_ passage: Passage, in range: Range<Int>) -> StatedGrant? {
        firstPerson(passage, in: range) ?? thirdPerson(passage, in: range)
    }

    private static let openings: [Phrase] = ["statement confirms that", "this confirms that"]

    /// "This statement confirms that the undersigned, NAME, has authorized and designated LIST to ...".
    static func firstPerson(_ passage: Passage, in range: Range<Int>) -> StatedGrant? {
        guard let opening = passage.firstMatch(of: openings, in: range) else { return nil }
        let rest = opening.upperBound..<range.upperBound
        var clause = AppointmentClause.read(passage, in: rest)
        // A clause that names no person ("the individuals listed below") is no list of names.
        if let found = clause, found.range.lowerBound >= opening.upperBound + 200 || !found.attorneys.contains(where: { !$0.isOffice }) {
            clause = nil
        }
        // "has authorized the individuals listed below to ...:" with one name per line.
        guard var appointment = clause ?? LetterToSEC.listedBelow(passage, rest) else { return nil }
        if let better = repeatedList(passage, after: appointment, in: range) { appointment.attorneys = better }
        var grant = StatedGrant(family: family, appointment: appointment)
        if let named = namedUndersigned(passage, opening.upperBound..<appointment.range.lowerBound) { grant.grantor = named }
        return grant
    }

    /// The same persons named again later ("The authority of A, B and C under this statement"):
    /// when the first list lost a comma ("A B, and C" read as two names), the second list,
    /// with the same words in the same order, separates them.
    static func repeatedList(_ passage: Passage, after appointment: AppointmentClause.Found, in range: Range<Int>) -> [ExtractedAttorney]? {
        let after = appointment.range.upperBound..<range.upperBound
        for hit in passage.matches("authority of", in: after, limit: 3) {
            let start = passage.skipSpaces(from: hit.upperBound, limit: range.upperBound)
            let end = AppointmentClause.listEnd(passage, start..<min(range.upperBound, start + 600))
            let again = AttorneyList.read(passage, start..<end)
            if again.count > appointment.attorneys.count, letters(again) == letters(appointment.attorneys) { return again }
        }
        return nil
    }

    /// The names' letters, lowercased, in order: equal for two lists that differ only in punctuation.
    private static func letters(_ attorneys: [ExtractedAttorney]) -> [UInt8] {
        attorneys.flatMap { $0.name.utf8.filter(ASCII.isLetter).map(ASCII.lowered) }
    }

    /// "the undersigned, Jane Roe, has": the grantor named beside "the undersigned".
    static func namedUndersigned(_ passage: Passage, _ window: Range<Int>) -> Located<String>? {
        guard let hit = passage.match("the undersigned,", in: window) else { return nil }
        return nameBetweenCommas(passage, from: hit.upperBound, limit: window.upperBound)
    }

    /// The person named from `start` up to the next comma, if it reads as a person's name.
    static func nameBetweenCommas(_ passage: Passage, from start: Int, limit: Int) -> Located<String>? {
        let ceiling = min(limit, start + 80)
        guard start < ceiling, let comma = passage.lower[start..<ceiling].firstIndex(of: UInt8(ascii: ",")) else { return nil }
        var end = comma
        // "Jane Roe, Jr., has": the suffix stays with the name.
        let afterComma = passage.skipSpaces(from: comma + 1, limit: ceiling)
        let suffixEnd = passage.wordEnd(from: afterComma)
        if suffixEnd < ceiling, NameText.isSuffix(passage.text(afterComma..<suffixEnd)) {
            end = suffixEnd
        }
        let name = NameText.person(passage.text(start..<end))
        guard NameText.looksLikePerson(name) else { return nil }
        return Located(name, at: passage.span(start..<end))
    }

    private static let reportingPerson: [Phrase] = ["the reporting person,", "the reporting owner,", "the insider,"]
    private static let followingPersons: [Phrase] = ["the following persons", "the following individuals", "the following"]

    /// "The reporting person, NAME, has executed a power of attorney that authorizes ... the
    /// following persons to ...: LIST. ... it is dated DATE".
    static func thirdPerson(_ passage: Passage, in range: Range<Int>) -> StatedGrant? {
        guard let subject = passage.firstMatch(of: reportingPerson, in: range),
            let grantor = nameBetweenCommas(passage, from: subject.upperBound, limit: range.upperBound)
        else { return nil }
        let rest = subject.upperBound..<min(range.upperBound, subject.upperBound + 1500)
        guard passage.contains("power of attorney", in: rest),
            let following = passage.firstMatch(of: followingPersons, in: rest),
            let colon = passage.lower[following.upperBound..<min(rest.upperBound, following.upperBound + 200)].firstIndex(of: UInt8(ascii: ":"))
        else { return nil }
        let start = passage.skipSpaces(from: colon + 1, limit: rest.upperBound)
        let end = StatedGrant.listSentenceEnd(passage, from: start, limit: min(rest.upperBound, start + 900))
        let attorneys = AttorneyList.read(passage, start..<end)
        guard !attorneys.isEmpty else { return nil }
        var grant = StatedGrant(family: family, appointment: AppointmentClause.Found(attorneys: attorneys, range: following.lowerBound..<end))
        grant.grantor = grantor
        let dates = DateScanner.dates(in: passage, end..<range.upperBound)
        for hit in passage.matches("dated", in: end..<range.upperBound, limit: 4) {
            if let date = StatedGrant.date(after: hit.upperBound, in: passage, dates: dates) {
                grant.executedOn = Located(date.day, at: passage.span(date.range))
                break
            }
        }
        return grant
    }
}
