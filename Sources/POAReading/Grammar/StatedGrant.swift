import POACore

/// A grant read by the grammar of a family that never says "appoint ... attorney-in-fact": a
/// letter to the SEC, a confirming statement, a one-paragraph authorization.
///
/// Besides the persons authorized, such texts state facts the general readers do not look
/// for: the grantor named in the third person ("The reporting person, Jane Roe, has executed a
/// power of attorney"), the date of the power of attorney a statement confirms ("it is dated
/// May 2, 2011"), the date at the head of a letter, a letter's "I revoke my prior power of
/// attorney", the forms meant by "any and all forms required ... pursuant to Section 16".
/// The instrument reader uses each of them only where its own readers find nothing, except
/// the execution date, which the family states more precisely than a date found nearby.
struct StatedGrant {
    /// The family, for explanations: "letter to the SEC", "confirming statement", "authorization".
    var family: String
    /// The persons authorized, and where the clause naming them is.
    var appointment: AppointmentClause.Found
    var grantor: Located<String>?
    var executedOn: Located<Day>?
    var issuer: Located<String>?
    var forms: Located<[Form]>?
    var supersession: Located<String>?

    init(family: String, appointment: AppointmentClause.Found) {
        self.family = family
        self.appointment = appointment
    }

    /// The grant a letter to the SEC or a confirming statement in `range` makes, if the
    /// segment is one. These families are recognised by their own openings, so they are
    /// tried before the appointment clause.
    static func readLetterOrStatement(_ passage: Passage, in range: Range<Int>) -> StatedGrant? {
        LetterToSEC.read(passage, in: range) ?? ConfirmingStatement.read(passage, in: range)
    }

    /// The list of names that runs from `start` to the end of its sentence: a period after a
    /// word of two or more letters with no period inside it ("Nysetvold."), so initials
    /// ("E.S.", "J.") and "St." do not end the list.
    static func listSentenceEnd(_ passage: Passage, from start: Int, limit: Int) -> Int {
        let bytes = passage.bytes
        var index = start
        let end = min(limit, bytes.count)
        while index < end {
            if bytes[index] == UInt8(ascii: "."), endsWord(bytes, period: index, floor: start) { return index }
            index += 1
        }
        return end
    }

    private static let abbreviations: [[UInt8]] = ["st", "jr", "sr", "mr", "ms", "mrs", "dr", "inc", "esq"].map { Array($0.utf8) }

    private static func endsWord(_ bytes: [UInt8], period: Int, floor: Int) -> Bool {
        let next = period + 1
        guard next >= bytes.count || ASCII.isSpace(bytes[next]) else { return false }
        var wordStart = period
        while wordStart > floor, !ASCII.isSpace(bytes[wordStart - 1]) {
            wordStart -= 1
            if bytes[wordStart] == UInt8(ascii: ".") { return false }
        }
        let word = bytes[wordStart..<period].map(ASCII.lowered)
        guard word.count >= 2 else { return false }
        return !abbreviations.contains { $0.elementsEqual(word) }
    }

    /// The first date that starts right after `offset` (within a few bytes: "dated October 2,
    /// 2003", "dated as of May 1, 2020").
    static func date(after offset: Int, in passage: Passage, dates: [DateScanner.Found]) -> DateScanner.Found? {
        var start = passage.skipSpaces(from: offset)
        if passage.hasPhrase("as of", at: start) { start = passage.skipSpaces(from: start + 5) }
        return dates.first { $0.range.lowerBound >= start && $0.range.lowerBound <= start + 2 }
    }
}
