import POACore

/// When an instrument stops being in force, as the text says it.
///
/// The end condition is quoted from its opening phrase to the end of its sentence ("for so
/// long as the undersigned ... has any obligations under Section 16 ...", "until the
/// undersigned is no longer required to file Forms 3, 4, and 5 ..., unless earlier revoked").
/// An expiry is the LAST DAY IN FORCE: "until December 31, 2020" and "expires on December
/// 31, 2020" give 2020-12-31; "valid for three years from the date hereof", signed 2010-07-07,
/// gives 2013-07-06 (the signing day counts as the first day of the period).
enum EndCondition {
    /// The quoted condition, and the expiry when one is stated.
    struct Found {
        var condition: Located<String>
        var expiresOn: Located<Day>?
        /// For a period from signing: the months or days to add once the execution date is known.
        var period: (months: Int, days: Int)?
        /// The clause that holds the expiry when there is one, else the quoted condition: the
        /// dates in it are not the execution date.
        var range: Range<Int>
    }

    static let openings: [Phrase] = [
        "for so long as", "until the undersigned is no longer", "until such time as the undersigned",
        "until the earlier", "until the earliest", "until the undersigned ceases", "until revoked",
        "until such time as it is revoked", "until december", "until january", "until february", "until march",
        "until april", "until may", "until june", "until july", "until august", "until september",
        "until october", "until november", "shall expire", "will expire", "expires on", "shall terminate on",
        "shall automatically terminate", "valid for", "in effect for", "in full force and effect for",
        "in force for", "terminate upon", "terminate on the", "expire upon", "expire on the", "for a period of",
        "for a term of", "expires", "effect through", "valid through", "valid until",
    ]

    static func read(_ passage: Passage, in range: Range<Int>, dates: [DateScanner.Found]) -> Found? {
        var hits: [Range<Int>] = []
        for opening in openings { hits.append(contentsOf: passage.matches(opening, in: range, limit: 3)) }
        hits.sort { $0.lowerBound < $1.lowerBound }
        var found: Found?
        for hit in hits where found.map({ hit.lowerBound >= $0.range.upperBound }) ?? true {
            // "My Commission Expires: August 30, 2026" is the notary's, not the instrument's.
            if passage.contains("commission", in: max(range.lowerBound, hit.lowerBound - 20)..<hit.lowerBound) { continue }
            let clause = hit.lowerBound..<clauseEnd(passage, after: hit.upperBound, in: range)
            let expiresOn = expiry(passage, in: clause, dates: dates)
            let period = expiresOn == nil ? period(passage, in: clause) : nil
            let conditional = periodOpenings.contains { passage.hasPhrase($0, at: hit.lowerBound) }
            if conditional && expiresOn == nil && period == nil { continue }
            if var first = found {
                // A later clause only adds the expiry the first one lacks ("for so long as ...
                // This Power of Attorney shall expire on December 31, 2025").
                guard first.expiresOn == nil, first.period == nil, expiresOn != nil || period != nil else { continue }
                first.expiresOn = expiresOn
                first.period = period
                first.range = clause
                return first
            }
            let quoted = passage.text(clause).trimmingCharacters(" .,;")
            found = Found(condition: Located(quoted, at: passage.span(clause)), expiresOn: expiresOn, period: period, range: clause)
            if expiresOn != nil || period != nil { return found }
        }
        return found
    }

    /// The end of a clause opening before `offset`: its sentence's end, or an "IN WITNESS
    /// WHEREOF" that follows without a period ("... with the SEC. IN WITNESS WHEREOF").
    private static func clauseEnd(_ passage: Passage, after offset: Int, in range: Range<Int>) -> Int {
        let end = Sentences.sentenceEnd(passage, from: offset, in: range, maximum: 600)
        return passage.find("in witness whereof", in: offset..<end) ?? end
    }

    /// The last day in force that `clause` states ("until December 31, 2020", "until the
    /// earlier of (i) January 1, 2024 and ...").
    private static func expiry(_ passage: Passage, in clause: Range<Int>, dates: [DateScanner.Found]) -> Located<Day>? {
        var next = DateScanner.first(in: clause, of: dates)
        while let date = next {
            next = DateScanner.first(in: date.range.upperBound..<max(date.range.upperBound, clause.upperBound), of: dates)
            let before = max(clause.lowerBound, date.range.lowerBound - 24)..<date.range.lowerBound
            // In "the earlier of (a) ... or (b) December 31, 2025" every date is an end.
            let earliest = clause.lowerBound..<date.range.lowerBound
            if expiryLeads.contains(where: { passage.contains($0, in: before) })
                || earliestLeads.contains(where: { passage.contains($0, in: earliest) })
            {
                return Located(date.day, at: passage.span(date.range))
            }
        }
        return nil
    }

    /// Openings that make an end condition only with a date or a period after them.
    private static let periodOpenings: [Phrase] = [
        "valid for", "in effect for", "in full force and effect for", "in force for", "terminate upon", "terminate on the",
        "expire upon", "expire on the", "for a period of", "for a term of", "expires", "effect through",
        "valid through", "valid until",
    ]
    /// Clauses whose every date is an end ("until the earlier of ...").
    private static let earliestLeads: [Phrase] = ["earlier of", "earliest of", "earlier to occur of", "earliest to occur of"]
    private static let expiryLeads: [Phrase] = [
        "until", "expire on", "expires on", "terminate on", "through", "ending on", "expire", "terminate", "earlier of",
        "earliest of",
    ]
    /// Each unit of a period, singular then plural, with the months or days it counts.
    private static let units: [(words: [Phrase], months: Int, days: Int)] = [
        (["year", "years", "anniversary"], 12, 0), (["month", "months"], 1, 0), (["day", "days"], 0, 1),
    ]
    /// What ties a period to its start: "two years from the date hereof", "the fifth
    /// anniversary of the date written below".
    private static let fromWords: [Phrase] = ["from", "after", "following", "anniversary of"]
    /// What a period from signing runs from: "the date hereof", "the date of this letter",
    /// "its execution", "the date written below".
    private static let signingWords: [Phrase] = ["date", "hereof", "execution", "executed", "signing", "signed", "signature"]
    /// What a period from an event runs from instead.
    private static let eventWords: [Phrase] = ["cease*", "no longer", "termination", "resignation", "death", "departure"]

    /// "three years from the date hereof", "(2) years after", "24 months from".
    static func period(_ passage: Passage, in clause: Range<Int>) -> (months: Int, days: Int)? {
        for (words, months, days) in units {
            for word in words {
                for hit in passage.matches(word, in: clause) {
                    let after = hit.lowerBound..<min(clause.upperBound, hit.upperBound + 40)
                    guard let from = passage.firstMatch(of: fromWords, in: after) else { continue }
                    // The period must run from the signing, not from an event ("six months after
                    // the undersigned ceases to be a Section 16 reporting person").
                    let start = from.upperBound..<min(clause.upperBound, from.upperBound + 50)
                    guard let signing = passage.firstMatch(of: signingWords, in: start),
                        !eventWords.contains(where: { passage.contains($0, in: from.upperBound..<signing.lowerBound) })
                    else { continue }
                    if let count = number(before: hit.lowerBound, in: passage, floor: clause.lowerBound) {
                        return (months * count, days * count)
                    }
                }
            }
        }
        return nil
    }

    private static let numberWords: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "eighteen": 18, "twenty-four": 24, "thirty": 30, "sixty": 60, "ninety": 90,
        "a": 1, "an": 1, "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
        "eighth": 8, "ninth": 9, "tenth": 10,
    ]

    /// The count before a unit: "three", "3", "three (3)".
    private static func number(before offset: Int, in passage: Passage, floor: Int) -> Int? {
        let words = passage.text(max(floor, offset - 30)..<offset).lowercased().split(separator: " ")
        for word in words.reversed() {
            var bare = word.trimmingCharacters("()")
            // "(5th)"
            if bare.count > 2, bare.first?.isNumber == true, ["st", "nd", "rd", "th"].contains(String(bare.suffix(2))) {
                bare = String(bare.dropLast(2))
            }
            // A count past 9,999 is no period, nor may it overflow a date's arithmetic.
            if let value = Int(bare) { return (1...9_999).contains(value) ? value : nil }
            if let value = numberWords[bare] { return value }
            break
        }
        if words.count >= 2, let value = numberWords[String(words[words.count - 2])] { return value }
        return nil
    }

    /// Whether an attorney's authority ends with that attorney's employment: "until such
    /// attorney-in-fact ceases to be an employee of the Company", "as to any attorney-in-fact,
    /// upon such person's termination of employment". The subject must be the attorney,
    /// not the undersigned.
    static func endsWithAttorneyEmployment(_ passage: Passage, in range: Range<Int>) -> Bool {
        for phrase in employmentEnds {
            for hit in passage.matches(phrase, in: range) {
                let window = max(range.lowerBound, hit.lowerBound - 160)..<hit.lowerBound
                let attorney = attorneySubjects.compactMap { passage.lastMatch($0, in: window)?.lowerBound }.max()
                let undersigned = passage.lastMatch("undersigned", in: window)?.lowerBound
                if let at = attorney, at > (undersigned ?? -1) { return true }
            }
        }
        return false
    }

    private static let employmentEnds: [Phrase] = [
        "ceases to be an employee", "ceases to be employed", "cease to be employed", "cease to be an employee",
        "no longer employed", "no longer an employee", "termination of employment", "termination of his or her employment",
        "employment with the company terminates", "ceases to be a partner", "ceases to be an employee or partner",
        "no longer a partner",
    ]
    /// Who the employment clause may be about, when it is about an attorney.
    private static let attorneySubjects: [Phrase] = ["attorney", "attorney-in-fact", "such person", "such individual"]
}
