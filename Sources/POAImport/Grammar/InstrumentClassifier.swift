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
    }

    static func classify(_ passage: Passage, _ range: Range<Int>) -> Kind {
        classification(passage, range).kind
    }

    static func classification(_ passage: Passage, _ range: Range<Int>) -> Classification {
        let hasSignal = passage.firstMatch(of: poaSignals, in: range) != nil
        guard hasSignal else { return Classification(kind: .none) }
        let appointment = AppointmentClause.read(passage, in: range)
        return Classification(kind: kind(passage, range, appointment: appointment), appointment: appointment)
    }

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
            if !appointsAfterwards && !onlySupersession { return .instrument(.revocation) }
            // A grant that revokes its grantor's earlier powers, whose attorneys could not be
            // read: still a grant (it then lacks its attorneys), never a revocation.
            if onlySupersession && appointment == nil { return .instrument(.grant) }
        }
        if appointment != nil {
            return .instrument(ParentGrant.isDelegation(passage, in: range) ? .delegation : .grant)
        }
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
        // Each search below goes through the passage's word index: no rescans of the text.
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
