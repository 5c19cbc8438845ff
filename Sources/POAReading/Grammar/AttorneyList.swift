/// A list of attorneys-in-fact as written in an appointment clause: "A, B and C",
/// "A, B, or C", "A; B", names across line breaks, suffixes kept with the name
/// ("Edward J. Kelly, III"), honorifics dropped, titles after a name dropped
/// ("Jane Roe, General Counsel"), and attorneys named only by office kept as offices.
enum AttorneyList {
    /// One item between separators, with what separated it from the previous one.
    struct Item {
        var text: String
        var range: Range<Int>
        var afterConjunction: Bool
    }

    /// The attorneys named in `range`, in order; empty when the text there is not a list of
    /// names or offices.
    ///
    /// "A, B and C of Acme Corp., a Delaware corporation, and D of Law LLP" names four people:
    /// an item "C of Acme Corp." gives its person, and what follows an employer (its legal
    /// form, its incorporation) is skipped until the next person. Titles after a person
    /// ("Jane Roe, Executive Vice President, General Counsel") are skipped; an office is an
    /// attorney only when nobody's name comes before it or it is written as "the ...".
    static func read(_ passage: Passage, _ range: Range<Int>) -> [ExtractedAttorney] {
        var attorneys: [ExtractedAttorney] = []
        var previousWasPerson = false
        var inTitleOrEmployer = false
        for item in items(passage, range) {
            var text = stripLeadIn(stripMarkers(item.text))
            text = removeParentheticals(text)
            var cleaned = NameText.person(text)
            if cleaned.isEmpty { continue }
            let span = passage.span(item.range)
            if NameText.isSuffix(cleaned), previousWasPerson, let last = attorneys.indices.last {
                if isEsquire(cleaned) { continue }  // "Andrew Roe, Esq." is Andrew Roe
                attorneys[last].name += ", " + cleaned
                attorneys[last].span = attorneys[last].span.union(span)
                continue
            }
            let employer = employee(cleaned)
            if previousWasPerson, employer == nil, isTitle(cleaned) {
                inTitleOrEmployer = true  // "Jane Roe, General Counsel", "John Poe, EVP and Chief Financial Officer"
                continue
            }
            if inTitleOrEmployer, !NameText.looksLikePerson(employer ?? cleaned) {
                continue  // "Inc.", "a Delaware corporation", "Senior Counsel" after a person
            }
            if NameText.isLegalFormSuffix(cleaned), let last = attorneys.indices.last {
                attorneys[last].name += ", " + cleaned  // "Harbor Ridge Capital Management, LLC"
                attorneys[last].span = attorneys[last].span.union(span)
                continue
            }
            inTitleOrEmployer = false
            if let person = employer {
                cleaned = person  // "Jane Roe of Acme Corp."
                inTitleOrEmployer = true
            }
            if NameText.looksLikePerson(cleaned) {
                attorneys.append(ExtractedAttorney(name: cleaned, span: span))
                previousWasPerson = true
            } else if NameText.looksLikeOffice(cleaned), !cleaned.lowercased().hasPrefix("the undersigned") {
                if previousWasPerson && !item.afterConjunction { continue }  // "Jane Roe, General Counsel"
                attorneys.append(ExtractedAttorney(name: office(cleaned), isOffice: true, span: span))
                previousWasPerson = false
            } else if isEntityAttorney(cleaned) {
                attorneys.append(ExtractedAttorney(name: cleaned, span: span))  // "Reinvent Partners Sponsor LLC"
                previousWasPerson = false
            } else if attorneys.isEmpty {
                return []
            } else {
                break
            }
        }
        return attorneys
    }

    /// The person in "Jane Roe of Acme Corp." (a name, then "of" and an employer), or nil.
    static func employee(_ text: String) -> String? {
        // On the UTF-8 bytes: a String search is many times slower, on every list item.
        let bytes = Array(text.utf8)
        guard bytes.count >= 4,
            let of = (0...(bytes.count - 4)).first(where: {
                bytes[$0] == 0x20 && bytes[$0 + 1] == UInt8(ascii: "o") && bytes[$0 + 2] == UInt8(ascii: "f") && bytes[$0 + 3] == 0x20
            })
        else { return nil }
        let head = String(decoding: bytes[..<of], as: UTF8.self)
        return NameText.looksLikePerson(head) ? head : nil
    }

    /// Words of job titles that are not ``NameText/officeWords`` ("EVP", "Stock Plan
    /// Administration", "Equity Accounting"): after a person's name, an item made of
    /// capitalised words with one of these is that person's title.
    private static let titleWords = ASCIIWordSet([
        "evp", "svp", "vp", "ceo", "cfo", "coo", "cao", "clo", "gc", "general", "senior", "assistant", "associate",
        "deputy", "accounting", "administration", "stock", "plan", "equity", "securities", "legal", "finance",
        "financial", "corporate", "compliance", "governance", "operations", "human", "resources", "reporting", "tax",
        "banker", "specialist", "analyst", "coordinator", "services", "relations", "affairs", "paralegal", "esq.",
        "esq", "practice", "consumer", "operating", "accountant", "administrative",
    ])

    /// Whether an item after a person's name is that person's title: an office, or
    /// capitalised words with a title word, never "the ..." (an office named as an attorney).
    static func isTitle(_ text: String) -> Bool {
        let lower = LowerText(text)
        if lower.hasPrefix("the ") || lower.hasPrefix("any ") { return false }
        return capitalisedWithTitleWord(text) || NameText.looksLikeOffice(text)
    }

    /// Capitalised words (and "and", "of", "&"), six at most, one of them a title word:
    /// "Executive Vice President", "EVP & CFO".
    private static func capitalisedWithTitleWord(_ text: String) -> Bool {
        ASCIIText.withPlainBytes(text) { bytes in
            let words = ASCIIText.words(bytes) { $0 == 0x20 }
            guard !words.isEmpty, words.count <= 6 else { return false }
            var hasTitleWord = false
            for word in words {
                let bare = bytes[ASCIIText.trimming(bytes, word) { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "*") }]
                guard let first = bare.first else { continue }
                if titleWords.contains(lowercasing: bare) { hasTitleWord = true }
                if !(ASCII.isUpper(first) || bare.elementsEqual("and".utf8) || bare.elementsEqual("of".utf8) || bare.elementsEqual("&".utf8)) {
                    return false
                }
            }
            return hasTitleWord
        } ?? false
    }

    /// Legal forms that make a list item an entity appointed as attorney ("Acme Sponsor
    /// LLC"); a law firm ("LLP") is where attorneys work, not an attorney.
    private static let entityAttorneyForms = ASCIIWordSet(["llc", "l.l.c.", "lp", "l.p.", "inc.", "inc", "ltd.", "corp.", "corporation", "company"])

    /// Whether the item is an entity appointed as attorney-in-fact: capitalised words ending
    /// with a legal form.
    static func isEntityAttorney(_ text: String) -> Bool {
        ASCIIText.withPlainBytes(text) { bytes in
            let words = ASCIIText.words(bytes) { $0 == 0x20 }
            guard words.count >= 2, words.count <= 8, let last = words.last,
                entityAttorneyForms.contains(lowercasing: bytes[last]), !text.lowercased().hasPrefix("the ")
            else { return false }
            return words.allSatisfy { ASCII.isUpper(bytes[$0.lowerBound]) || ASCII.isDigit(bytes[$0.lowerBound]) || bytes[$0].elementsEqual("&".utf8) }
        } ?? false
    }

    private static func isEsquire(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower == "esq." || lower == "esq"
    }

    /// The item without a list marker ("(a) ", "(B) ", "ii) ") and without line-end asterisks.
    static func stripMarkers(_ text: String) -> String {
        // Most items have no marker and no asterisk: nothing to strip, nothing to allocate.
        let utf8 = text.utf8
        if let first = utf8.first, first != 0x20, first != UInt8(ascii: "*"), first != UInt8(ascii: "("),
            !utf8.contains(UInt8(ascii: "*"))
        {
            return text
        }
        var result = Substring(text)
        while let first = result.first, first == " " || first == "*" { result = result.dropFirst() }
        if result.first == "(", let close = result.prefix(6).firstIndex(of: ")") {
            let inner = result[result.index(after: result.startIndex)..<close]
            if !inner.isEmpty, inner.count <= 4, inner.allSatisfy({ $0.isLetter || $0.isNumber }) {
                result = result[result.index(after: close)...]
            }
        }
        var out = String(result)
        if out.contains("*") { out = out.replacing("* ", with: " ") }
        while out.hasSuffix("*") { out.removeLast() }
        return out
    }

    /// Splits at commas and at "and", "or", "and/or", "&".
    static func items(_ passage: Passage, _ range: Range<Int>) -> [Item] {
        var items: [Item] = []
        let lower = passage.lower
        var start = range.lowerBound
        var index = range.lowerBound
        var conjunction = false
        func close(_ end: Int, next: Int, nextConjunction: Bool) {
            let text = passage.text(start..<end)
            var first = start, last = end
            while first < last, ASCII.isSpace(lower[first]) { first += 1 }
            while last > first, ASCII.isSpace(lower[last - 1]) { last -= 1 }
            if !text.isEmpty { items.append(Item(text: text, range: first..<max(first + 1, last), afterConjunction: conjunction)) }
            if !text.isEmpty || nextConjunction { conjunction = nextConjunction || (text.isEmpty && conjunction) }
            start = next
            index = next
        }
        while index < range.upperBound {
            let byte = lower[index]
            if byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") {
                close(index, next: index + 1, nextConjunction: false)
                continue
            }
            if byte == 0x20, let length = separatorLength(lower, at: index, limit: range.upperBound) {
                close(index, next: index + length, nextConjunction: true)
                continue
            }
            index += 1
        }
        close(range.upperBound, next: range.upperBound, nextConjunction: false)
        return items
    }

    private static let separators: [[UInt8]] = [" and/or ", " and ", " or ", " & ", " and* "].map { Array($0.utf8) }

    private static func separatorLength(_ lower: [UInt8], at index: Int, limit: Int) -> Int? {
        for bytes in separators where index + bytes.count <= limit
            && lower[index..<(index + bytes.count)].elementsEqual(bytes)
        {
            return bytes.count
        }
        return nil
    }

    private static let leadIns = ["and ", "or ", "each of ", "both ", "any of ", "either of ", "messrs. ", "mses. "].map { Array($0.utf8) }

    static func stripLeadIn(_ text: String) -> String {
        // Plain ASCII (``ASCIIText``): lowercasing is byte by byte, so the byte check is the answer.
        if let stripped = ASCIIText.withPlainBytes(text, { bytes -> String? in
            var start = 0
            for lead in leadIns where bytes.count - start >= lead.count
                && zip(bytes[start...], lead).allSatisfy({ ASCII.lowered($0) == $1 })
            {
                start += lead.count
            }
            return start == 0 ? nil : ASCIIText.string(bytes, start..<bytes.count)
        }) {
            return stripped ?? text
        }
        return stripLeadInByCharacters(text)
    }

    /// ``stripLeadIn(_:)`` by `Character`s, for text that is not plain ASCII.
    static func stripLeadInByCharacters(_ text: String) -> String {
        var result = text
        // The byte check rules a lead-in out without lowercasing the text (which makes ASCII
        // from ASCII, from "İ" as "i" plus a combining dot, and from the Kelvin sign as "k").
        for lead in ["and ", "or ", "each of ", "both ", "any of ", "either of ", "messrs. ", "mses. "]
        where LowerText(result.utf8.prefix(lead.utf8.count).map(ASCII.lowered)[...]).hasPrefix(lead)
            && result.lowercased().hasPrefix(lead)
        {
            result = String(result.dropFirst(lead.count))
        }
        return result
    }

    private static func removeParentheticals(_ text: String) -> String {
        // A plain ASCII text with no "(" byte has no "(" character (``ASCIIText``).
        if ASCIIText.withPlainBytes(text, { !$0.contains(UInt8(ascii: "(")) }) == true { return text }
        guard text.contains("(") else { return text }
        var out = ""
        var depth = 0
        for character in text {
            if character == "(" { depth += 1 } else if character == ")" { depth = max(0, depth - 1) } else if depth == 0 { out.append(character) }
        }
        return out
    }

    /// The office as written, without "the incumbents from time to time of the offices of".
    static func office(_ raw: String) -> String {
        // "the individuals named on Annex A attached hereto and [as may be amended]": the
        // list ended inside the phrase, so a dangling conjunction goes.
        var text = raw
        for dangling in [" and", " or"] where text.lowercased().hasSuffix(dangling) {
            text = String(text.dropLast(dangling.count))
        }
        let lower = text.lowercased()
        for marker in ["offices of ", "office of ", "serving as ", "holding the position of ", "position of "] {
            if let found = lower.firstRange(of: marker) {
                let offset = lower.distance(from: lower.startIndex, to: found.upperBound)
                let rest = String(text.dropFirst(offset))
                if !rest.isEmpty { return rest }
            }
        }
        return text
    }
}
