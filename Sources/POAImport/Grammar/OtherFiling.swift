/// A filing that is not a power of attorney, recognised by its cover: an annual or quarterly
/// report, a registration statement or prospectus, a Schedule 13D or 13G, a joint filing
/// agreement.
///
/// Such filings are often signed "By: /s/ Jane Roe, Attorney-in-Fact" and list "Power of
/// Attorney" among their exhibits: those words make no instrument. A power of attorney
/// included in one (on its signature page, or as an exhibit) is still read when its
/// appointment clause can be; only text that merely mentions attorneys-in-fact is set aside.
enum OtherFiling {
    /// Cover phrases, each with what the filing is.
    private static let covers: [(Phrase, String)] = [
        ("joint filing agreement", "a joint filing agreement"),
        ("annual report pursuant to section 13", "a Form 10-K annual report"),
        ("form 10-k", "a Form 10-K annual report"),
        ("quarterly report pursuant to section 13", "a Form 10-Q quarterly report"),
        ("form 10-q", "a Form 10-Q quarterly report"),
        ("current report pursuant to section 13", "a Form 8-K current report"),
        ("registration statement under the securities act", "a registration statement under the Securities Act of 1933"),
        ("pre-effective amendment", "a registration statement under the Securities Act of 1933"),
        ("post-effective amendment", "a registration statement under the Securities Act of 1933"),
        ("schedule 13d", "a Schedule 13D"),
        ("schedule 13g", "a Schedule 13G"),
    ]

    /// How far into a passage its cover runs.
    static let coverLength = 2500

    /// What filing the passage is, from its cover; nil when it is none of these.
    static func kind(_ passage: Passage) -> String? {
        let head = 0..<min(passage.count, coverLength)
        return covers.first { passage.contains($0.0, in: head) }?.1
    }

    /// Phrases that open or make an appointment, which a mere signature "as attorney-in-fact"
    /// never holds.
    static let appointing: [Phrase] = [
        "know all", "true and lawful", "hereby constitutes", "hereby constitute", "hereby appoints", "hereby appoint",
        "hereby make, constitute", "does hereby make",
    ]
}
