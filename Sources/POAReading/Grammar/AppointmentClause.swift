/// The appointment clause: "does hereby nominate, constitute and appoint A, B and C, or any
/// one or more of them, his true and lawful attorneys", "constitutes and appoints each of A,
/// B and C, signing singly", "has authorized and designated A to execute".
///
/// The clause starts after a cluster of appointing verbs and ends at the first phrase that
/// cannot be part of a list of names ("or any of them", "signing singly", "his true and
/// lawful", "as the undersigned's", "to be", "with full power"...). Each candidate verb is
/// tried in order until one is followed by a readable list, so a stray "authorized" earlier
/// in the text does not hide the real clause.
enum AppointmentClause {
    /// What the clause names, and where the clause is.
    struct Found {
        var attorneys: [ExtractedAttorney]
        var range: Range<Int>
    }

    static let verbs: [Phrase] = [
        "appoint", "appoints", "designate", "designates", "designated", "authorize", "authorizes", "authorized",
        "constitutes", "constitute",
    ]
    private static let clusterWords: Set<String> = [
        "appoint", "appoints", "designate", "designates", "designated", "nominate", "nominates", "constitute",
        "constitutes", "make", "makes", "authorize", "authorizes", "authorized", "and", "name", "names", "hereby",
    ]
    /// ``clusterWords`` as bytes, compared with the passage's words without making strings.
    private static let clusterWordBytes: [[UInt8]] = clusterWords.map { Array($0.utf8) }

    /// The first appointment clause in `range` that names at least one attorney.
    static func read(_ passage: Passage, in range: Range<Int>) -> Found? {
        // Where each candidate clause starts, and where its list may start.
        var candidates: [(start: Int, list: Int)] = []
        for verb in verbs {
            for hit in passage.matches(verb, in: range, limit: 8) { candidates.append((hit.lowerBound, hit.lowerBound)) }
        }
        for phrase in grantingPhrases {
            for hit in passage.matches(phrase, in: range, limit: 4) { candidates.append((hit.lowerBound, hit.upperBound)) }
        }
        for hit in passage.matches("confirms that", in: range, limit: 4) {
            // "This letter confirms that A and B are authorized and designated to sign ...".
            let after = hit.upperBound..<min(range.upperBound, hit.upperBound + 400)
            if let authorized = passage.match("authorized", in: after), passage.contains(" are ", in: hit.upperBound..<authorized.lowerBound) {
                candidates.append((hit.lowerBound, hit.upperBound))
            }
        }
        candidates.sort { $0.start < $1.start }
        for (start, list) in candidates {
            let listStart = skipCluster(passage, from: list, limit: range.upperBound)
            let window = listStart..<min(range.upperBound, listStart + 900)
            let end = listEnd(passage, window)
            var attorneys = withAnnex(passage, AttorneyList.read(passage, listStart..<end), clause: listStart..<end)
            if !attorneys.isEmpty, attorneys.allSatisfy(\.isOffice), let (named, later) = followingList(passage, after: listStart, in: range) {
                attorneys = named
                return Found(attorneys: attorneys, range: start..<later)
            }
            if !attorneys.isEmpty { return Found(attorneys: attorneys, range: start..<end) }
            // "appoints, solely in connection with ... (the "Company"), each of A, B and C".
            if let eachOf = passage.match("each of", in: listStart..<min(range.upperBound, listStart + 300)),
                !passage.contains("attorney", in: listStart..<eachOf.lowerBound)
            {
                let from = passage.skipSpaces(from: eachOf.upperBound, limit: range.upperBound)
                let later = listEnd(passage, from..<min(range.upperBound, from + 900))
                let named = AttorneyList.read(passage, from..<later)
                if !named.isEmpty { return Found(attorneys: named, range: start..<later) }
            }
        }
        return listedBelow(passage, in: range)
    }

    /// "do hereby grant power of attorney to each of A, B and C": the list follows the phrase.
    static let grantingPhrases: [Phrase] = [
        "grant power of attorney to", "grants power of attorney to", "give power of attorney to", "gives power of attorney to",
    ]

    /// Where a letter announces its attorneys as a list of lines ("The individuals who are
    /// authorized to act as my Attorney-In-Fact under this Power of Attorney are as follows:").
    private static let listIntroductions: [Phrase] = ["are as follows:", "as follows:", "listed below:", "named below:"]

    /// The attorneys listed one per line after ``listIntroductions``, when the sentence that
    /// introduces them speaks of attorneys-in-fact; the list ends at the first line that is
    /// not a person's name. Nil when there is no such list.
    static func listedBelow(_ passage: Passage, in range: Range<Int>) -> Found? {
        for hit in passage.matches(listIntroductions[0], in: range, limit: 4) + passage.matches(listIntroductions[2], in: range, limit: 2)
            + passage.matches(listIntroductions[3], in: range, limit: 2) + passage.matches(listIntroductions[1], in: range, limit: 4)
        {
            let context = max(range.lowerBound, hit.lowerBound - 250)..<hit.lowerBound
            guard passage.contains("attorney-in-fact", in: context) || passage.contains("attorneys-in-fact", in: context) else { continue }
            let first = passage.lineIndex(at: hit.lowerBound)
            // The introduction must end its line: the names are on the lines below.
            guard passage.skipSpaces(from: hit.upperBound, limit: passage.lines[first].upperBound) == passage.lines[first].upperBound else { continue }
            var attorneys: [ExtractedAttorney] = []
            var index = first + 1
            while index < passage.lines.count, passage.lines[index].lowerBound < range.upperBound, attorneys.count < 30,
                let name = AnnexAttorneys.leadingName(passage, passage.lines[index]),
                passage.lines[index].count <= name.utf8.count + 40
            {
                attorneys.append(ExtractedAttorney(name: name, span: passage.span(passage.lines[index])))
                index += 1
            }
            if !attorneys.isEmpty, index > first + 1 {
                return Found(attorneys: attorneys, range: hit.lowerBound..<passage.lines[index - 1].upperBound)
            }
        }
        return nil
    }

    /// The people of "authorizes and directs the following persons to file the Form on his
    /// behalf: A, B or C.", read after the colon up to the end of the sentence; nil when
    /// "the following" and a colon do not come first.
    static func followingList(_ passage: Passage, after start: Int, in range: Range<Int>) -> ([ExtractedAttorney], Int)? {
        let window = start..<min(range.upperBound, start + 200)
        guard let following = passage.match("the following", in: window),
            let colon = passage.lower[following.upperBound..<window.upperBound].firstIndex(of: UInt8(ascii: ":"))
        else { return nil }
        let from = passage.skipSpaces(from: colon + 1, limit: range.upperBound)
        let end = listEnd(passage, from..<nameListSentenceEnd(passage, from: from, limit: min(range.upperBound, from + 600)))
        let named = AttorneyList.read(passage, from..<end).filter { !$0.isOffice }
        return named.isEmpty ? nil : (named, end)
    }

    /// Abbreviations inside names whose period ends no sentence ("St. Laurent", "Jr.").
    private static let nameAbbreviations = ASCIIWordSet(["st", "jr", "sr", "mr", "ms", "mrs", "dr", "esq"])

    /// The period that ends a sentence made of names ("A, B.S. Grant or C. Lee. The power
    /// ..."): followed by a capitalised word, after a word that is no initial ("E.S.") and
    /// no abbreviation ("St."); `limit` when there is none.
    static func nameListSentenceEnd(_ passage: Passage, from: Int, limit: Int) -> Int {
        var index = from
        while index + 2 < limit {
            defer { index += 1 }
            guard passage.lower[index] == UInt8(ascii: "."), passage.lower[index + 1] == 0x20,
                ASCII.isUpper(passage.bytes[index + 2]), index + 3 < limit, ASCII.isLower(passage.bytes[index + 3])
            else { continue }
            var start = index
            while start > from, !ASCII.isSpace(passage.lower[start - 1]) { start -= 1 }
            let word = passage.lower[start..<index]
            if word.count <= 1 || word.contains(UInt8(ascii: ".")) || nameAbbreviations.contains(lowercasing: word) { continue }
            return index
        }
        return limit
    }

    /// The attorneys with those of an annex the clause refers to ("the individuals named on
    /// Annex A attached hereto") in place of the reference, when the annex names people.
    static func withAnnex(_ passage: Passage, _ attorneys: [ExtractedAttorney], clause: Range<Int>) -> [ExtractedAttorney] {
        guard attorneys.contains(where: \.isOffice), let label = AnnexAttorneys.reference(passage, in: clause) else { return attorneys }
        let listed = AnnexAttorneys.read(passage, label: label, after: clause.upperBound)
        guard !listed.isEmpty else { return attorneys }
        return attorneys.filter { !$0.isOffice } + listed
    }

    /// After "nominate, constitute and appoint" and lead-ins like "each of", "the following:".
    static func skipCluster(_ passage: Passage, from start: Int, limit: Int) -> Int {
        var index = start
        while index < limit {
            let wordStart = passage.skipSpaces(from: index, limit: limit)
            var cursor = wordStart
            while cursor < limit, passage.lower[cursor] == UInt8(ascii: ",") { cursor = passage.skipSpaces(from: cursor + 1, limit: limit) }
            let end = passage.wordEnd(from: cursor)
            let word = passage.lower[cursor..<end]
            if clusterWordBytes.contains(where: { $0.elementsEqual(word) }) || isMisspelledAppoint(word) {
                index = end
                continue
            }
            index = cursor
            break
        }
        for lead in leadIns where passage.hasPhrase(lead, at: index) {
            index = passage.skipSpaces(from: index + lead.count, limit: limit)
            while index < limit, passage.lower[index] == UInt8(ascii: ":") {
                index = passage.skipSpaces(from: index + 1, limit: limit)
            }
            break
        }
        return index
    }

    /// "apppoints", "apoint": a misspelled "appoint(s)" is still one of the appointing verbs.
    static func isMisspelledAppoint(_ word: ArraySlice<UInt8>) -> Bool {
        guard word.count >= 5, word.count <= 10, word.starts(with: "ap".utf8) else { return false }
        return word.reversed().starts(with: "tnio".utf8) || word.reversed().starts(with: "stnio".utf8)
    }

    private static let leadIns: [Phrase] = [
        "each and all of", "each of the following persons", "each of the following individuals", "each of the following",
        "the following persons", "the following individuals", "the following", "each of", "any of", "both of",
        "both", "as follows",
    ]

    /// Phrases that end a list of names.
    static let stops: [Phrase] = [
        " or any one", " or any of", " or either of", " and each of them", " each of them", " each of whom",
        " each acting", " acting", " signing", "(each", "( each", "(the ", "(\"", "(collectively", " jointly",
        " severally", " individually", " to ", " as ", " with ", " who ", " whose ", " his ", " her ", " its ",
        " their ", " my ", " our ", "the undersigned", " true and lawful", " for ", " in ", " is ", " are ",
        " under ", " at ", ";", " shall", " hereby", " attorney-in-fact", " attorneys-in-fact",
    ]

    private static let timeTo = Array(" to ".utf8)

    /// Where the list resumes after a defined term at `offset` ("(the "Company")") that is
    /// followed by "and" or a comma and a capitalised word; nil when it does not.
    static func afterDefinedTerm(_ passage: Passage, at offset: Int, limit: Int) -> Int? {
        guard offset < limit, passage.lower[offset] == UInt8(ascii: "(") else { return nil }
        let ceiling = min(limit, offset + 40)
        guard let close = passage.lower[offset..<ceiling].firstIndex(of: UInt8(ascii: ")")),
            passage.lower[offset..<close].contains(where: { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "'") })
        else { return nil }
        var next = passage.skipSpaces(from: close + 1, limit: limit)
        if next < limit, passage.lower[next] == UInt8(ascii: ",") { next = passage.skipSpaces(from: next + 1, limit: limit) }
        if passage.hasPhrase("and", at: next) { next = passage.skipSpaces(from: next + 3, limit: limit) }
        if passage.hasPhrase("each of", at: next) { next = passage.skipSpaces(from: next + 7, limit: limit) }
        guard next < limit, ASCII.isUpper(passage.bytes[next]) else { return nil }
        return close + 1
    }

    /// Where a lettered list resumes after the semicolon at `offset` ("(a) Ann Lee; (b) Bo
    /// Chen; and (c) Cy Young"); nil when no list marker follows it.
    static func afterLetteredItem(_ passage: Passage, at offset: Int, limit: Int) -> Int? {
        guard offset < limit, passage.lower[offset] == UInt8(ascii: ";") else { return nil }
        var next = passage.skipSpaces(from: offset + 1, limit: limit)
        if passage.hasPhrase("and", at: next) { next = passage.skipSpaces(from: next + 3, limit: limit) }
        guard next + 2 < limit, passage.lower[next] == UInt8(ascii: "("), ASCII.isLetter(passage.lower[next + 1]) || ASCII.isDigit(passage.lower[next + 1]),
            passage.lower[next + 2] == UInt8(ascii: ")")
        else { return nil }
        return offset + 1
    }

    /// The end of the name list that starts at `window.lowerBound`.
    static func listEnd(_ passage: Passage, _ window: Range<Int>) -> Int {
        var end = window.upperBound
        for stop in stops {
            let searchEnd = min(window.upperBound, end + stop.count)
            var from = window.lowerBound
            while let at = passage.find(stop, in: from..<searchEnd), at < end {
                // "the incumbents from time to time of the offices of ..." is one item.
                if stop.bytes == timeTo, at >= 4, passage.lower[(at - 4)..<at].elementsEqual("time".utf8) {
                    from = at + 1
                    continue
                }
                if at > window.lowerBound { end = at }
                break
            }
        }
        // "A and B of Acme Corp. (the "Company") and C of Law LLP": the list goes on past the
        // defined term when another name follows it.
        if end < window.upperBound,
            let resumed = afterDefinedTerm(passage, at: end, limit: window.upperBound) ?? afterLetteredItem(passage, at: end, limit: window.upperBound)
        {
            let rest = listEnd(passage, resumed..<window.upperBound)
            if rest > resumed { end = rest }
        }
        // A colon right after the verbs introduces the list; a later one ends it.
        if let colon = passage.lower[window.lowerBound..<end].firstIndex(of: UInt8(ascii: ":")), colon > window.lowerBound + 2 {
            end = colon
        }
        return end
    }
}
