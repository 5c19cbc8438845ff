import POACore

/// A revocation: what it revokes and when it takes effect.
///
/// "hereby revokes the Power of Attorney dated March 3, 2015" (one grant, by the day it was
/// signed; a grant known only by the day it was filed is not read, as grants are known by the
/// day they were signed), "revokes all powers of attorney previously granted ... with respect to
/// the Company" (all grants of the grantor for the issuer), "revokes the appointment of Jane Roe
/// as attorney-in-fact" or "revokes Jane Roe's appointment" (one attorney). "effective as of
/// June 1, 2016" states the effective date; without one the revocation takes effect when signed.
///
/// The instrument's own end is not a revocation: "until the undersigned revokes such
/// authorization", "unless earlier revoked", "may revoke this Power of Attorney".
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
        operativeVerb(passage, in: range) != nil
    }

    /// The first verb in `range` that revokes something now: its object (within 200 bytes) is
    /// a power of attorney, an appointment or an authorization, and it is not the
    /// instrument's own end ("until the undersigned revokes such authorization") nor a mere
    /// right ("may revoke").
    static func operativeVerb(_ passage: Passage, in range: Range<Int>) -> Range<Int>? {
        var from = range.lowerBound
        for _ in 0..<16 {
            guard from < range.upperBound, let hit = passage.firstMatch(of: verbs, in: from..<range.upperBound) else { return nil }
            from = hit.upperBound
            let window = hit.lowerBound..<min(range.upperBound, hit.upperBound + 200)
            guard revocableThings.contains(where: { passage.contains($0, in: window) }) else { continue }
            let lead = max(range.lowerBound, hit.lowerBound - 40)..<hit.lowerBound
            if conditions.contains(where: { passage.contains($0, in: lead) }) { continue }
            let object = passage.skipSpaces(from: hit.upperBound, limit: range.upperBound)
            if ownInstrument.contains(where: { passage.hasPhrase($0, at: object) }) { continue }
            return hit
        }
        return nil
    }

    private static let revocableThings: [Phrase] = ["power of attorney", "powers of attorney", "appointment", "authorization", "authority"]
    /// Words just before the verb that make it the instrument's own end or a mere right.
    private static let conditions: [Phrase] = ["until", "unless", "if", "may", "can", "right to", "when"]
    /// An object that is the instrument itself, not an earlier one.
    private static let ownInstrument: [Phrase] = ["such authorization", "this power", "this authorization", "it", "the foregoing", "this limited"]
    /// Words before a date that make it the revoked grant's date.
    private static let grantDateLeads: [Phrase] = ["dated", "executed", "signed", "granted", "made", "of", "on"]
    /// Words right before a date that make it the day the grant was signed, even after "filed".
    private static let signingLeads: [Phrase] = ["dated", "executed", "signed", "granted", "made"]
    private static let wholeGrantWords: [Phrase] = ["all", "any and all", "each", "any power", "any prior"]

    static func read(_ passage: Passage, in range: Range<Int>, dates: [DateScanner.Found]) -> Found? {
        guard let hit = operativeVerb(passage, in: range) ?? passage.firstMatch(of: verbs, in: range) else { return nil }
        let sentence = Sentences.sentence(passage, containing: hit.lowerBound, in: range, maximum: 600)
        let clause = hit.lowerBound..<sentence.upperBound
        var found = Found(executedOn: nil, attorney: nil, all: false, span: passage.span(clause), effective: nil, claimed: [])
        found.attorney = attorney(passage, verb: hit, clause: clause)
        let target = dates.first { date in
            clause.contains(date.range.lowerBound)
                && grantDateLeads.contains {
                    passage.contains($0, in: max(clause.lowerBound, date.range.lowerBound - 30)..<date.range.lowerBound)
                }
                && !passage.contains("effective", in: max(clause.lowerBound, date.range.lowerBound - 24)..<date.range.lowerBound)
                && !isFilingDay(passage, date, clause: clause)
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

    /// "the power of attorney filed with the Commission on May 5, 2016": the day it was filed,
    /// which is not the day it was signed (the revoked grant is known by the latter only).
    private static func isFilingDay(_ passage: Passage, _ date: DateScanner.Found, clause: Range<Int>) -> Bool {
        let before = max(clause.lowerBound, date.range.lowerBound - 60)..<date.range.lowerBound
        let near = max(clause.lowerBound, date.range.lowerBound - 30)..<date.range.lowerBound
        return passage.contains("filed", in: before) && !signingLeads.contains { passage.contains($0, in: near) }
    }

    /// The one attorney whose appointment is revoked: "the appointment of Jane Roe as
    /// attorney-in-fact", "Jane Roe's appointment as attorney-in-fact".
    private static func attorney(_ passage: Passage, verb: Range<Int>, clause: Range<Int>) -> String? {
        if let appointment = passage.match("appointment of", in: clause) {
            let start = passage.skipSpaces(from: appointment.upperBound)
            let end = AppointmentClause.listEnd(passage, start..<min(clause.upperBound, start + 120))
            let name = NameText.person(passage.text(start..<end))
            return NameText.looksLikePerson(name) ? name : nil
        }
        // "revokes Jane Roe's appointment": the words between the verb and "'s appointment".
        let near = verb.upperBound..<min(clause.upperBound, verb.upperBound + 80)
        for possessive in possessives {
            guard let mark = passage.match(possessive, in: near) else { continue }
            let start = passage.skipSpaces(from: verb.upperBound, limit: mark.lowerBound)
            let name = NameText.person(passage.text(start..<mark.lowerBound))
            return NameText.looksLikePerson(name) ? name : nil
        }
        return nil
    }

    private static let possessives: [Phrase] = ["'s appointment", "\u{2019}s appointment", "'s designation", "\u{2019}s designation"]
}
