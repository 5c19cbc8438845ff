/// An express supersession: a clause by which an instrument revokes or replaces the grantor's
/// earlier powers of attorney.
///
/// Active: "This Power of Attorney revokes and replaces any prior Power of Attorney executed by
/// the undersigned", "I hereby revoke all prior powers of attorney", "shall supersede the Power
/// of Attorney dated August 9, 2019", "also serves to revoke and replace ... any prior Power of
/// Attorney". Passive: "any Power of Attorney previously granted ... is hereby revoked", "which
/// prior authorizations are hereby revoked", "prior authorizations ... are superseded by this power
/// of attorney".
///
/// Not one: a negated clause ("shall not revoke any powers of attorney previously executed"),
/// the instrument's own end ("unless earlier revoked", "until revoked", "is superseded by a new
/// power of attorney ... dated as of a later date"), a conditional or a later instrument's
/// words ("unless such subsequent power ... states that it is intended to revoke all prior
/// powers of attorney"), and a right to revoke ("has the right to revoke this Power of
/// Attorney").
enum Supersession {
    /// Verbs that end other instruments, in the active voice: their object must be earlier
    /// powers of attorney.
    private static let activeVerbs: [Phrase] = [
        "supersede", "supersedes", "supercede", "supercedes", "revoke", "revokes", "replace", "replaces",
        "rescind", "rescinds", "terminates",
    ]
    /// The same in the passive voice: their subject must be earlier powers of attorney.
    private static let passiveVerbs: [Phrase] = [
        "superseded", "superceded", "revoked", "replaced", "rescinded", "withdrawn",
    ]
    /// Fixed wordings that need no verb.
    private static let fixedWordings: [Phrase] = ["in substitution for all prior", "in substitution for any prior", "in lieu of all prior"]

    /// What the clause ends: a power of attorney, an authorization, an appointment (of a
    /// substitute, for a delegation).
    private static let instrumentNouns: [Phrase] = [
        "power of attorney", "powers of attorney", "power-of-attorney", "powers-of-attorney", "authorization",
        "authorizations", "power of att*", "powers of att*", "appointment", "appointments",
    ]
    /// Words that make the ended instruments earlier ones.
    private static let priorWords: [Phrase] = [
        "prior", "previous", "previously", "earlier", "existing", "heretofore", "former", "other",
    ]
    /// Determiners of an object that is not this instrument ("any prior", "all powers").
    private static let otherDeterminers: [Phrase] = ["any", "all", "each", "every"]
    /// After the noun: an earlier instrument named by its execution ("dated August 9, 2019",
    /// "executed by the Corporation on May 4, 2022").
    private static let executionLeads: [Phrase] = [
        "dated", "executed", "granted", "given", "signed", "made", "submitted", "filed", "previously",
    ]
    /// An object that is this instrument itself, not an earlier one.
    private static let selfReferences: [Phrase] = ["this", "such", "it", "these", "the foregoing", "said"]
    /// The agent of a passive that is this instrument: "superseded by this power of attorney".
    private static let thisInstrument: [Phrase] = ["this", "these presents", "the present"]
    private static let negations: [Phrase] = ["not", "never", "nothing", "neither", "nor"]
    /// Words before the verb that make the clause conditional, or about a later instrument.
    private static let conditions: [Phrase] = [
        "unless", "until", "subsequent", "later", "if", "in the event", "when", "whenever", "provided that",
    ]
    /// Words just before an active verb that make it a mere right or possibility.
    private static let modals: [Phrase] = [
        "may", "can", "might", "could", "would", "right to", "power to", "authority to", "and to", "or to",
    ]
    private static let tails: [Phrase] = [
        ", and shall remain", " and shall remain", ", and will remain", ", and this power", "; provided", ", and continues",
        ", and shall continue", " and continues", " and shall continue", "; however", ", and shall be",
    ]

    /// The first express supersession clause in `range`, quoted: its sentence up to a tail
    /// about the instrument's own duration (", and shall remain in effect ...").
    static func read(_ passage: Passage, in range: Range<Int>) -> Located<String>? {
        guard let hit = firstExpress(passage, in: range) else { return nil }
        let sentence = Sentences.sentence(passage, containing: hit.lowerBound, in: range, maximum: 600)
        var end = sentence.upperBound
        for tail in tails {
            if let at = passage.find(tail, in: hit.upperBound..<end) { end = at }
        }
        let quoted = passage.text(sentence.lowerBound..<end).trimmingCharacters(" .,;")
        return Located(quoted, at: passage.span(sentence.lowerBound..<end))
    }

    /// Whether the sentence holding `offset` is an express supersession clause (so a
    /// "revokes" there belongs to a grant, not to a revocation).
    static func isExpress(_ passage: Passage, at offset: Int, in range: Range<Int>) -> Bool {
        let sentence = Sentences.sentence(passage, containing: offset, in: range, maximum: 600)
        return firstExpress(passage, in: sentence) != nil
    }

    /// Whether the "revokes" at `offset` is a grant's own supersession clause, so the segment
    /// is a grant and not a revocation: the sentence is an express supersession, and the
    /// segment appoints attorneys (its appointment clause was read, or the words of one come
    /// before the clause even when the attorney list could not be read: it is then a grant
    /// that lacks its attorneys). A revocation letter that quotes the grant it revokes has the
    /// revocation first.
    static func isGrantsOwnClause(_ passage: Passage, at offset: Int, in range: Range<Int>, appointmentRead: Bool) -> Bool {
        let before = range.lowerBound..<max(range.lowerBound, min(offset, range.upperBound))
        guard appointmentRead || passage.firstMatch(of: appointingWords, in: before) != nil else { return false }
        return isExpress(passage, at: offset, in: range)
    }

    /// Words that appoint attorneys now, which a revocation does not use.
    private static let appointingWords: [Phrase] = [
        "hereby appoint", "hereby appoints", "constitutes and appoints", "constitute and appoint", "hereby constitutes",
        "hereby constitute", "hereby designates", "hereby designate", "makes, constitutes and appoints",
    ]

    /// The verb (or fixed wording) of the first express supersession in `range`.
    static func firstExpress(_ passage: Passage, in range: Range<Int>) -> Range<Int>? {
        var hits: [(Range<Int>, passive: Bool)] = []
        for verb in activeVerbs { hits += passage.matches(verb, in: range, limit: 24).map { ($0, false) } }
        for verb in passiveVerbs { hits += passage.matches(verb, in: range, limit: 24).map { ($0, true) } }
        hits.sort { $0.0.lowerBound < $1.0.lowerBound }
        let fixed = passage.firstMatch(of: fixedWordings, in: range)
        for (verb, passive) in hits {
            if let fixed, fixed.lowerBound < verb.lowerBound { return fixed }
            // What the clause ends must be named near the verb (after an active one, before a
            // passive one): checked on the widest window before the sentence is found.
            let near = passive
                ? max(range.lowerBound, verb.lowerBound - 400)..<verb.lowerBound
                : verb.upperBound..<min(range.upperBound, verb.upperBound + 120)
            if passage.firstMatch(of: instrumentNouns, in: near) == nil { continue }
            let sentence = Sentences.sentence(passage, containing: verb.lowerBound, in: range, maximum: 600)
            let lead = max(sentence.lowerBound, verb.lowerBound - 400)..<verb.lowerBound
            if isNegatedOrConditional(passage, lead: lead) { continue }
            let express = passive
                ? endsEarlierInstruments(passage, passive: verb, lead: lead, sentence: sentence)
                : endsEarlierInstruments(passage, active: verb, lead: lead, sentence: sentence)
            if express { return verb }
        }
        return fixed
    }

    private static func isNegatedOrConditional(_ passage: Passage, lead: Range<Int>) -> Bool {
        let near = max(lead.lowerBound, lead.upperBound - 24)..<lead.upperBound
        if negations.contains(where: { passage.contains($0, in: near) }) { return true }
        if passage.contains("nothing", in: lead) { return true }
        return conditions.contains { passage.contains($0, in: lead) }
    }

    /// "revokes and replaces any prior Power of Attorney", "supersede the Power of Attorney
    /// dated ...": the object is an earlier instrument, not this one.
    private static func endsEarlierInstruments(_ passage: Passage, active verb: Range<Int>, lead: Range<Int>, sentence: Range<Int>) -> Bool {
        let justBefore = max(lead.lowerBound, lead.upperBound - 16)..<lead.upperBound
        if modals.contains(where: { passage.contains($0, in: justBefore) }) { return false }
        let objectWindow = verb.upperBound..<min(sentence.upperBound, verb.upperBound + 120)
        guard let noun = passage.firstMatch(of: instrumentNouns, in: objectWindow) else { return false }
        let between = verb.upperBound..<noun.lowerBound
        if selfReferences.contains(where: { passage.contains($0, in: between) }) { return false }
        if priorWords.contains(where: { passage.contains($0, in: between) })
            || otherDeterminers.contains(where: { passage.contains($0, in: between) })
        {
            return true
        }
        // "the appointment of Jane Roe ... under the Power of Attorney dated ..." revokes one
        // attorney: only a power of attorney is named by its execution.
        if passage.hasPhrase("appointment", at: noun.lowerBound) { return false }
        let after = noun.upperBound..<min(sentence.upperBound, noun.upperBound + 60)
        return executionLeads.contains { passage.contains($0, in: after) }
    }

    /// "any Power of Attorney previously granted ... is hereby revoked": the subject is an
    /// earlier instrument, and the clause is not about a later one ("superseded by a new
    /// power of attorney").
    private static func endsEarlierInstruments(_ passage: Passage, passive verb: Range<Int>, lead: Range<Int>, sentence: Range<Int>) -> Bool {
        let next = passage.skipSpaces(from: verb.upperBound, limit: sentence.upperBound)
        if passage.hasPhrase("by", at: next) {
            // "superseded by this power of attorney" ends the earlier ones; "superseded by a
            // new power of attorney" is this one's own end.
            let agent = passage.skipSpaces(from: next + 2, limit: sentence.upperBound)
            guard thisInstrument.contains(where: { passage.hasPhrase($0, at: agent) }) else { return false }
        }
        guard passage.firstMatch(of: instrumentNouns, in: lead) != nil else { return false }
        return priorWords.contains { passage.contains($0, in: lead) }
    }
}
