import POACore

/// A one-paragraph authorization in the first person: "I hereby authorize A, B and C or any
/// one of them to sign and file on my behalf any and all forms required by the Securities and
/// Exchange Commission pursuant to Section 16 ...", "I, Jane Roe, do hereby grant power of
/// attorney to each of A, B and C for the sole purpose of filing Forms 3, 4, or 5". Dated
/// ("Dated as of 2 day of December 2022.", "Dated: March 28, 2023") and signed, or only typed.
///
/// The authorization must say what the persons may do ("to sign", "to execute", "to file",
/// "for the sole purpose of filing"): "the authorized principal amount" is not one.
enum Authorization {
    static let family = "authorization"

    private static let verbs: [Phrase] = [
        "hereby authorize", "i do hereby authorize", "i authorize", "i have authorized", "i hereby designate",
        "undersigned hereby authorizes", "undersigned does hereby authorize", "undersigned has authorized",
        "undersigned authorizes", "undersigned hereby designates",
    ]
    private static let grantsPower: [Phrase] = [
        "hereby grant power of attorney to", "hereby grants power of attorney to", "hereby grant a power of attorney to",
        "hereby grants a power of attorney to", "hereby grant a limited power of attorney to",
        "hereby grants a limited power of attorney to", "hereby grant limited power of attorney to",
    ]

    /// The grant the authorization in `range` makes, if it is one.
    static func read(_ passage: Passage, in range: Range<Int>) -> StatedGrant? {
        var clause: AppointmentClause.Found?
        if let hit = passage.firstMatch(of: verbs, in: range) {
            clause = AppointmentClause.read(passage, in: hit.lowerBound..<min(range.upperBound, hit.upperBound + 1200))
        } else if let hit = passage.firstMatch(of: grantsPower, in: range) {
            let start = AppointmentClause.skipCluster(passage, from: hit.upperBound, limit: range.upperBound)
            let end = AppointmentClause.listEnd(passage, start..<min(range.upperBound, start + 900))
            let attorneys = AttorneyList.read(passage, start..<end)
            if !attorneys.isEmpty { clause = AppointmentClause.Found(attorneys: attorneys, range: hit.lowerBound..<end) }
        }
        // Someone must be named: "authorizes the Company to file" names no attorney.
        guard let appointment = clause, appointment.attorneys.contains(where: { !$0.isOffice }),
            statesPurpose(passage, after: appointment.range.upperBound, limit: range.upperBound)
        else { return nil }
        var grant = StatedGrant(family: family, appointment: appointment)
        grant.forms = section16Forms(passage, in: appointment.range.upperBound..<range.upperBound)
        grant.grantor = typedUnderDate(passage, in: range) ?? namedFirstPerson(passage, before: appointment.range.lowerBound, in: range)
        return grant
    }

    /// "I, Jane Roe, do hereby ...": the grantor names herself before the operative verb.
    static func namedFirstPerson(_ passage: Passage, before offset: Int, in range: Range<Int>) -> Located<String>? {
        let window = max(range.lowerBound, offset - 120)..<offset
        guard let hit = passage.lastMatch("i,", in: window) else { return nil }
        return ConfirmingStatement.nameBetweenCommas(passage, from: hit.upperBound, limit: offset)
    }

    /// The name typed alone on the line under the "Dated ..." line that closes the
    /// authorization, where a signature would stand.
    static func typedUnderDate(_ passage: Passage, in range: Range<Int>) -> Located<String>? {
        let first = passage.lineIndex(at: range.lowerBound)
        let last = passage.lineIndex(at: max(range.lowerBound, range.upperBound - 1))
        guard last > first else { return nil }
        for index in stride(from: last - 1, through: max(first, last - 4), by: -1) {
            let line = passage.lines[index]
            guard passage.hasPhrase("dated", at: passage.skipSpaces(from: line.lowerBound, limit: line.upperBound)) else { continue }
            let next = passage.lines[index + 1]
            guard next.count <= 60 else { return nil }
            let name = NameText.person(passage.text(next))
            return NameText.looksLikePerson(name) ? Located(name, at: passage.span(next)) : nil
        }
        return nil
    }

    private static let purposes: [Phrase] = [
        "to sign", "to execute", "to file", "to prepare", "to act", "to submit", "to make", "purpose of filing",
        "purpose of signing", "purpose of executing", "on my behalf", "on the undersigned's behalf", "behalf of the undersigned",
    ]

    /// Whether what follows the list says what the persons may do.
    static func statesPurpose(_ passage: Passage, after end: Int, limit: Int) -> Bool {
        passage.firstMatch(of: purposes, in: end..<min(limit, end + 120)) != nil
    }

    private static let allForms: [Phrase] = ["any and all forms required", "all forms required", "any forms required", "all forms that"]

    /// "any and all forms required by the Securities and Exchange Commission pursuant to
    /// Section 16 of the Securities Exchange Act": every Section 16 ownership report, which
    /// are Forms 3, 4 and 5. Only this explicit scope counts, not a mention of Section 16.
    static func section16Forms(_ passage: Passage, in range: Range<Int>) -> Located<[Form]>? {
        guard let forms = passage.firstMatch(of: allForms, in: range) else { return nil }
        let clause = forms.lowerBound..<min(range.upperBound, forms.upperBound + 160)
        guard let section = passage.firstMatch(of: ["pursuant to section 16", "under section 16"], in: clause) else { return nil }
        return Located([.three, .four, .five], at: passage.span(forms.lowerBound..<section.upperBound))
    }
}
