/// Attorneys listed in an annex: "appoints the individuals named on Annex A attached hereto",
/// with the names under an "Annex A" (or "Schedule A", "Exhibit A", "Appendix A") heading
/// after the signature, one per line, numbered or not, sometimes with a title after a comma
/// ("2. Ann Lee, Senior Counsel").
///
/// Only a line that begins with a person's name gives an attorney; the annex is read from
/// its heading until a signature line or the end of the text, so nobody is read from
/// anywhere else. When the heading or the names cannot be found, nothing is read and the
/// reference stays an attorney named by office.
enum AnnexAttorneys {
    /// The references to an annex, as written in the appointment clause.
    static let references: [Phrase] = [
        "annex a", "schedule a", "exhibit a", "appendix a", "annex 1", "schedule 1", "exhibit 1", "appendix 1", "annex i",
        "schedule i",
    ]

    /// The most lines read after the heading.
    static let maximumLines = 120

    /// The annex `clause` refers to, when it does: the reference's text ("annex a").
    static func reference(_ passage: Passage, in clause: Range<Int>) -> [UInt8]? {
        guard let hit = passage.firstMatch(of: references, in: clause) else { return nil }
        return Array(passage.lower[hit])
    }

    /// The people listed under the heading `label` that comes after `offset`; empty when
    /// there is no such heading or no name under it.
    static func read(_ passage: Passage, label: [UInt8], after offset: Int) -> [ExtractedAttorney] {
        guard offset < passage.count, !passage.lines.isEmpty else { return [] }
        let first = passage.lineIndex(at: offset) + 1
        guard first < passage.lines.count else { return [] }
        var heading: Int?
        for index in first..<passage.lines.count {
            if isHeading(passage, passage.lines[index], label) {
                heading = index
                break
            }
            let inline = inlineList(passage, passage.lines[index], label)
            if !inline.isEmpty { return inline }
        }
        guard let heading else { return [] }
        var attorneys: [ExtractedAttorney] = []
        for index in (heading + 1)..<min(passage.lines.count, heading + 1 + maximumLines) {
            let line = passage.lines[index]
            if endsAnnex(passage, line) { break }
            if let name = leadingName(passage, line) {
                attorneys.append(ExtractedAttorney(name: name, span: passage.span(line)))
            }
        }
        return attorneys
    }

    /// Whether `line` is the annex's heading: it starts with the label and is short
    /// ("Annex A", "EXHIBIT A", "Schedule A - Attorneys-in-Fact"), not a sentence about it.
    private static func isHeading(_ passage: Passage, _ line: Range<Int>, _ label: [UInt8]) -> Bool {
        let start = passage.skipSpaces(from: line.lowerBound, limit: line.upperBound)
        guard line.upperBound - start <= label.count + 60, start + label.count <= line.upperBound,
            passage.lower[start..<(start + label.count)].elementsEqual(label)
        else { return false }
        let after = start + label.count
        return after == line.upperBound || !ASCII.isWordByte(passage.lower[after])
    }

    /// The numbered names of an annex written on one line with its heading, as the text
    /// layer of a scanned page reads ("Annex A Individuals Appointed ... 1. Ann Lee 2. Bo
    /// Chen"); empty unless the line starts with the label and numbers its names from 1.
    static func inlineList(_ passage: Passage, _ line: Range<Int>, _ label: [UInt8]) -> [ExtractedAttorney] {
        let start = passage.skipSpaces(from: line.lowerBound, limit: line.upperBound)
        guard start + label.count < line.upperBound, passage.lower[start..<(start + label.count)].elementsEqual(label),
            !ASCII.isWordByte(passage.lower[start + label.count])
        else { return [] }
        // Where each "N. " marker starts, numbered 1, 2, 3 ... in order.
        var markers: [Int] = []
        var index = start + label.count
        while index + 3 < line.upperBound, markers.count < 40 {
            let expected = markers.count + 1
            let digits = expected < 10 ? 1 : 2
            if ASCII.isSpace(passage.lower[index - 1]), index + digits + 1 < line.upperBound,
                passage.lower[(index + digits)..<(index + digits + 2)].elementsEqual(". ".utf8),
                passage.text(index..<(index + digits)) == String(expected)
            {
                markers.append(index)
                index += digits + 2
                continue
            }
            index += 1
        }
        guard !markers.isEmpty else { return [] }
        var attorneys: [ExtractedAttorney] = []
        for (position, marker) in markers.enumerated() {
            let end = position + 1 < markers.count ? markers[position + 1] : line.upperBound
            guard let name = leadingName(passage, marker..<end) else { break }
            attorneys.append(ExtractedAttorney(name: name, span: passage.span(marker..<end)))
        }
        return attorneys
    }

    /// Lines where an annex ends: a signature or a new signature block.
    private static let endings: [Phrase] = ["/s/", "signature", "name:", "by:", "in witness whereof"]

    private static func endsAnnex(_ passage: Passage, _ line: Range<Int>) -> Bool {
        passage.firstMatch(of: endings, in: line) != nil
    }

    /// Words of a heading or a sentence, never of a name ("WITH FULL POWER OF SUBSTITUTION").
    private static let proseWords: Set<String> = [
        "with", "of", "and", "for", "the", "as", "to", "in", "on", "by", "power", "substitution", "resubstitution",
        "attorney", "attorneys", "attorney-in-fact", "attorneys-in-fact", "appointed", "individuals", "fund", "trust",
    ]

    /// The person's name a line starts with, after a number ("1.", "(2)", "3)"): the whole
    /// line, or the part before a comma or a title.
    static func leadingName(_ passage: Passage, _ line: Range<Int>) -> String? {
        var start = passage.skipSpaces(from: line.lowerBound, limit: line.upperBound)
        // "1.", "(2)", "3)", "iv." and bullets before the name.
        var cursor = start
        if cursor < line.upperBound, passage.lower[cursor] == UInt8(ascii: "(") { cursor += 1 }
        let digits = cursor
        while cursor < line.upperBound, ASCII.isDigit(passage.lower[cursor]) { cursor += 1 }
        if cursor > digits, cursor < line.upperBound, passage.lower[cursor] == UInt8(ascii: ".") || passage.lower[cursor] == UInt8(ascii: ")") {
            start = passage.skipSpaces(from: cursor + 1, limit: line.upperBound)
        }
        while start < line.upperBound, passage.lower[start] == UInt8(ascii: "-") || passage.lower[start] == UInt8(ascii: "*") {
            start = passage.skipSpaces(from: start + 1, limit: line.upperBound)
        }
        guard start < line.upperBound, ASCII.isUpper(passage.bytes[start]) || passage.bytes[start] >= 0x80 else { return nil }
        var end = line.upperBound
        if let comma = passage.lower[start..<end].firstIndex(of: UInt8(ascii: ",")) { end = comma }
        // "Ann Lee, III" keeps its suffix; "Ann Lee, Senior Counsel" does not.
        let head = NameText.person(passage.text(start..<end))
        guard !head.isEmpty, !head.contains(":"), !head.split(separator: " ").contains(where: { proseWords.contains($0.lowercased()) }) else {
            return nil
        }
        if NameText.looksLikePerson(head) {
            if end < line.upperBound {
                let rest = passage.text((end + 1)..<line.upperBound)
                let suffix = rest.split(separator: ",", maxSplits: 1).first.map { NameText.person(String($0)) } ?? ""
                if NameText.isSuffix(suffix), !["esq", "esq."].contains(suffix.lowercased()) { return head + ", " + suffix }
            }
            return head
        }
        // "Ann Lee Senior Counsel" in a table row: the longest run of words before a title.
        let words = head.split(separator: " ")
        guard words.count > 2 else { return nil }
        for count in stride(from: min(5, words.count - 1), through: 2, by: -1) {
            let name = words.prefix(count).joined(separator: " ")
            let title = words.dropFirst(count).joined(separator: " ")
            if NameText.looksLikePerson(name), AttorneyList.isTitle(title) { return name }
        }
        return nil
    }
}
