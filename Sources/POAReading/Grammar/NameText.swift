/// How names are cleaned, recognised and written: people ("Edward J. Kelly, III") and
/// entities ("The Hartford Financial Services Group, Inc.").
///
/// Names are kept as written except for two things: honorifics ("Mr.", "Ms.") are dropped,
/// and names written in ALL CAPS are written in title case, keeping suffixes and corporate
/// abbreviations the way they are usually written ("III", "Jr.", "Inc.", "LLC", "L.P.", "plc").
public enum NameText {
    static let honorifics: Set<String> = [
        "mr", "mr.", "ms", "ms.", "mrs", "mrs.", "miss", "dr", "dr.", "mx.", "honorable", "hon", "hon.", "sir",
    ]
    /// Ranks and offices written before a name ("Lieutenant General Jane Doe", "Ambassador John
    /// Roe"): dropped like honorifics, unless an office follows ("the General Counsel", "Vice
    /// President"), which is no name.
    static let ranks: Set<String> = [
        "general", "gen.", "lieutenant", "lt.", "admiral", "adm.", "colonel", "col.", "brigadier", "vice", "rear",
        "ambassador", "senator", "governor", "professor", "prof.", "rev.", "reverend",
    ]
    static let suffixes: Set<String> = [
        "jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "v", "esq", "esq.", "m.d.", "ph.d.", "cpa", "j.d.",
    ]
    static let particles: Set<String> = [
        "de", "van", "von", "der", "den", "da", "la", "le", "del", "della", "di", "du", "dos", "das", "bin", "al",
        "y", "ter", "st.",
    ]
    /// Words that make a list item an office or title rather than a person.
    static let officeWords: Set<String> = [
        "officer", "secretary", "counsel", "treasurer", "president", "controller", "comptroller", "director",
        "chairman", "chair", "chief", "vice", "manager", "partner", "employee", "employees", "incumbent",
        "incumbents", "office", "offices", "member", "trustee", "principal", "attorney", "attorneys",
        "company", "corporation", "paralegal", "administrator", "head", "department", "person", "persons",
        "individual", "individuals", "designee", "designees", "successor", "successors", "executive",
    ]
    /// Legal forms written after a comma: "Acme Holdings, Inc.", "Harbor Ridge, LLC".
    static let legalFormSuffixes: Set<String> = [
        "llc", "l.l.c.", "lp", "l.p.", "llp", "inc", "inc.", "corp", "corp.", "ltd", "ltd.", "n.v.", "s.a.", "plc", "ag",
    ]
    /// Words that make a name an entity's.
    static let entityWords: Set<String> = [
        "llc", "l.l.c.", "lp", "l.p.", "llp", "inc", "inc.", "corp", "corp.", "corporation", "company", "co.",
        "ltd", "ltd.", "limited", "fund", "funds", "trust", "partners", "partnership", "management", "capital",
        "holdings", "advisors", "advisers", "associates", "group", "foundation", "n.v.", "s.a.", "plc", "ag",
        "gmbh", "bank", "investments", "ventures", "equity", "l.p", "lllp", "s.a.r.l.", "sarl", "b.v.",
    ]

    /// Whether two spellings end with the same last name, ignoring case, punctuation and a
    /// suffix ("Lisa P. Doe" and "/s/ lisa doe, Jr."): what ``PersonName``'s `last` compares,
    /// on the bytes of the two names, without taking either apart.
    static func sameLastWord(_ a: String, _ b: String) -> Bool {
        var a = a, b = b
        return a.withUTF8 { x in b.withUTF8 { y in
            guard let first = lastWord(x), let second = lastWord(y), first.count == second.count else { return false }
            return zip(x[first], y[second]).allSatisfy { ASCII.lowered($0) == ASCII.lowered($1) }
        } }
    }

    /// Where the last word of a name that is not a suffix is: letters, digits and non-ASCII
    /// bytes between spaces, commas and periods, found from the end.
    private static func lastWord(_ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        var end = bytes.count
        while end > 0 {
            while end > 0, !isNameByte(bytes[end - 1]) { end -= 1 }
            var start = end
            while start > 0, isNameByte(bytes[start - 1]) { start -= 1 }
            guard start < end else { return nil }
            if !suffixWords.contains(lowercasing: bytes[start..<end]) { return start..<end }
            end = start
        }
        return nil
    }

    @inline(__always) private static func isNameByte(_ byte: UInt8) -> Bool {
        ASCII.isLetter(byte) || ASCII.isDigit(byte) || byte >= 0x80 || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "'")
    }

    /// Folds whitespace, drops honorifics and surrounding punctuation, fixes ALL CAPS.
    public static func person(_ raw: String) -> String {
        ASCIIText.withPlainBytes(raw, personOnBytes) ?? personByCharacters(raw)
    }

    /// ``person(_:)`` of plain ASCII text (``ASCIIText``), on its bytes.
    private static func personOnBytes(_ raw: UnsafeBufferPointer<UInt8>) -> String {
        let words = ASCIIText.words(raw, separatedBy: isNameSpace)
        var first = 0
        while first < words.count {
            if honorificWords.contains(lowercasing: raw[words[first]]) {
                first += 1
            } else if first + 1 < words.count, rankWords.contains(lowercasing: raw[words[first]]),
                !officeWordSet.contains(lowercasing: raw[words[first + 1]])
            {
                first += 1
            } else if first + 1 < words.count, theWord.contains(lowercasing: raw[words[first]]),
                honorificWords.contains(lowercasing: raw[words[first + 1]])
            {
                first += 2  // "The Honorable"
            } else {
                break
            }
        }
        // A nickname in parentheses ("Elizabeth (Betsy) Doe") is not part of the legal name.
        let kept = words[first...].filter { raw[$0.lowerBound] != UInt8(ascii: "(") || raw[$0.upperBound - 1] != UInt8(ascii: ")") }
        return joinedAndTrimmed(raw, kept[...], keepingPeriod: false) { text, bytes in
            isAllCaps(bytes) ? titleCasePerson(bytes) : text
        }
    }

    /// The words joined with single spaces, then trimmed of punctuation, given to `finish` as
    /// a string and as bytes.
    private static func joinedAndTrimmed(_ raw: UnsafeBufferPointer<UInt8>, _ words: ArraySlice<Range<Int>>, keepingPeriod: Bool,
        _ finish: (String, UnsafeBufferPointer<UInt8>) -> String) -> String
    {
        var joined: [UInt8] = []
        joined.reserveCapacity(raw.count)
        for word in words {
            if !joined.isEmpty { joined.append(0x20) }
            joined.append(contentsOf: raw[word])
        }
        return joined.withUnsafeBufferPointer { bytes in
            let kept = trimPunctuation(bytes, keepingPeriod: keepingPeriod)
            return finish(ASCIIText.string(bytes, kept), UnsafeBufferPointer(rebasing: bytes[kept]))
        }
    }

    @inline(__always) private static func isNameSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x09 }

    /// ``person(_:)`` by `Character`s, for text that is not plain ASCII.
    static func personByCharacters(_ raw: String) -> String {
        var words = raw.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map(String.init)
        while let first = words.first {
            if honorifics.contains(first.lowercased()) {
                words.removeFirst()
            } else if words.count > 1, ranks.contains(first.lowercased()), !officeWords.contains(words[1].lowercased()) {
                words.removeFirst()
            } else if words.count > 1, first.lowercased() == "the", honorifics.contains(words[1].lowercased()) {
                words.removeFirst(2)
            } else {
                break
            }
        }
        words.removeAll { $0.hasPrefix("(") && $0.hasSuffix(")") }
        var text = words.joined(separator: " ")
        text = trimPunctuation(text)
        return isAllCaps(text) ? titleCasePerson(text) : text
    }

    /// Canonical entity name: whitespace folded, ALL CAPS in title case, the legal form kept.
    public static func entity(_ raw: String) -> String {
        ASCIIText.withPlainBytes(raw) { raw in
            joinedAndTrimmed(raw, ASCIIText.words(raw, separatedBy: isNameSpace)[...], keepingPeriod: true) { text, bytes in
                isAllCaps(bytes) ? titleCaseEntity(bytes) : text
            }
        } ?? entityByCharacters(raw)
    }

    /// ``entity(_:)`` by `Character`s, for text that is not plain ASCII.
    static func entityByCharacters(_ raw: String) -> String {
        let words = raw.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map(String.init)
        let text = trimPunctuation(words.joined(separator: " "), keepingPeriod: true)
        guard isAllCaps(text) else { return text }
        return titleCaseEntity(text)
    }

    /// An ALL CAPS entity name in title case, word by word.
    private static func titleCaseEntity(_ text: String) -> String {
        var out: [String] = []
        for (position, word) in text.split(separator: " ").enumerated() {
            out.append(titleCaseEntityWord(String(word), first: position == 0))
        }
        return out.joined(separator: " ")
    }

    /// Whether text reads as one person's name: two to six capitalised words (particles,
    /// initials and suffixes allowed), no digits, no office or entity words.
    static func looksLikePerson(_ text: String) -> Bool {
        ASCIIText.withPlainBytes(text) { bytes in
            let words = ASCIIText.words(bytes) { $0 == 0x20 }
            guard (2...7).contains(words.count) else { return false }
            var capitalised = 0
            for word in words {
                let bare = bytes[ASCIIText.trimming(bytes, word) { $0 == UInt8(ascii: ",") }]
                if officeWordSet.contains(lowercasing: bare) || entityWordSet.contains(lowercasing: bare) { return false }
                if particleWordSet.contains(lowercasing: bare) || suffixWords.contains(lowercasing: bare) { continue }
                guard !bytes[word].contains(where: ASCII.isDigit) else { return false }
                let first = bytes[word.lowerBound]
                if ASCII.isUpper(first) || (first == UInt8(ascii: "\"") && word.count > 2) {
                    capitalised += 1
                } else {
                    return false
                }
            }
            return capitalised >= 2
        } ?? looksLikePersonByCharacters(text)
    }

    /// ``looksLikePerson(_:)`` by `Character`s, for text that is not plain ASCII.
    static func looksLikePersonByCharacters(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard (2...7).contains(words.count) else { return false }
        var capitalised = 0
        for word in words {
            let lower = word.lowercased()
            let bare = lower.trimmingCharacters(",")
            if officeWords.contains(bare) || entityWords.contains(bare) { return false }
            if particles.contains(bare) || suffixes.contains(bare) { continue }
            guard let first = word.unicodeScalars.first, !word.contains(where: \.isNumber) else { return false }
            if first.properties.isUppercase || (first == "\"" && word.count > 2) {
                capitalised += 1
            } else {
                return false
            }
        }
        return capitalised >= 2
    }

    /// Whether text names an entity (ends with, or holds, a legal-form or fund word).
    static func looksLikeEntity(_ text: String) -> Bool {
        ASCIIText.withPlainBytes(text) { bytes in
            let words = ASCIIText.words(bytes) { $0 == 0x20 }
            return words.count >= 2 && words.contains { word in
                entityWordSet.contains(lowercasing: bytes[ASCIIText.trimming(bytes, word) { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ":") }])
            }
        } ?? looksLikeEntityByCharacters(text)
    }

    /// ``looksLikeEntity(_:)`` by `Character`s, for text that is not plain ASCII.
    static func looksLikeEntityByCharacters(_ text: String) -> Bool {
        let words = text.lowercased().split(separator: " ").map { $0.trimmingCharacters(",:") }
        return words.contains(where: entityWords.contains) && words.count >= 2
    }

    /// Whether the text is an office or title ("Chief Financial Officer of the Company").
    static func looksLikeOffice(_ text: String) -> Bool {
        ASCIIText.withPlainBytes(text) { bytes in
            ASCIIText.words(bytes) { $0 == 0x20 }.contains { word in
                officeWordSet.contains(lowercasing: bytes[ASCIIText.trimming(bytes, word) { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ".") }])
            }
        } ?? looksLikeOfficeByCharacters(text)
    }

    /// ``looksLikeOffice(_:)`` by `Character`s, for text that is not plain ASCII.
    static func looksLikeOfficeByCharacters(_ text: String) -> Bool {
        text.lowercased().split(separator: " ").contains { officeWords.contains($0.trimmingCharacters(",.")) }
    }

    static func isSuffix(_ text: String) -> Bool {
        ASCIIText.withPlainBytes(text) { suffixWords.contains(lowercasing: $0) } ?? suffixes.contains(text.lowercased())
    }

    /// Whether the text is a legal form written after a comma (``legalFormSuffixes``).
    static func isLegalFormSuffix(_ text: String) -> Bool {
        ASCIIText.withPlainBytes(text) { legalFormSuffixWords.contains(lowercasing: $0) } ?? legalFormSuffixes.contains(text.lowercased())
    }

    /// The word sets, for lookups on bytes.
    static let honorificWords = ASCIIWordSet(honorifics)
    static let rankWords = ASCIIWordSet(ranks)
    static let theWord = ASCIIWordSet(["the"])
    static let suffixWords = ASCIIWordSet(suffixes)
    static let particleWordSet = ASCIIWordSet(particles)
    static let officeWordSet = ASCIIWordSet(officeWords)
    static let entityWordSet = ASCIIWordSet(entityWords)
    static let legalFormSuffixWords = ASCIIWordSet(legalFormSuffixes)

    /// ``isAllCaps(_:)`` of plain ASCII bytes: no lowercase letter, at least four capitals.
    static func isAllCaps(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var upper = 0
        for byte in bytes {
            if ASCII.isLower(byte) { return false }
            if ASCII.isUpper(byte) { upper += 1 }
        }
        return upper >= 4
    }

    static func isAllCaps(_ text: String) -> Bool {
        var upper = 0
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
            if scalar.properties.isLowercase { return false }
            upper += 1
        }
        return upper >= 4
    }

    /// The punctuation ``trimPunctuation(_:keepingPeriod:)`` strips, as bytes.
    @inline(__always) private static func isStripped(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "*"),
            UInt8(ascii: "_"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["), UInt8(ascii: "]"), 0x20:
            return true
        default: return false
        }
    }

    /// ``trimPunctuation(_:keepingPeriod:)`` of plain ASCII bytes, as the range kept.
    private static func trimPunctuation(_ bytes: UnsafeBufferPointer<UInt8>, keepingPeriod: Bool) -> Range<Int> {
        var low = 0, high = bytes.count
        while low < high, isStripped(bytes[low]) { low += 1 }
        while high > low {
            let last = bytes[high - 1]
            guard isStripped(last) || (last == UInt8(ascii: ".") && !keepingPeriod && !endsWithAbbreviation(bytes, low..<high)) else { break }
            high -= 1
        }
        return low..<high
    }

    /// ``endsWithAbbreviation(_:)`` of plain ASCII bytes ending in a period.
    private static func endsWithAbbreviation(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var start = range.upperBound
        while start > range.lowerBound, bytes[start - 1] != 0x20 { start -= 1 }
        let last = bytes[start..<range.upperBound]
        if suffixWords.contains(lowercasing: last) || entityWordSet.contains(lowercasing: last) { return true }
        return last.count(where: ASCII.isLetter) <= 2 || last.dropLast().contains(UInt8(ascii: "."))
    }

    private static func trimPunctuation(_ text: String, keepingPeriod: Bool = false) -> String {
        var slice = Substring(text)
        let strip: Set<Character> = [",", ";", ":", "\"", "'", "*", "_", "(", ")", "[", "]"]
        while let first = slice.first, strip.contains(first) || first == " " { slice = slice.dropFirst() }
        while let last = slice.last, strip.contains(last) || last == " " || (last == "." && !keepingPeriod && !endsWithAbbreviation(slice)) {
            slice = slice.dropLast()
        }
        return String(slice)
    }

    /// "J." "Jr." "Inc." "L.P.": a final period that belongs to the word.
    private static func endsWithAbbreviation(_ text: Substring) -> Bool {
        let last = text.split(separator: " ").last.map { $0.lowercased() } ?? ""
        if suffixes.contains(last) || entityWords.contains(last) { return true }
        let letters = last.filter(\.isLetter)
        return letters.count <= 2 || last.dropLast().contains(".")
    }

    private static func titleCasePerson(_ text: String) -> String {
        text.split(separator: " ").map { word -> String in
            let lower = word.lowercased()
            if ["ii", "iii", "iv", "v", "vi"].contains(lower.trimmingCharacters(",")) { return String(word) }
            if ["jr.", "jr", "sr.", "sr", "jr.,", "sr.,"].contains(lower) { return capitalise(lower) }
            return capitaliseParts(String(word))
        }.joined(separator: " ")
    }

    static let smallWords: Set<String> = ["of", "and", "the", "for", "in", "on", "at", "de", "du", "des", "a", "an", "to"]
    static let legalForms: [String: String] = [
        "INC": "Inc", "INC.": "Inc.", "INC.,": "Inc.,", "CORP": "Corp", "CORP.": "Corp.", "CO": "Co", "CO.": "Co.",
        "LTD": "Ltd", "LTD.": "Ltd.", "PLC": "plc", "LIMITED": "Limited", "COMPANY": "Company",
        "CORPORATION": "Corporation", "INCORPORATED": "Incorporated", "HOLDINGS": "Holdings",
        "GMBH": "GmbH", "SARL": "S.a.r.l.", "S.A.R.L.": "S.a.r.l.",
    ]

    private static func titleCaseEntityWord(_ word: String, first: Bool) -> String {
        let trailingComma = word.hasSuffix(",")
        let core = trailingComma ? String(word.dropLast()) : word
        let suffix = trailingComma ? "," : ""
        if let fixed = legalForms[core] { return fixed + suffix }
        let lower = core.lowercased()
        if !first, smallWords.contains(lower) { return lower + suffix }
        if core.contains(".") || core.contains("&") || core.contains(where: \.isNumber) { return core + suffix }
        if ["LLC", "LP", "LLP", "LLLP", "NV", "SA", "AG", "SE", "NA", "REIT", "USA", "US", "UK", "II", "III", "IV"]
            .contains(core)
        {
            return core + suffix
        }
        let vowels = Set("AEIOU")
        if core.count <= 4, !core.contains(where: vowels.contains) { return core + suffix }
        return capitaliseParts(core) + suffix
    }

    /// "O'NEIL" -> "O'Neil", "SMITH-JONES" -> "Smith-Jones", "MCDONALD" -> "Mcdonald".
    private static func capitaliseParts(_ word: String) -> String {
        var out = ""
        var startOfPart = true
        for character in word {
            out.append(startOfPart ? Character(character.uppercased()) : Character(character.lowercased()))
            startOfPart = character == "-" || character == "'" || character == "."
        }
        return out
    }

    private static func capitalise(_ word: String) -> String {
        guard let first = word.first else { return word }
        return first.uppercased() + word.dropFirst()
    }
}

/// The title-casing of ALL CAPS names, on plain ASCII bytes (``ASCIIText``): what the
/// `Character` rules give, word by word, without a string per word.
extension NameText {
    /// `titleCasePerson` of plain ASCII bytes.
    static func titleCasePerson(_ text: UnsafeBufferPointer<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.count)
        for word in ASCIIText.words(text, separatedBy: { $0 == 0x20 }) {
            if !out.isEmpty { out.append(0x20) }
            let bytes = text[word]
            if romanSuffixes.contains(lowercasing: bytes[ASCIIText.trimming(text, word) { $0 == UInt8(ascii: ",") }]) {
                out += bytes
            } else if generationSuffixes.contains(lowercasing: bytes) {
                out.append(ASCII.uppercased(ASCII.lowered(bytes.first!)))
                out += bytes.dropFirst().lazy.map(ASCII.lowered)
            } else {
                appendCapitalisedParts(bytes, to: &out)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `titleCaseEntity` of plain ASCII bytes, which hold no lowercase letter.
    static func titleCaseEntity(_ text: UnsafeBufferPointer<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.count)
        for (position, word) in ASCIIText.words(text, separatedBy: { $0 == 0x20 }).enumerated() {
            if position > 0 { out.append(0x20) }
            let trailingComma = text[word.upperBound - 1] == UInt8(ascii: ",")
            let core = text[word.lowerBound..<(trailingComma ? word.upperBound - 1 : word.upperBound)]
            if let fixed = legalFormBytes.first(where: { $0.0.elementsEqual(core) }) {
                out += fixed.1
            } else if position > 0, smallWordSet.contains(lowercasing: core) {
                out += core.lazy.map(ASCII.lowered)
            } else if core.contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "&") || ASCII.isDigit($0) })
                // With no lowercase letter in the text, matching ignoring case is matching exactly.
                || keptUppercase.contains(lowercasing: core)
                || (core.count <= 4 && !core.contains(where: { "AEIOU".utf8.contains($0) }))
            {
                out += core
            } else {
                appendCapitalisedParts(core, to: &out)
            }
            if trailingComma { out.append(UInt8(ascii: ",")) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `capitaliseParts` on bytes: upper at the start of each part (after `-`, `'`, `.`), lower elsewhere.
    private static func appendCapitalisedParts(_ word: Slice<UnsafeBufferPointer<UInt8>>, to out: inout [UInt8]) {
        var startOfPart = true
        for byte in word {
            out.append(startOfPart ? ASCII.uppercased(byte) : ASCII.lowered(byte))
            startOfPart = byte == UInt8(ascii: "-") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: ".")
        }
    }

    private static let romanSuffixes = ASCIIWordSet(["ii", "iii", "iv", "v", "vi"])
    private static let generationSuffixes = ASCIIWordSet(["jr.", "jr", "sr.", "sr", "jr.,", "sr.,"])
    private static let smallWordSet = ASCIIWordSet(smallWords)
    private static let keptUppercase = ASCIIWordSet(
        ["LLC", "LP", "LLP", "LLLP", "NV", "SA", "AG", "SE", "NA", "REIT", "USA", "US", "UK", "II", "III", "IV"].map { $0.lowercased() })
    private static let legalFormBytes: [([UInt8], [UInt8])] = legalForms.map { (Array($0.key.utf8), Array($0.value.utf8)) }
}

extension StringProtocol {
    /// Without the given leading and trailing characters.
    func trimmingCharacters(_ set: String) -> String {
        var slice = Substring(self)
        while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}

extension String {
    /// ``StringProtocol/trimmingCharacters(_:)``, on bytes when the text and the set are both
    /// plain ASCII (``ASCIIText``), where characters are bytes.
    func trimmingCharacters(_ set: String) -> String {
        let trimmed = ASCIIText.withPlainBytes(set) { set in
            ASCIIText.withPlainBytes(self) { text in ASCIIText.string(text, ASCIIText.trimming(text, 0..<text.count, set.contains)) }
        }
        if let trimmed, let trimmed { return trimmed }
        return self[...].trimmingCharacters(set)
    }
}
