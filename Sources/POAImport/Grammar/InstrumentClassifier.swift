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

    static func classify(_ passage: Passage, _ range: Range<Int>) -> Kind {
        let hasSignal = passage.firstMatch(of: poaSignals, in: range) != nil
        guard hasSignal else { return .none }
        let appointment = AppointmentClause.read(passage, in: range)
        let revocationHit = passage.firstMatch(of: RevocationClause.verbs, in: range)
        if RevocationClause.isRevocation(passage, in: range), let revokes = revocationHit {
            let appointsAfterwards = appointment.map { clause in
                ["appoint", "appoints", "designate", "designates", "constitute", "constitutes"].contains { verb in
                    passage.contains(Phrase(stringLiteral: verb), in: clause.range.lowerBound..<min(clause.range.upperBound, clause.range.lowerBound + 60))
                }
            } ?? false
            let onlySupersession = appointment != nil && passage.firstMatch(of: PowerClauses.supersessionPhrases, in: revokes.lowerBound..<min(range.upperBound, revokes.upperBound + 40)) != nil
            if !appointsAfterwards && !onlySupersession { return .instrument(.revocation) }
        }
        if appointment != nil {
            return .instrument(ParentGrant.isDelegation(passage, in: range) ? .delegation : .grant)
        }
        let strong: [Phrase] = ["know all", "attorney-in-fact", "attorneys-in-fact", "true and lawful", "hereby constitutes", "hereby appoints"]
        if passage.firstMatch(of: strong, in: range) != nil || hasPOAHeading(passage, range) { return .unreadablePOA }
        return .none
    }

    private static func hasPOAHeading(_ passage: Passage, _ range: Range<Int>) -> Bool {
        let first = passage.lineIndex(at: range.lowerBound)
        let last = min(passage.lines.count, first + 6)
        return (first..<last).contains { InstrumentSegmenter.isHeading(SignatureBlock.makeLine(passage, $0)) }
    }

    /// What a text that is not a power of attorney looks like, for the `not-poa` reason.
    static func notPOAReason(_ passage: Passage) -> String {
        let range = passage.whole
        if passage.contains("we have reviewed your", in: range) || (passage.contains("staff", in: range) && passage.contains("comments", in: range) && passage.contains("dear", in: range)) {
            return "an SEC staff comment letter, not a power of attorney: nothing in it appoints an attorney-in-fact"
        }
        if passage.contains("proxy statement", in: range) && passage.contains("annual meeting", in: range) {
            return "a proxy statement, not a power of attorney: nothing in it appoints an attorney-in-fact"
        }
        if passage.contains("power of attorney", in: range) {
            return "mentions a power of attorney but appoints no attorney-in-fact and revokes none"
        }
        return "no power-of-attorney language: nothing in it appoints an attorney-in-fact or revokes an appointment"
    }
}
