import POACore

/// The signature block: who signed an instrument.
///
/// Reads "/s/ Name", "/s/Name", "/Name/", "Signature: /s/ Name", "By: /s/ Name" with "Name:" and
/// "Title:" lines, and a typed name under a signature rule ("________"). Notaries ("Notary
/// Public", "Subscribed and sworn", "before me"), certifying secretaries ("I hereby certify")
/// and witnesses sign too, and are skipped: the grantor is the first other signer. When the
/// signer signs "By:" under an entity's name ("XYZ Capital Management, LLC / By: /s/ Jane Doe,
/// Managing Member") the grantor is the entity.
enum SignatureBlock {
    /// The grantor as signed.
    struct Signer: Equatable {
        var name: String
        var isEntity: Bool
        var span: SourceSpan
        /// The logical line of the signature.
        var lineIndex: Int
    }

    /// One logical line of the instrument. Its text is made only when a check needs it:
    /// most lines are rejected on their lowercased bytes alone.
    struct Line {
        var index: Int
        /// The line's UTF-8, as written.
        var utf8: ArraySlice<UInt8>
        var lower: LowerText

        init(index: Int, utf8: ArraySlice<UInt8>, lower: LowerText) {
            self.index = index
            self.utf8 = utf8
            self.lower = lower
        }

        init(index: Int, text: String, lower: LowerText) {
            self.init(index: index, utf8: Array(text.utf8)[...], lower: lower)
        }

        /// The line as a string.
        var text: String { String(decoding: utf8, as: UTF8.self) }

        /// Whether the line starts with a signature rule ("___").
        var startsWithRule: Bool {
            utf8.starts(with: SignatureBlock.rule) && text.hasPrefix("___")
        }
    }

    private static let rule = Array("___".utf8)

    /// The line index where a notary's or certifying officer's part starts, if any.
    ///
    /// Only lines after the signature area begins ("IN WITNESS WHEREOF", a date line, a
    /// signature) count: a notary's part always follows the grantor's signature.
    static func notaryStart(_ passage: Passage, lines: Range<Int>, after operative: Int) -> Int? {
        var areaStarted = false
        for index in lines where index > operative {
            if !areaStarted {
                let line = makeLine(passage, index)
                areaStarted = line.lower.contains("in witness") || line.lower.hasPrefix("dated") || line.lower.hasPrefix("date:")
                    || line.startsWithRule || isSignature(line)
                if !areaStarted { continue }
            }
            let lower = LowerText(passage.lower[passage.lines[index]])
            if lower.containsAny(notaryNeedles) || lower.hasPrefix("state of ")
                || lower.hasPrefix("county of ") || lower.hasPrefix("commonwealth of ")
                || (lower.hasPrefix("i, ") && lower.contains("certify"))
            {
                return index
            }
        }
        return nil
    }

    static let notaryMarkers = [
        "notary", "subscribed and sworn", "sworn to before", "before me", "acknowledged before", "acknowledgment",
        "acknowledgement", "my commission expires", " ss.", "ss:", "hereby certify", "certificate of secretary",
        "secretary's certificate", "witness my hand and official seal",
    ]
    private static let notaryNeedles = Needles(notaryMarkers)

    /// The first grantor signature in `lines` (logical line indices) after the operative
    /// clause, outside a notary's or secretary's part.
    static func signer(_ passage: Passage, lines: Range<Int>, operativeLine: Int) -> Signer? {
        signer(passage, lines: lines, operativeLine: operativeLine,
            notaryStart: notaryStart(passage, lines: lines, after: operativeLine))
    }

    /// ``signer(_:lines:operativeLine:)`` when the caller already knows where the notary's part
    /// starts (``notaryStart(_:lines:after:)`` with the same lines and operative line).
    static func signer(_ passage: Passage, lines: Range<Int>, operativeLine: Int, notaryStart: Int?) -> Signer? {
        let stop = notaryStart ?? lines.upperBound
        let block = lines.lowerBound..<max(lines.lowerBound, stop)
        for index in block where index >= operativeLine {
            let line = makeLine(passage, index)
            guard var name = signedName(line), !isWitness(line) else { continue }
            let isBy = startsWithBy(line.lower) || line.lower.contains(" by: ")
                || (index > block.lowerBound && isBareBy(makeLine(passage, index - 1)))
            // A "Name:" line under the signature is the typed name: cleaner than the scrawl.
            for next in (index + 1)..<min(block.upperBound, index + 3) {
                if let typed = typedName(passage, next, within: block), NameText.looksLikePerson(NameText.person(typed)) {
                    name = typed
                    break
                }
                // Or the same person's name typed bare under the signature ("/s/ Lisa Doe" over
                // "Lisa P. Doe" and a "Print Name" caption).
                let below = makeLine(passage, next)
                if isCaption(below) { continue }
                let typed = cutTitle(below.text)
                if !below.lower.contains(":"), NameText.sameLastWord(typed, name), NameText.looksLikePerson(NameText.person(typed)) {
                    name = typed
                }
                break
            }
            let span = passage.span(passage.lines[index])
            if isBy || NameText.looksLikeEntity(name) {
                if let entity = entityAbove(passage, index, floor: max(block.lowerBound, operativeLine)) {
                    return Signer(name: NameText.entity(entity.text), isEntity: true,
                        span: passage.span(passage.lines[entity.index]).union(span), lineIndex: index)
                }
                // "By: /s/ Jane Doe" with an office under it signs for someone whose name cannot
                // be read: never guessed. With no office (or as attorney-in-fact, under a
                // delegation) the signer signs for themselves.
                if isBy && signsInAnOffice(passage, line, index, within: block) { return nil }
            }
            let person = NameText.person(name)
            if NameText.looksLikePerson(person) {
                return Signer(name: person, isEntity: false, span: span, lineIndex: index)
            }
        }
        return typedSigner(passage, block: block, operativeLine: operativeLine)
            ?? InlineSignature.signer(passage, lines: lines, operativeLine: operativeLine, notaryStart: notaryStart)
    }

    static func makeLine(_ passage: Passage, _ index: Int) -> Line {
        let range = passage.lines[index]
        return Line(index: index, utf8: passage.bytes[range], lower: LowerText(passage.lower[range]))
    }

    /// The name on a signature line, or nil when the line is not a signature.
    static func signedName(_ line: Line) -> String? {
        if let marker = line.lower.offset(of: "/s/") {
            return cutTitle(String(decoding: line.utf8.dropFirst(marker + 3), as: UTF8.self))
        }
        if let marker = line.lower.offset(of: "/ s /") {
            return cutTitle(String(decoding: line.utf8.dropFirst(marker + 5), as: UTF8.self))
        }
        if isSlashedOnBytes(line.utf8) {
            let trimmed = line.text.trimmingSpaces
            if trimmed.count > 4, trimmed.hasPrefix("/"), trimmed.hasSuffix("/") {
                let inner = String(trimmed.dropFirst().dropLast())
                if !inner.contains("/"), inner.contains(" ") { return cutTitle(inner) }
            }
        }
        for label in ["signature:", "signed:", "by:"] where line.lower.hasPrefix(label) {
            var rest = String(decoding: line.utf8.dropFirst(label.utf8.count), as: UTF8.self).trimmingSpaces
            // "Signature: Print Name: Jane Doe": an empty signature, then the typed name.
            let restLower = LowerText(rest)
            if let name = nameLabels.first(where: { $0.hasSuffix(":") && restLower.hasPrefix($0) }) {
                rest = String(rest.dropFirst(name.count)).trimmingSpaces
            }
            if !rest.isEmpty, !rest.hasPrefix("_") { return cutTitle(rest) }
        }
        return nil
    }

    /// Whether the line is only a caption under a signature rule ("Signature", "Print Name").
    static func isCaption(_ line: Line) -> Bool {
        let bare = line.lower.bytes.filter { ASCII.isLower($0) || $0 == 0x20 }
        let text = String(decoding: bare, as: UTF8.self).trimmingSpaces
        return captions.contains(text)
    }

    private static let captions: Set<String> = [
        "signature", "print name", "printed name", "name", "signature of section insider", "date", "title",
    ]

    /// Whether ``signedName(_:)`` reads a name on the line, found without making the name:
    /// the segmenter and the notary search only need to know that a line is a signature.
    static func isSignature(_ line: Line) -> Bool {
        if line.lower.contains("/s/") || line.lower.contains("/ s /") { return true }  // cutTitle always gives a name
        if isSlashedOnBytes(line.utf8) { return signedName(line) != nil }
        for label in ["signature:", "signed:", "by:"] where line.lower.hasPrefix(label) {
            let rest = line.utf8.dropFirst(label.utf8.count)
            // On bytes below 0x80 every character is one byte ("\r\n" aside, which a line
            // never holds): the rest is non-empty and not a rule exactly when the string is.
            guard rest.allSatisfy({ $0 < 0x80 }) else { return signedName(line) != nil }
            guard let first = rest.firstIndex(where: { $0 != 0x20 && $0 != 0x09 }) else { continue }
            if rest[first] != UInt8(ascii: "_") { return true }
        }
        return false
    }

    /// Whether the line, without surrounding spaces and tabs, starts and ends with `/`: what a
    /// "/Jane Doe/" signature needs, checked on bytes before any string is made.
    private static func isSlashedOnBytes(_ utf8: ArraySlice<UInt8>) -> Bool {
        let isBlank = { (byte: UInt8) in byte == 0x20 || byte == 0x09 }
        guard let first = utf8.firstIndex(where: { !isBlank($0) }), let last = utf8.lastIndex(where: { !isBlank($0) }) else { return false }
        return first < last && utf8[first] == UInt8(ascii: "/") && utf8[last] == UInt8(ascii: "/")
    }

    /// "Jane Doe, Managing Member" -> "Jane Doe"; "John Roe, Jr." stays; a trailing date goes.
    static func cutTitle(_ raw: String) -> String {
        ASCIIText.withPlainBytes(raw, cutTitle) ?? cutTitleByCharacters(raw)
    }

    /// ``cutTitle(_:)`` by `Character`s, for text that is not plain ASCII.
    static func cutTitleByCharacters(_ raw: String) -> String {
        var text = raw.trimmingSpaces
        // A rule or a wide gap ends the name: "/s/ Jane Doe ------------ Signature", when an
        // HTML exhibit puts the whole signature block on one line.
        for rule in ["---", "___", "   ", "\t"] {
            if let found = text.firstRange(of: rule) { text = String(text[..<found.lowerBound]).trimmingSpaces }
        }
        if let date = firstDateStart(text) { text = String(text.prefix(date)).trimmingSpaces }
        for label in [" date:", " dated", " title:", " its:"] {
            text = cut(text, at: label)
        }
        let parts = text.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingSpaces }
        guard parts.count > 1 else { return text }
        var kept = parts[0]
        for part in parts.dropFirst() {
            if NameText.isSuffix(part) { kept += ", " + part } else { break }
        }
        return kept
    }

    /// `text` up to the first occurrence of `label` in its lowercased form.
    ///
    /// Unicode lowercasing makes ASCII only from ASCII, from "İ" (as "i" and a combining dot,
    /// which cannot sit inside these labels) and from the Kelvin sign (as "k", in none of
    /// them): so when the ASCII-lowercased bytes lack the label, the lowercased text does too.
    private static func cut(_ text: String, at label: String) -> String {
        let utf8 = Array(text.utf8)
        guard LowerText(utf8.map(ASCII.lowered)[...]).contains(label) else { return text }
        guard utf8.allSatisfy({ $0 < 0x80 }) else {
            // Unicode lowercasing may change lengths: keep the string algorithm for such text.
            if let found = text.lowercased().firstRange(of: label) { return String(text[..<found.lowerBound]) }
            return text
        }
        guard let offset = LowerText(utf8.map(ASCII.lowered)[...]).offset(of: label) else { return text }
        return String(decoding: utf8[..<offset], as: UTF8.self)
    }

    static func firstDateStart(_ text: String) -> Int? {
        // Every date the scanner reads has a number in it.
        guard text.utf8.contains(where: ASCII.isDigit) else { return nil }
        let passage = Passage.plainText(Array(text.utf8), 0..<text.utf8.count)
        guard let found = DateScanner.dates(in: passage, passage.whole).first else { return nil }
        return text.utf8.count > found.range.lowerBound ? String(decoding: Array(text.utf8)[..<found.range.lowerBound], as: UTF8.self).count : nil
    }

    private static func isWitness(_ line: Line) -> Bool {
        line.lower.hasPrefix("witness") || line.lower.hasPrefix("attest") || line.lower.contains("notary")
            || line.lower.contains("attorney-in-fact") || line.lower.contains("attorney in fact")
    }

    /// The entity line just above a "By:" signature (up to three lines up).
    private static func entityAbove(_ passage: Passage, _ index: Int, floor: Int) -> Line? {
        var cursor = index - 1
        while cursor >= floor, cursor >= index - 3 {
            let line = makeLine(passage, cursor)
            let candidate = line.text.trimmingCharacters(": ")
            if NameText.looksLikeEntity(candidate), candidate.count < 120, !line.lower.contains("the undersigned") {
                // A name in capitals broken over two lines ("THE ROE AND DOE LIVING" over
                // "TRUST DATED MAY 1, 2009"): the line above, in capitals too, begins it.
                if cursor > floor, NameText.isAllCaps(candidate), let head = capitalsContinued(makeLine(passage, cursor - 1)) {
                    let whole = head + " " + candidate
                    return Line(index: cursor - 1, text: whole, lower: LowerText(whole))
                }
                return Line(index: cursor, text: candidate, lower: LowerText(candidate))
            }
            cursor -= 1
        }
        return nil
    }

    /// The line's text when it is the first part of a name in capitals broken over two lines:
    /// capital letters and spaces (an "&", a "-"), ending with a letter, no digits, no witness
    /// clause.
    private static func capitalsContinued(_ line: Line) -> String? {
        let text = line.text.trimmingSpaces
        guard let last = text.utf8.last, ASCII.isUpper(last), text.utf8.count < 80,
            text.utf8.allSatisfy({ ASCII.isUpper($0) || $0 == 0x20 || $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".") }),
            text.utf8.contains(0x20), !line.lower.contains("witness"), !line.lower.contains("undersigned"),
            !line.lower.contains("power of attorney")
        else { return nil }
        return text
    }

    /// The name typed after the witness clause's last sentence on its own line ("... as of
    /// this 29th day of April 2022. Jane Q. Doe"), or nil.
    static func nameEndingWitnessClause(_ line: Line) -> String? {
        let utf8 = line.utf8
        // The first sentence end whose rest is a name: "2022. Jane Q. Doe", not "Q. Doe".
        for stop in utf8.indices.dropFirst() where utf8[stop] == 0x20 && utf8[stop - 1] == UInt8(ascii: ".") {
            let tail = String(decoding: utf8[(stop + 1)...], as: UTF8.self).trimmingSpaces
            guard !tail.isEmpty, !tail.contains(":"), tail.split(separator: " ").count <= 5 else { continue }
            if NameText.looksLikePerson(NameText.person(tail)) { return tail }
        }
        return nil
    }

    /// Whether the line is a "By:" label with the signature on the next line.
    private static func isBareBy(_ line: Line) -> Bool {
        // "by" or "by:" once spaces and rules are left out, read without making an array.
        var kept = line.lower.bytes.lazy.filter { $0 != 0x20 && $0 != UInt8(ascii: "_") }.makeIterator()
        guard kept.next() == UInt8(ascii: "b"), kept.next() == UInt8(ascii: "y") else { return false }
        guard let third = kept.next() else { return true }
        return third == UInt8(ascii: ":") && kept.next() == nil
    }

    /// Whether the line gives the day of signing ("Date: June 6, 2023", "Dated: ...").
    private static func isDateLine(_ line: Line) -> Bool {
        line.lower.hasPrefix("date:") || line.lower.hasPrefix("dated:") || line.lower.hasPrefix("date signed:")
    }

    /// Whether one of the two lines above `index` is a "By:" signature.
    private static func isUnderBy(_ passage: Passage, _ index: Int, floor: Int) -> Bool {
        (max(floor, index - 2)..<index).contains { startsWithBy(makeLine(passage, $0).lower) }
    }

    /// Whether a line opens with "By:" or "By ", as a signature for someone.
    private static func startsWithBy(_ lower: LowerText) -> Bool {
        lower.hasPrefix("by:") || lower.hasPrefix("by ")
    }

    /// Labels of a typed name ("Name: Jane Doe", "Print Name:" with the name on the next line).
    static let nameLabels = ["name:", "print name:", "printed name:", "name (print):", "name (printed):", "print name"]

    /// The typed name of a "Name:" line at `index` (or on the line under a label standing alone),
    /// title cut.
    static func typedName(_ passage: Passage, _ index: Int, within block: Range<Int>) -> String? {
        let line = makeLine(passage, index)
        guard let label = nameLabels.first(where: { line.lower.hasPrefix($0) }) else { return nil }
        let rest = String(decoding: line.utf8.dropFirst(label.utf8.count), as: UTF8.self).trimmingSpaces
        if !rest.isEmpty { return cutTitle(rest) }
        guard index + 1 < block.upperBound else { return nil }
        let next = makeLine(passage, index + 1)
        guard !next.lower.contains(":"), !next.startsWithRule else { return nil }
        return cutTitle(next.text)
    }

    /// Offices held in an entity that signs through them ("Managing Member", "General Partner",
    /// "Authorized Signatory"), as opposed to the insider's own office at the issuer ("Director",
    /// "Chief Financial Officer"), which an individual grantor often writes under their name.
    static let entityOffices = Needles([
        "member", "manager", "partner", "authorized", "authorised", "signatory", "trustee", "managing director",
        "general counsel of", "officer of", "president of",
    ])

    /// Whether a "By:" signature at `index` is made in an entity's office ("By: /s/ Jane Doe,
    /// Managing Member", or a "Title: Authorized Signatory" line under it) rather than by the
    /// signer for themselves. An attorney-in-fact signing a substitution signs as themselves.
    static func signsInAnOffice(_ passage: Passage, _ line: Line, _ index: Int, within block: Range<Int>) -> Bool {
        if let marker = line.lower.offset(of: "/s/") ?? line.lower.offset(of: "by:") {
            let after = String(decoding: line.utf8.dropFirst(marker + 3), as: UTF8.self)
            let parts = after.split(separator: ",").map { $0.trimmingSpaces }
            if let title = parts.dropFirst().first(where: { !$0.isEmpty && !NameText.isSuffix($0) }),
                LowerText(title).containsAny(entityOffices)
            {
                return true
            }
        }
        for next in (index + 1)..<min(block.upperBound, index + 4) {
            let below = makeLine(passage, next)
            if below.lower.hasPrefix("title:") || below.lower.hasPrefix("its:") || below.lower.hasPrefix("capacity:") {
                return below.lower.containsAny(entityOffices)
            }
            if isSignature(below) { break }
        }
        return false
    }

    /// A typed name with no "/s/": under a "______" rule, or on a "Name:" line.
    private static func typedSigner(_ passage: Passage, block: Range<Int>, operativeLine: Int) -> Signer? {
        guard block.count > 0 else { return nil }
        // Lines left before the witness clause's typed name stops being "right under it".
        var afterWitness = 0
        for index in block where index > operativeLine {
            let line = makeLine(passage, index)
            var candidate: String?
            if let typed = typedName(passage, index, within: block) {
                // A "Name:" under a "By:" signature was weighed with that signature.
                if !isUnderBy(passage, index, floor: block.lowerBound) { candidate = typed }
            } else if line.startsWithRule, index + 1 < block.upperBound {
                candidate = cutTitle(makeLine(passage, index + 1).text)
            } else if line.lower.contains("in witness") || line.lower.contains("executed as of") {
                afterWitness = 3
                candidate = nameEndingWitnessClause(line)
            } else if index + 1 < block.upperBound, !line.lower.contains(":"), !line.utf8.contains(where: ASCII.isDigit),
                isDateLine(makeLine(passage, index + 1))
            {
                // A typed name over its "Date:" line, with no witness clause.
                candidate = line.text
            } else if afterWitness > 0 {
                // A conformed signature: the name typed alone under the witness clause.
                afterWitness -= 1
                if !line.lower.contains(":"), !line.utf8.contains(where: ASCII.isDigit) {
                    candidate = line.text
                } else {
                    candidate = nameEndingWitnessClause(line)
                }
            }
            if let raw = candidate {
                let person = NameText.person(raw)
                if NameText.looksLikePerson(person) {
                    return Signer(name: person, isEntity: false, span: passage.span(passage.lines[index]), lineIndex: index)
                }
            }
        }
        return nil
    }
}

/// ``SignatureBlock/cutTitle(_:)`` of plain ASCII text (``ASCIIText``), on its bytes: the same
/// cuts in the same order, with one string made at the end.
extension SignatureBlock {
    static func cutTitle(_ raw: UnsafeBufferPointer<UInt8>) -> String {
        let isBlank = { (byte: UInt8) in byte == 0x20 || byte == 0x09 }
        var text = ASCIIText.trimming(raw, 0..<raw.count, isBlank)
        for rule in titleRules {
            if let found = firstOffset(of: rule, in: raw, text) {
                text = ASCIIText.trimming(raw, text.lowerBound..<found, isBlank)
            }
        }
        if raw[text].contains(where: ASCII.isDigit), let date = firstDateStart(ASCIIText.string(raw, text)) {
            text = ASCIIText.trimming(raw, text.lowerBound..<(text.lowerBound + date), isBlank)
        }
        // The labels are lowercase: they are looked for in the lowercased bytes (same offsets).
        let lower = ASCII.lowercased(Array(raw)[...])
        lower.withUnsafeBufferPointer { lower in
            for label in titleLabels {
                if let found = firstOffset(of: label, in: lower, text) { text = text.lowerBound..<found }
            }
        }
        var parts: [Range<Int>] = []
        var start = text.lowerBound
        for index in text where raw[index] == UInt8(ascii: ",") {
            parts.append(ASCIIText.trimming(raw, start..<index, isBlank))
            start = index + 1
        }
        guard !parts.isEmpty else { return ASCIIText.string(raw, text) }
        parts.append(ASCIIText.trimming(raw, start..<text.upperBound, isBlank))
        var kept = Array(raw[parts[0]])
        for part in parts.dropFirst() {
            guard NameText.suffixWords.contains(lowercasing: raw[part]) else { break }
            kept += ", ".utf8
            kept += raw[part]
        }
        return String(decoding: kept, as: UTF8.self)
    }

    private static let titleRules = ["---", "___", "   ", "\t"].map { Array($0.utf8) }
    private static let titleLabels = [" date:", " dated", " title:", " its:"].map { Array($0.utf8) }

    /// The offset of the first `needle` wholly inside `bytes[range]`.
    private static func firstOffset(of needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        needle.withUnsafeBufferPointer { needle in
            ByteSearch.find(needle, in: bytes, from: range.lowerBound, before: range.upperBound - needle.count + 1)
        }
    }
}
