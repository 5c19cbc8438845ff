import POACore

/// A letter to the SEC that confirms who may sign the writer's Section 16 reports: a grant
/// that never says "appoint", and often not "attorney-in-fact" either.
///
/// The letter opens with the Commission's address (and a date, a "Re:" line, a salutation),
/// then states the authority in one of these shapes:
/// - "This letter confirms that A and B are authorized and designated to sign ... Forms 3, 4
///   and 5, on my behalf"; "The undersigned confirms that A, B and C and each of them
///   ("Authorized Representatives"), are authorized on his or her behalf to sign";
/// - "I have granted each of the individuals listed below the authority to ... execute and
///   file ... (Form 4)", with the names one per line after "are as follows:";
/// - "I have authorized A and B, and each of them, to sign and file on my behalf ...".
///
/// The writer is the grantor (the signature); the letter's date is the execution date.
enum LetterToSEC {
    static let family = "letter to the SEC"

    /// The grant the letter in `range` makes; nil when the segment is not such a letter.
    static func read(_ passage: Passage, in range: Range<Int>) -> StatedGrant? {
        guard let address = addressee(passage, range) else { return nil }
        let body = address.upperBound..<range.upperBound
        guard let appointment = confirmedList(passage, body) ?? listedBelow(passage, body) ?? authorizing(passage, body) else { return nil }
        var grant = StatedGrant(family: family, appointment: appointment)
        let dates = DateScanner.dates(in: passage, range.lowerBound..<appointment.range.lowerBound)
        if let date = letterDate(passage, dates: dates) {
            grant.executedOn = Located(date.day, at: passage.span(date.range))
        }
        grant.supersession = revokesPrior(passage, body)
        grant.issuer = subjectIssuer(passage, range.lowerBound..<appointment.range.lowerBound)
        return grant
    }

    /// "Re: Acme Corporation - Power of Attorney": the company whose power of attorney the
    /// letter is about, when the subject line names one.
    static func subjectIssuer(_ passage: Passage, _ head: Range<Int>) -> Located<String>? {
        guard let re = passage.match("re:", in: head) else { return nil }
        let line = passage.lines[passage.lineIndex(at: re.lowerBound)]
        guard line.upperBound <= head.upperBound, let topic = passage.match("power of attorney", in: re.upperBound..<line.upperBound) else { return nil }
        var end = topic.lowerBound
        while end > re.upperBound, ASCII.isSpace(passage.bytes[end - 1]) || passage.bytes[end - 1] == UInt8(ascii: "-") { end -= 1 }
        let name = passage.text(re.upperBound..<end)
        guard !name.isEmpty, NameText.looksLikeEntity(name) else { return nil }
        return Located(NameText.entity(name), at: passage.span(re.upperBound..<end))
    }

    /// The Commission as addressee: a short line of its own among the letter's first lines
    /// (an address block), in a text that is not a formal power of attorney ("Know all ...").
    static func addressee(_ passage: Passage, _ range: Range<Int>) -> Range<Int>? {
        let first = passage.lineIndex(at: range.lowerBound)
        let last = min(passage.lines.count, first + 10)
        guard last > first else { return nil }
        let head = range.lowerBound..<min(range.upperBound, passage.lines[last - 1].upperBound)
        guard let found = passage.match("securities and exchange commission", in: head) else { return nil }
        let line = passage.lines[passage.lineIndex(at: found.lowerBound)]
        guard line.count <= maximumAddressLine, passage.firstMatch(of: formalOpenings, in: range) == nil else { return nil }
        return found
    }

    static let maximumAddressLine = 80
    private static let formalOpenings: [Phrase] = ["know all", "true and lawful", "by these presents"]

    private static let confirms: [Phrase] = [
        "letter confirms that", "undersigned confirms that", "hereby confirms that", "i confirm that", "this will confirm that",
        "this letter will confirm that", "this is to confirm that", "please be advised that", "this is to advise you that",
        "as confirmation that",
    ]
    private static let authorizedAfterList: [Phrase] = [
        " are authorized", " is authorized", " are hereby authorized", " is hereby authorized", " have been authorized",
        " has been authorized", " are each authorized",
    ]

    /// "confirms that A, B and C (and each of them) are authorized ...": the list before the verb.
    static func confirmedList(_ passage: Passage, _ body: Range<Int>) -> AppointmentClause.Found? {
        for phrase in confirms {
            for hit in passage.matches(phrase, in: body, limit: 4) {
                let window = hit.upperBound..<min(body.upperBound, hit.upperBound + 700)
                guard let verb = passage.firstMatch(of: authorizedAfterList, in: window) else { continue }
                let listStart = passage.skipSpaces(from: hit.upperBound, limit: verb.lowerBound)
                let end = AppointmentClause.listEnd(passage, listStart..<verb.lowerBound)
                let attorneys = AttorneyList.read(passage, listStart..<end)
                if !attorneys.isEmpty, attorneys.contains(where: { !$0.isOffice }) {
                    return AppointmentClause.Found(attorneys: attorneys, range: hit.lowerBound..<verb.upperBound)
                }
            }
        }
        return nil
    }

    /// "I have authorized A and B to sign ...": an appointment clause that names a person and
    /// says what the persons may do.
    static func authorizing(_ passage: Passage, _ body: Range<Int>) -> AppointmentClause.Found? {
        guard let found = AppointmentClause.read(passage, in: body), found.attorneys.contains(where: { !$0.isOffice }),
            Authorization.statesPurpose(passage, after: found.range.upperBound, limit: body.upperBound)
        else { return nil }
        return found
    }

    private static let listIntroductions: [Phrase] = ["are as follows", "as follows:", "listed below", "named below"]
    private static let authorityWords: [Phrase] = [
        "authority to", "authorized to act", "authorized to sign", "authorized to execute", "authorized the individuals",
        "authorized the persons", "authorized each of the", "designated the individuals", "designated the persons",
    ]

    /// Names one per line after "The individuals who are authorized ... are as follows:", or
    /// after the sentence that mentions "the individuals listed below" (the line that ends
    /// with a colon, within a few lines).
    static func listedBelow(_ passage: Passage, _ body: Range<Int>) -> AppointmentClause.Found? {
        guard passage.firstMatch(of: authorityWords, in: body) != nil else { return nil }
        for phrase in listIntroductions {
            for hit in passage.matches(phrase, in: body, limit: 4) {
                let hitLine = passage.lineIndex(at: hit.lowerBound)
                let last = min(passage.lines.count, hitLine + 6)
                let colonLine = (hitLine..<last).first { index in
                    let line = passage.lines[index]
                    return line.upperBound <= body.upperBound && passage.bytes[line].last(where: { !ASCII.isSpace($0) }) == UInt8(ascii: ":")
                }
                let attorneys = nameLines(passage, after: colonLine ?? hitLine, limit: body.upperBound)
                if !attorneys.isEmpty { return AppointmentClause.Found(attorneys: attorneys, range: hit.lowerBound..<hit.upperBound) }
            }
        }
        return nil
    }

    /// The persons named one per line after line `index`, up to the first line that is not a name.
    static func nameLines(_ passage: Passage, after index: Int, limit: Int) -> [ExtractedAttorney] {
        var attorneys: [ExtractedAttorney] = []
        var line = index + 1
        while line < passage.lines.count, passage.lines[line].upperBound <= limit, attorneys.count < 40 {
            let range = passage.lines[line]
            guard range.count <= 80 else { break }
            let name = NameText.person(passage.text(range))
            guard NameText.looksLikePerson(name) else { break }
            attorneys.append(ExtractedAttorney(name: name, span: passage.span(range)))
            line += 1
        }
        return attorneys
    }

    /// The letter's date: a date alone on its line, above the operative text.
    static func letterDate(_ passage: Passage, dates: [DateScanner.Found]) -> DateScanner.Found? {
        dates.first { date in
            let line = passage.lines[passage.lineIndex(at: date.range.lowerBound)]
            let before = passage.skipSpaces(from: line.lowerBound, limit: date.range.lowerBound)
            var after = date.range.upperBound
            while after < line.upperBound, ASCII.isSpace(passage.bytes[after]) || passage.bytes[after] == UInt8(ascii: ".") { after += 1 }
            return before == date.range.lowerBound && after >= line.upperBound
        }
    }

    private static let revokePrior: [Phrase] = ["i revoke my prior", "i hereby revoke my prior", "revoke my prior", "revokes my prior"]

    /// "I revoke my prior Microsoft Corporation - Power of Attorney.": the letter replaces the
    /// writer's earlier authorization, which is a supersession.
    static func revokesPrior(_ passage: Passage, _ body: Range<Int>) -> Located<String>? {
        guard let hit = passage.firstMatch(of: revokePrior, in: body) else { return nil }
        let end = Sentences.sentenceEnd(passage, from: hit.upperBound, in: body, maximum: 300)
        return Located(passage.text(hit.lowerBound..<end).trimmingCharacters(" ."), at: passage.span(hit.lowerBound..<end))
    }
}
