/// The execution date: the day the instrument was signed.
///
/// Read from, in order of trust: the "IN WITNESS WHEREOF" sentence ("this 19th day of
/// February, 2004"), a "Dated:" / "Date:" / "Executed on" line, a date beside the signature,
/// a "this ... day of ..." date elsewhere, "made as of / effective as of / dated as of". Dates
/// that belong to other facts (the parent grant's date, a revoked grant's date, an expiry, a
/// notary's acknowledgment) are never taken. A filing date is never in the text this reads.
enum ExecutionDate {
    /// The execution date of an instrument spanning `range`, ignoring dates inside `excluded`.
    static func read(_ passage: Passage, in range: Range<Int>, dates: [DateScanner.Found], excluded: [Range<Int>],
        signatureLine: Int?) -> DateScanner.Found?
    {
        let usable = dates.filter { date in !excluded.contains { $0.overlaps(date.range) } }
        guard !usable.isEmpty else { return nil }
        func firstDate(in window: Range<Int>) -> DateScanner.Found? {
            DateScanner.first(in: window, of: usable)
        }
        if let witness = passage.find("in witness whereof", in: range),
            let date = firstDate(in: witness..<min(range.upperBound, witness + 400))
        {
            return date
        }
        for index in passage.lineIndex(at: range.lowerBound)...passage.lineIndex(at: max(range.lowerBound, range.upperBound - 1)) {
            let line = passage.lines[index]
            let lower = LowerText(passage.lower[line])
            let labelled = labels.contains { lower.hasPrefix($0) }
            guard labelled else { continue }
            let window = line.lowerBound..<min(range.upperBound, index + 1 < passage.lines.count ? passage.lines[index + 1].upperBound : line.upperBound)
            if let date = firstDate(in: window) { return date }
        }
        if let signature = signatureLine {
            let first = max(0, signature - 3), last = min(passage.lines.count - 1, signature + 3)
            if first <= last {
                let window = passage.lines[first].lowerBound..<passage.lines[last].upperBound
                if let date = firstDate(in: window.clamped(to: range)) { return date }
            }
        }
        for date in usable where passage.hasPhrase("day of", at: afterOrdinal(passage, date.range.lowerBound)) {
            return date
        }
        for lead in asOf {
            for hit in passage.matches(lead, in: range) {
                let next = passage.skipSpaces(from: hit.upperBound)
                if let date = DateScanner.first(in: next..<(next + 1), of: usable) { return date }
            }
        }
        return nil
    }

    /// Line openings that label a date line.
    private static let labels = ["dated", "date:", "date ", "executed", "signed", "effective date"]
    private static let asOf: [Phrase] = [
        "made as of", "dated as of", "effective as of", "executed as of", "signed as of", "entered into as of", "as of",
    ]

    /// The offset of "day of" after a day number such as "19th ".
    private static func afterOrdinal(_ passage: Passage, _ offset: Int) -> Int {
        passage.skipSpaces(from: passage.wordEnd(from: offset))
    }
}
