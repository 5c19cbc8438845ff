import POACore

/// An EDGAR full-submission file (`<SEC-DOCUMENT>`, `<SEC-HEADER>`, `<DOCUMENT>` blocks):
/// the header facts, and the readable text of each document inside.
struct EDGARSubmission {
    /// One `<DOCUMENT>` block.
    struct Part {
        /// `<TYPE>`: "4", "EX-24", "SC 13G", "EX-99.1".
        var type: String
        /// The readable text of `<TEXT>`; nil when it is ownership XML, a PDF or uuencoded data.
        var passage: Passage?
        /// Whether `<TEXT>` holds Form 3/4/5 or Form 144 ownership XML.
        var isOwnershipXML: Bool
        /// The bytes of `<TEXT>` in the source, and the line they start on.
        var body: Range<Int> = 0..<0
        var firstLine = 1
    }

    var header: FilingHeader
    var parts: [Part]

    /// Whether text (lowercased prefix) is an EDGAR submission.
    static func looksLikeSubmission(_ lower: ArraySlice<UInt8>) -> Bool {
        ContainerProbe(lower).isSubmission
    }

    /// Parses a submission from normalised UTF-8 source.
    init(_ source: [UInt8]) {
        let lower = source.map { ASCII.isUpper($0) ? $0 | 0x20 : $0 }
        let headerEnd = Scan.find("</sec-header>", lower, from: 0) ?? Scan.find("<document>", lower, from: 0) ?? 0
        header = EDGARSubmission.parseHeader(source, 0..<headerEnd)
        parts = []
        var cursor = headerEnd
        var line = 1 + source[0..<headerEnd].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        func advance(to offset: Int) {
            while cursor < offset {
                if source[cursor] == 0x0A { line += 1 }
                cursor += 1
            }
        }
        while let start = Scan.find("<document>", lower, from: cursor) {
            let end = Scan.find("</document>", lower, from: start) ?? source.count
            let type = EDGARSubmission.tagValue("<type>", source, lower, start..<end) ?? ""
            // Searches stop at the part's end, so a file of many parts is read in linear time.
            guard let textTag = Scan.find("<text>", lower, from: start, before: end) else {
                advance(to: end)
                continue
            }
            let bodyStart = textTag + 6
            let bodyEnd = min(end, Scan.find("</text>", lower, from: bodyStart, before: end) ?? end)
            advance(to: bodyStart)
            let body = lower[bodyStart..<bodyEnd]
            let probe = body.prefix(4096)
            let sniffed = ContainerProbe(probe)
            let isXML = sniffed.isOwnershipXML || sniffed.isForm144XML
            let isData = Scan.contains("<pdf>", probe.prefix(64)) || Scan.contains("begin 6", probe.prefix(64))
            var passage: Passage?
            if !isXML && !isData {
                passage = sniffed.isMarkup || Scan.contains("<xml>", probe.prefix(64))
                    ? HTMLText.passage(source, bodyStart..<bodyEnd, firstLine: line)
                    : Passage.plainText(source, bodyStart..<bodyEnd, firstLine: line)
            }
            parts.append(Part(type: type, passage: passage, isOwnershipXML: isXML, body: bodyStart..<bodyEnd, firstLine: line))
            advance(to: end)
        }
    }

    private static func tagValue(_ tag: String, _ source: [UInt8], _ lower: [UInt8], _ range: Range<Int>) -> String? {
        guard let at = Scan.find(tag, lower, from: range.lowerBound, before: range.upperBound) else { return nil }
        var end = at + tag.utf8.count
        while end < range.upperBound, source[end] != 0x0A, source[end] != UInt8(ascii: "<") { end += 1 }
        return String(decoding: source[(at + tag.utf8.count)..<end], as: UTF8.self).trimmingSpaces
    }

    /// Reads `KEY: VALUE` lines; parties are the sections that follow `SUBJECT COMPANY:`,
    /// `ISSUER:`, `REPORTING-OWNER:`, `FILED BY:` and `FILER:`.
    private static func parseHeader(_ source: [UInt8], _ range: Range<Int>) -> FilingHeader {
        var header = FilingHeader()
        enum Section { case none, issuer, owner, other }
        var section = Section.none
        var party: FilingHeader.Party?
        func closeParty() {
            guard let done = party else { return }
            switch section {
            case .issuer: if header.issuer == nil { header.issuer = done }
            case .owner: header.reportingOwners.append(done)
            case .none, .other: break
            }
            party = nil
        }
        var lineStart = range.lowerBound
        while lineStart < range.upperBound {
            var lineEnd = lineStart
            while lineEnd < range.upperBound, source[lineEnd] != 0x0A { lineEnd += 1 }
            let text = String(decoding: source[lineStart..<lineEnd], as: UTF8.self)
            lineStart = lineEnd + 1
            guard let colon = text.firstIndex(of: ":") else { continue }
            let key = text[..<colon].trimmingSpaces.uppercased()
            let value = text[text.index(after: colon)...].trimmingSpaces
            switch key {
            case "ACCESSION NUMBER": header.accessionNumber = value
            case "CONFORMED SUBMISSION TYPE": header.formType = value
            case "FILED AS OF DATE": header.filedOn = compactDay(value)
            case "SUBJECT COMPANY", "ISSUER":
                closeParty()
                section = .issuer
            case "REPORTING-OWNER", "FILED BY", "FILER":
                closeParty()
                section = .owner
            case "COMPANY CONFORMED NAME", "CONFORMED NAME":
                if section == .issuer || section == .owner {
                    closeParty()
                    party = FilingHeader.Party(name: value, cik: nil)
                }
            case "CENTRAL INDEX KEY":
                if party != nil, party?.cik == nil { party?.cik = value }
            case "FORMER CONFORMED NAME":
                if party != nil, !value.isEmpty { party?.formerNames.append(value) }
            case "GROUP MEMBERS", "PUBLIC DOCUMENT COUNT", "PERIOD", "FILED FOR":
                break
            default:
                if value.isEmpty, !text.hasPrefix("\t"), !text.hasPrefix(" ") {
                    closeParty()
                    section = .other
                }
            }
        }
        closeParty()
        return header
    }

    /// `YYYYMMDD`, as EDGAR writes dates.
    static func compactDay(_ text: String) -> Day? {
        let digits = Array(text.utf8.prefix(8))
        guard digits.count == 8, digits.allSatisfy(ASCII.isDigit) else { return nil }
        let value = digits.reduce(0) { $0 * 10 + Int($1 - 0x30) }
        return Day(year: value / 10_000, month: value / 100 % 100, day: value % 100)
    }
}

/// Raw byte searches over lowercased source, for container detection.
enum Scan {
    /// The first offset at or after `start`, and before `limit` (the end by default), where
    /// `needle` starts in `hay`.
    static func find(_ needle: String, _ hay: [UInt8], from start: Int, before limit: Int? = nil) -> Int? {
        var needle = needle
        return needle.withUTF8 { pattern in
            hay.withUnsafeBufferPointer { ByteSearch.find(pattern, in: $0, from: start, before: limit ?? hay.count) }
        }
    }

    static func contains(_ needle: String, _ hay: ArraySlice<UInt8>) -> Bool {
        var needle = needle
        return needle.withUTF8 { pattern in
            hay.withUnsafeBufferPointer { ByteSearch.find(pattern, in: $0, from: 0, before: $0.count) != nil }
        }
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        var slice = Substring(self)
        while let first = slice.first, first == " " || first == "\t" { slice = slice.dropFirst() }
        while let last = slice.last, last == " " || last == "\t" { slice = slice.dropLast() }
        return String(slice)
    }
}
