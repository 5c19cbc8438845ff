/// A filing that is not a power of attorney, recognised by a title line on its cover ("FORM
/// 10-K", "FORM S-3", "REGISTRATION STATEMENT", "SCHEDULE 13D", "JOINT FILING AGREEMENT").
///
/// Such filings are often signed "By: /s/ Jane Roe, Attorney-in-Fact" and list "Power of
/// Attorney" among their exhibits: those words make no instrument. A power of attorney
/// included in one (on its signature page, or as an exhibit) is still read when its
/// appointment clause can be; only text that merely mentions attorneys-in-fact is set aside.
/// Only a line that starts with the title counts: a power of attorney that mentions "Schedules
/// 13D and 13G" or "Form 10-K" in its text is not a cover.
enum OtherFiling {
    /// Cover titles, each with what the filing is.
    private static let covers: [(title: Phrase, kind: String)] = [
        ("joint filing agreement", "a joint filing agreement"),
        ("form 10-k", "a Form 10-K annual report"),
        ("form 10-q", "a Form 10-Q quarterly report"),
        ("form 8-k", "a Form 8-K current report"),
        ("form 20-f", "a Form 20-F annual report"),
        ("form s-1", "a registration statement under the Securities Act of 1933"),
        ("form s-3", "a registration statement under the Securities Act of 1933"),
        ("form s-4", "a registration statement under the Securities Act of 1933"),
        ("form s-8", "a registration statement under the Securities Act of 1933"),
        ("form f-1", "a registration statement under the Securities Act of 1933"),
        ("form f-3", "a registration statement under the Securities Act of 1933"),
        ("registration statement", "a registration statement under the Securities Act of 1933"),
        ("pre-effective amendment", "a registration statement under the Securities Act of 1933"),
        ("post-effective amendment", "a registration statement under the Securities Act of 1933"),
        ("schedule 13d", "a Schedule 13D"),
        ("schedule 13g", "a Schedule 13G"),
    ]

    /// How many lines of a passage its cover runs to.
    static let coverLines = 60

    /// How many bytes of a passage count as its title when the markup kept no line breaks
    /// (XML read as text: "X0202 SCHEDULE 13D 0001906837 ...").
    static let titleBytes = 200

    /// What filing the passage is, from a title line of its cover; nil when it is none of these.
    static func kind(_ passage: Passage) -> String? {
        let title = 0..<min(passage.count, titleBytes)
        if let cover = covers.first(where: { passage.contains($0.title, in: title) }) { return cover.kind }
        for index in 0..<min(passage.lines.count, coverLines) {
            let line = passage.lines[index]
            let start = passage.skipSpaces(from: line.lowerBound, limit: line.upperBound)
            let text = passage.lower[start..<line.upperBound]
            for cover in covers where text.starts(with: cover.title.bytes) {
                // "Form 10-K" but not "Form 10-KSB/A"-like longer words: the title ends a word.
                let end = start + cover.title.count
                if end >= line.upperBound || !ASCII.isLetter(passage.lower[end]) { return cover.kind }
            }
        }
        return nil
    }

    /// Phrases that open or make an appointment, which a mere signature "as attorney-in-fact"
    /// never holds.
    static let appointing: [Phrase] = [
        "know all", "true and lawful", "constitutes and appoints", "constitute and appoint", "hereby appoints",
        "hereby appoint", "hereby designates", "hereby designate", "hereby authorizes", "hereby authorize",
        "hereby grants", "hereby grant",
    ]

    /// A stock power: "sells, assigns and transfers unto ... and does hereby irrevocably
    /// constitute and appoint ... attorney to transfer the said stock". It appoints an attorney,
    /// but only to transfer shares on the company's books: no report is signed under it.
    static func isStockPower(_ passage: Passage, in range: Range<Int>) -> Bool {
        passage.firstMatch(of: transfers, in: range) != nil && passage.firstMatch(of: transferAttorney, in: range) != nil
    }

    private static let transfers: [Phrase] = ["assigns and transfers", "assign and transfer", "stock power"]
    private static let transferAttorney: [Phrase] = [
        "attorney to transfer", "attorney-in-fact to transfer", "to transfer the said stock", "to transfer said stock",
        "to transfer the said shares", "to transfer said shares",
    ]

    /// What a text that is no power of attorney is, when it says so in its own words.
    static func description(_ passage: Passage, in range: Range<Int>) -> String? {
        if isStockPower(passage, in: range) { return "a stock power (a transfer of shares), not a power of attorney for SEC filings" }
        if passage.contains("resolved, that", in: range) { return "a board resolution, not a power of attorney: nothing in it appoints an attorney-in-fact" }
        if passage.firstMatch(of: ["hereby resign", "i resign", "my resignation"], in: range) != nil {
            return "a resignation letter, not a power of attorney: nothing in it appoints an attorney-in-fact"
        }
        return nil
    }
}
