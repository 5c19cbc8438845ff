import POACore

/// What a segment of text is: a grant, a delegation, a revocation, or not an instrument at all.
enum InstrumentClassifier {
    enum Kind: Equatable {
        case instrument(InstrumentKind)
        /// Looks like a power of attorney, but no appointment or revocation could be read.
        case unreadablePOA
        case none
    }

    static let poaSignals: [Phrase] = [
        "attorney-in-fact", "attorneys-in-fact", "attorney in fact", "attorneys in fact", "true and lawful attorney",
        "lawful attorneys", "power of attorney", "powers of attorney", "attorneys and agents", "as attorney",
        "on the undersigned's behalf", "on behalf of the undersigned", "in the undersigned's name",
        "in the name of the undersigned", "confirms that the undersigned has authorized",
    ]

    /// What a segment is, with the appointment clause read to decide it, so the instrument
    /// reader need not read the clause a second time.
    struct Classification {
        var kind: Kind
        /// ``AppointmentClause/read(_:in:)`` of the same range; nil when none was read (or,
        /// for `.none` without any POA signal, not looked for).
        var appointment: AppointmentClause.Found?
        /// The grant as a family without "appoint" states it (a letter to the SEC, a
        /// confirming statement, an authorization), when that is what the segment is.
        var stated: StatedGrant?
    }

    static func classify(_ passage: Passage, _ range: Range<Int>) -> Kind {
        classification(passage, range).kind
    }

    static func classification(_ passage: Passage, _ range: Range<Int>) -> Classification {
        if let stated = StatedGrant.readLetterOrStatement(passage, in: range) { return granting(stated) }
        let hasSignal = passage.firstMatch(of: poaSignals, in: range) != nil
        guard hasSignal else {
            if let stated = Authorization.read(passage, in: range) { return granting(stated) }
            return Classification(kind: .none)
        }
        if OtherFiling.isStockPower(passage, in: range) { return Classification(kind: .none) }
        var appointment = AppointmentClause.read(passage, in: range)
        if let found = appointment, !isCredible(passage, found, in: range) { appointment = nil }
        // A revocation that also "authorizes" someone stays a revocation: kind(_:_:appointment:) decides.
        if appointment == nil, !RevocationClause.isRevocation(passage, in: range), let stated = Authorization.read(passage, in: range) {
            return granting(stated)
        }
        return Classification(kind: kind(passage, range, appointment: appointment), appointment: appointment)
    }

    private static func granting(_ stated: StatedGrant) -> Classification {
        Classification(kind: .instrument(.grant), appointment: stated.appointment, stated: stated)
    }

    private static let authorizing: [Phrase] = ["authorize", "authorizes", "authorized"]

    /// Whether an appointment clause read by a form of "authorize" is one: the persons must be
    /// given something to do ("authorized A and B to sign"). "The authorized principal amount
    /// of ...", "authorized by the Company" name nobody.
    private static func isCredible(_ passage: Passage, _ found: AppointmentClause.Found, in range: Range<Int>) -> Bool {
        let start = found.range.lowerBound
        guard authorizing.contains(where: { passage.hasPhrase($0, at: start) }) else { return true }
        // "signed ... by his authorized representative": an adjective, not an appointment.
        let before = max(range.lowerBound, start - 8)..<start
        var wordEnd = start
        while wordEnd > before.lowerBound, ASCII.isSpace(passage.lower[wordEnd - 1]) { wordEnd -= 1 }
        if adjectiveLeads.contains(where: { lead in passage.lastMatch(lead, in: before)?.upperBound == wordEnd }) { return false }
        return Authorization.statesPurpose(passage, after: found.range.upperBound, limit: range.upperBound)
    }

    /// Words before "authorized" that make it an adjective ("his authorized representative").
    private static let adjectiveLeads: [Phrase] = ["his", "her", "its", "their", "an", "the", "any", "duly", "my", "our", "your"]

    private static let appointingVerbs: [Phrase] = ["appoint", "appoints", "designate", "designates", "constitute", "constitutes"]
    private static let strong: [Phrase] = [
        "know all", "attorney-in-fact", "attorneys-in-fact", "true and lawful", "hereby constitutes", "hereby appoints",
    ]

    /// The kind of a segment with a POA signal, given its appointment clause.
    private static func kind(_ passage: Passage, _ range: Range<Int>, appointment: AppointmentClause.Found?) -> Kind {
        if let revokes = RevocationClause.operativeVerb(passage, in: range) {
            let appointsAfterwards = appointment.map { clause in
                appointingVerbs.contains { verb in
                    passage.contains(verb, in: clause.range.lowerBound..<min(clause.range.upperBound, clause.range.lowerBound + 60))
                }
            } ?? false
            let onlySupersession = Supersession.isGrantsOwnClause(passage, at: revokes.lowerBound, in: range, appointmentRead: appointment != nil)
            // Under a "REVOCATION OF POWER OF ATTORNEY" title, an appointment is an errand ("to
            // file this revocation"): the instrument revokes.
            if !appointsAfterwards && (!onlySupersession || hasRevocationHeading(passage, range)) { return .instrument(.revocation) }
            // A grant that revokes its grantor's earlier powers, whose attorneys could not be
            // read: still a grant (it then lacks its attorneys), never a revocation.
            if onlySupersession && appointment == nil { return .instrument(.grant) }
        }
        if appointment != nil {
            return .instrument(ParentGrant.isDelegation(passage, in: range) ? .delegation : .grant)
        }
        let looksLikePOA = passage.firstMatch(of: strong, in: range) != nil || hasPOAHeading(passage, range)
        // In a report or registration statement, "attorney-in-fact" marks who signed it.
        if looksLikePOA, OtherFiling.kind(passage) != nil, passage.firstMatch(of: OtherFiling.appointing, in: range) == nil,
            !hasPOAHeading(passage, range)
        {
            return .none
        }
        return looksLikePOA ? .unreadablePOA : .none
    }

    private static func hasRevocationHeading(_ passage: Passage, _ range: Range<Int>) -> Bool {
        hasHeading(passage, range, within: 3) { $0.lower.contains("revocation") }
    }

    private static func hasPOAHeading(_ passage: Passage, _ range: Range<Int>) -> Bool {
        hasHeading(passage, range, within: 6) { _ in true }
    }

    /// Whether one of the segment's first `count` lines is a heading that `matches`.
    private static func hasHeading(
        _ passage: Passage, _ range: Range<Int>, within count: Int, _ matches: (SignatureBlock.Line) -> Bool
    ) -> Bool {
        let first = passage.lineIndex(at: range.lowerBound)
        let last = min(passage.lines.count, first + count)
        return (first..<last).contains { index in
            let line = SignatureBlock.makeLine(passage, index)
            return matches(line) && InstrumentSegmenter.isHeading(line)
        }
    }

    /// What a text that is not a power of attorney looks like, for the `not-poa` reason.
    static func notPOAReason(_ passage: Passage) -> String {
        // Each search below goes through the passage's word index: no rescans of the text.
        let range = passage.whole
        if passage.contains("we have reviewed your", in: range) || (passage.contains("staff", in: range) && passage.contains("comments", in: range) && passage.contains("dear", in: range)) {
            return "an SEC staff comment letter, not a power of attorney: nothing in it appoints an attorney-in-fact"
        }
        if passage.contains("proxy statement", in: range) && passage.contains("annual meeting", in: range) {
            return "a proxy statement, not a power of attorney: nothing in it appoints an attorney-in-fact"
        }
        if let what = OtherFiling.description(passage, in: range) { return what }
        if let filing = OtherFiling.kind(passage) {
            return "\(filing), not a power of attorney: it may be signed by an attorney-in-fact, but nothing in it appoints one"
        }
        if passage.contains("power of attorney", in: range) {
            return "mentions a power of attorney but appoints no attorney-in-fact and revokes none"
        }
        return "no power-of-attorney language: nothing in it appoints an attorney-in-fact or revokes an appointment"
    }
}
