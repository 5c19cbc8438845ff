import POACore

/// A revocation: what it revokes and when it takes effect.
///
/// "hereby revokes the Power of Attorney dated March 3, 2015" (one grant, by date), "revokes
/// all powers of attorney previously granted ... with respect to the Company" (all grants of
/// the grantor for the issuer), "revokes the appointment of Jane Roe as attorney-in-fact" (one
/// attorney). "effective as of June 1, 2016" states the effective date; without one the
/// revocation takes effect when signed.
enum RevocationClause {
    static let verbs: [Phrase] = ["hereby revoke", "hereby revokes", "does revoke", "do revoke", "revokes", "hereby rescind", "hereby rescinds", "hereby terminates", "hereby terminate"]

    /// What was read, and the ranges of the dates that belong to the revoked grant and the
    /// effective date (they are not the execution date).
    struct Found {
        var executedOn: Day?
        var attorney: String?
        var all: Bool
        var span: SourceSpan
        var effective: DateScanner.Found?
        var claimed: [Range<Int>]
    }

    /// Whether `range` revokes something (and is not only a grant's supersession clause).
    static func isRevocation(_ passage: Passage, in range: Range<Int>) -> Bool {
        guard let hit = passage.firstMatch(of: verbs, in: range) else { return false }
        let window = hit.lowerBound..<min(range.upperBound, hit.upperBound + 200)
        return revocableThings.contains { passage.contains($0, in: window) }
    }

    private static let revocableThings: [Phrase] = ["power of attorney", "powers of attorney", "appointment", "authorization", "authority"]
    /// Words before a date that make it the revoked grant's date.
    private static let grantDateLeads: [Phrase] = ["dated", "executed", "signed", "granted", "made", "of"]
    private static let wholeGrantWords: [Phrase] = ["all", "any and all", "each", "any power", "any prior"]

    static func read(_ passage: Passage, in range: Range<Int>, dates: [DateScanner.Found]) -> Found? {
        guard let hit = passage.firstMatch(of: verbs, in: range) else { return nil }
        let sentence = Sentences.sentence(passage, containing: hit.lowerBound, in: range, maximum: 600)
        let clause = hit.lowerBound..<sentence.upperBound
        var found = Found(executedOn: nil, attorney: nil, all: false, span: passage.span(clause), effective: nil, claimed: [])
        if let appointment = passage.match("appointment of", in: clause) {
            let start = passage.skipSpaces(from: appointment.upperBound)
            let end = AppointmentClause.listEnd(passage, start..<min(clause.upperBound, start + 120))
            let name = NameText.person(passage.text(start..<end))
            if NameText.looksLikePerson(name) { found.attorney = name }
        }
        let target = dates.first { date in
            clause.contains(date.range.lowerBound)
                && grantDateLeads.contains {
                    passage.contains($0, in: max(clause.lowerBound, date.range.lowerBound - 30)..<date.range.lowerBound)
                }
                && !passage.contains("effective", in: max(clause.lowerBound, date.range.lowerBound - 24)..<date.range.lowerBound)
        }
        if let date = target {
            found.executedOn = date.day
            found.claimed.append(date.range)
        }
        found.all = target == nil && found.attorney == nil
            && wholeGrantWords.contains { passage.contains($0, in: clause) }
        for effective in passage.matches("effective", in: range) {
            let window = effective.upperBound..<min(range.upperBound, effective.upperBound + 30)
            if let date = DateScanner.first(in: window, of: dates),
                passage.text(effective.upperBound..<date.range.lowerBound).lowercased().split(separator: " ")
                    .allSatisfy({ ["as", "of", "on", "from", "date", "date:", "the", ":", ","].contains($0) })
            {
                found.effective = date
                found.claimed.append(effective.lowerBound..<date.range.upperBound)
                break
            }
        }
        return found
    }
}
