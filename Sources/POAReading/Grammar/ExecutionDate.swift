/// The execution date: the day the instrument was signed.
///
/// Read from, in order of trust: the "IN WITNESS WHEREOF" sentence ("this 19th day of
/// February, 2004"; "as of the date first set forth above" sends the reader to the date at the
/// top), a "Dated:" / "Date:" / "Executed on" line, a date labelled "Date:" anywhere (after a
/// typed name, or after a DocuSign envelope stamp), a date beside the signature, a "this ... day
/// of ..." date elsewhere, "made as of / effective as of / dated as of / it is dated", and last a date alone
/// on a line at the top of the instrument ("POWER OF ATTORNEY / November 17, 2022"). Dates that
/// belong to other facts (the parent grant's date, a revoked grant's date, an expiry, a
/// notary's acknowledgment) are never taken. A filing date is never in the text this reads.
enum ExecutionDate {
    /// The execution date of an instrument spanning `range`, ignoring dates inside `excluded`.
    static func read(_ passage: Passage, in range: Range<Int>, dates: [DateScanner.Found], excluded: [Range<Int>],
        signatureLine: Int?) -> DateScanner.Found?
    {
        let usable = dates.filter { date in
            range.contains(date.range.lowerBound) && !excluded.contains { $0.overlaps(date.range) } && !isNotarial(passage, date.range, in: range)
        }
        guard !usable.isEmpty else { return nil }
        func firstDate(in window: Range<Int>) -> DateScanner.Found? {
            DateScanner.first(in: window, of: usable)
        }
        if let witness = passage.find("in witness whereof", in: range) {
            let window = witness..<min(range.upperBound, witness + 400)
            if let date = firstDate(in: window) { return date }
            let sentence = witness..<Sentences.sentenceEnd(passage, from: witness, in: range, maximum: 300)
            if dateAbove.contains(where: { passage.contains($0, in: sentence) }), let top = topDate(passage, in: range, usable, before: witness) {
                return top
            }
        }
        let lastLine = passage.lineIndex(at: max(range.lowerBound, range.upperBound - 1))
        for index in passage.lineIndex(at: range.lowerBound)...lastLine {
            let line = passage.lines[index]
            let lower = LowerText(passage.lower[line])
            let labelled = labels.contains { lower.hasPrefix($0) }
            guard labelled else { continue }
            let window = line.lowerBound..<min(range.upperBound, index + 1 < passage.lines.count ? passage.lines[index + 1].upperBound : line.upperBound)
            if let date = firstDate(in: window) { return date }
        }
        if let date = usable.first(where: { isLabelled(passage, $0.range.lowerBound, floor: range.lowerBound) }) {
            return date
        }
        if let signature = signatureLine {
            let first = max(0, signature - 3), last = min(passage.lines.count - 1, signature + 3)
            if first <= last {
                let window = passage.lines[first].lowerBound..<passage.lines[last].upperBound
                if let date = firstDate(in: window.clamped(to: range)) { return date }
            }
        }
        for date in usable where passage.contains("day of", in: date.range) {
            return date
        }
        for lead in asOf {
            for hit in passage.matches(lead, in: range) {
                let next = passage.skipSpaces(from: hit.upperBound)
                if let date = DateScanner.first(in: next..<(next + 1), of: usable) { return date }
            }
        }
        return topDate(passage, in: range, usable, before: range.upperBound)
    }

    /// Line openings that label a date line.
    private static let labels = ["dated", "date:", "date ", "executed", "signed", "effective date"]
    private static let asOf: [Phrase] = [
        "made as of", "dated as of", "effective as of", "executed as of", "signed as of", "entered into as of",
        "this power of attorney is dated", "this authorization is dated", "it is dated", "as of",
    ]
    /// Witness sentences whose date is the one written at the top.
    private static let dateAbove: [Phrase] = [
        "first above written", "first written above", "first set forth above", "set forth above", "first above set forth",
        "first above mentioned", "written above",
    ]
    /// How many lines from the instrument's first one a date at the top may stand.
    private static let topLines = 6

    /// The first usable date when it stands alone on its line (a "Dated:" label aside) within
    /// the instrument's first lines, before `limit`: the date heading a letter or a form.
    private static func topDate(_ passage: Passage, in range: Range<Int>, _ usable: [DateScanner.Found], before limit: Int) -> DateScanner.Found? {
        guard let date = usable.first, date.range.upperBound <= limit else { return nil }
        let firstLine = passage.lineIndex(at: range.lowerBound)
        let index = passage.lineIndex(at: date.range.lowerBound)
        guard index - firstLine < topLines, passage.lineIndex(at: max(date.range.lowerBound, date.range.upperBound - 1)) == index else {
            return nil
        }
        let line = passage.lines[index]
        var start = line.lowerBound
        for label in ["dated:", "date:", "dated"] where LowerText(passage.lower[line]).hasPrefix(label) {
            start += label.utf8.count
            break
        }
        let before = passage.lower[start..<date.range.lowerBound]
        let after = passage.lower[date.range.upperBound..<line.upperBound]
        let isFiller = { (byte: UInt8) in ASCII.isSpace(byte) || byte == UInt8(ascii: ",") || byte == UInt8(ascii: ".") }
        return before.allSatisfy(isFiller) && after.allSatisfy(isFiller) ? date : nil
    }

    /// Whether a date is a notary's or a witness's, even where no notary block was found:
    /// "On the 3rd day of May, 2023, before me ...", "Subscribed and sworn to before me this
    /// ...", "My Commission Expires: ...".
    static func isNotarial(_ passage: Passage, _ date: Range<Int>, in range: Range<Int>) -> Bool {
        let before = max(range.lowerBound, date.lowerBound - 40)..<date.lowerBound
        let after = date.upperBound..<min(range.upperBound, date.upperBound + 12)
        return notarialBefore.contains { passage.contains($0, in: before) } || passage.contains("before me", in: after)
    }

    private static let notarialBefore: [Phrase] = ["before me", "sworn", "commission expires", "notary", "commission expiration"]

    /// Whether the date at `offset` follows a "Date:" or "Dated:" label, with at most a
    /// DocuSign envelope stamp ("DocuSign Envelope ID: 3F2A...") between them.
    static func isLabelled(_ passage: Passage, _ offset: Int, floor: Int) -> Bool {
        var index = skipSpacesBack(passage, from: offset, floor: floor)
        let stampWindow = max(floor, index - 90)..<index
        if let stamp = passage.lastMatch("docusign envelope id", in: stampWindow) {
            let between = passage.lower[stamp.upperBound..<index]
            let tokens = between.split(whereSeparator: { ASCII.isSpace($0) || $0 == UInt8(ascii: ":") })
            if tokens.count <= 1 { index = skipSpacesBack(passage, from: stamp.lowerBound, floor: floor) }
        }
        for label in labelWords {
            let start = index - label.count
            guard start >= floor, passage.lower[start..<index].elementsEqual(label) else { continue }
            if start == 0 || !ASCII.isLetter(passage.lower[start - 1]) { return true }
        }
        return false
    }

    private static let labelWords: [[UInt8]] = ["date:", "dated:", "date :"].map { Array($0.utf8) }

    private static func skipSpacesBack(_ passage: Passage, from offset: Int, floor: Int) -> Int {
        var index = offset
        while index > floor, ASCII.isSpace(passage.lower[index - 1]) { index -= 1 }
        return index
    }
}
