import POACore

/// Reads one instrument's facts from its segment of a passage, each with its source lines,
/// and says which required facts are missing.
enum InstrumentReader {
    /// An instrument as read, with what a reviewer would need to complete it.
    struct Reading {
        var instrument: ExtractedInstrument
        /// Required facts that could not be read; empty when the instrument is complete.
        var missing: [String]
        /// The grantors who signed after the first, when a grant has several (``CoGrantors``).
        var coGrantors: [CoGrantors.Signed] = []
        /// Whether the text speaks of an issuer ("the Company", "the Issuer"), named or not: a
        /// grant that does, supersedes, and has no issuer read ends grants of an unknown issuer.
        var speaksOfAnIssuer = false
    }

    /// Words by which a POA speaks of the issuer it is for, whether or not it names it ("the
    /// Corporation" is left out: entity grantors call themselves that).
    static let issuerTerms: [Phrase] = ["the company", "the issuer", "such company", "such issuer"]

    static func read(_ passage: Passage, lines: Range<Int>, kind: InstrumentKind) -> Reading {
        let range = passage.lines[lines.lowerBound].lowerBound..<passage.lines[lines.upperBound - 1].upperBound
        return read(passage, lines: lines, kind: kind, appointment: AppointmentClause.read(passage, in: range))
    }

    /// Reads the instrument with the appointment clause the classifier already read from the
    /// same lines (``InstrumentClassifier/classification(_:_:)``).
    ///
    /// `stated` is the grant as its family states it (``StatedGrant``): its grantor, issuer,
    /// forms and supersession complete what the general readers do not find; its execution
    /// date comes first.
    static func read(_ passage: Passage, lines: Range<Int>, kind: InstrumentKind, appointment: AppointmentClause.Found?,
        stated: StatedGrant? = nil) -> Reading
    {
        let range = passage.lines[lines.lowerBound].lowerBound..<passage.lines[lines.upperBound - 1].upperBound
        let dates = DateScanner.dates(in: passage, range)
        var claimed: [Range<Int>] = []
        var instrument = ExtractedInstrument(kind: kind, delegable: Located(false, at: passage.span(range)), span: passage.span(range))

        var operative = range.lowerBound
        if kind != .revocation, let appointment {
            instrument.attorneys = appointment.attorneys
            operative = appointment.range.lowerBound
        }
        if kind == .delegation, let (parent, clause) = ParentGrant.read(passage, in: range, dates: dates) {
            instrument.parent = parent
            claimed.append(clause)
        }
        var revocation: RevocationClause.Found?
        if kind == .revocation, let found = RevocationClause.read(passage, in: range, dates: dates) {
            revocation = found
            claimed += found.claimed
            operative = RevocationClause.operativeVerb(passage, in: range)?.lowerBound ?? operative
        }
        let operativeLine = passage.lineIndex(at: operative)
        let notaryStart = SignatureBlock.notaryStart(passage, lines: lines, after: operativeLine)
        let signer = SignatureBlock.signer(passage, lines: lines, operativeLine: operativeLine, notaryStart: notaryStart)
        if let signer {
            instrument.grantor = Located(signer.name, at: signer.span)
            instrument.grantorIsEntity = signer.isEntity
        }
        if let notary = notaryStart {
            claimed.append(passage.lines[notary].lowerBound..<range.upperBound)
        }
        let end = EndCondition.read(passage, in: range, dates: dates)
        if let end {
            instrument.endCondition = end.condition
            instrument.expiresOn = end.expiresOn
            claimed.append(end.range)
        }
        if let found = ExecutionDate.read(passage, in: range, dates: dates, excluded: claimed, signatureLine: signer?.lineIndex) {
            instrument.executedOn = Located(found.day, at: passage.span(found.range))
        }
        if let executed = stated?.executedOn { instrument.executedOn = executed }
        if instrument.expiresOn == nil, let period = end?.period, let executed = instrument.executedOn {
            let last = executed.value.adding(months: period.months).adding(days: period.days - 1)
            instrument.expiresOn = Located(last, at: end?.condition.span ?? executed.span)
        }
        instrument.issuer = IssuerClause.read(passage, in: range)
        instrument.forms = FormScope.read(passage, in: range)
        // A delegation's own text talks about its parent's power of substitution before its
        // appointment clause: only what follows the appointment is about the delegation.
        let powerRange = kind == .delegation ? operative..<range.upperBound : range
        if let delegable = PowerClauses.delegable(passage, in: powerRange) { instrument.delegable = delegable }
        if kind != .revocation { instrument.supersession = Supersession.read(passage, in: range) }
        instrument.endsWithAttorneyEmployment = EndCondition.endsWithAttorneyEmployment(passage, in: range)
        if let revocation {
            let who = instrument.grantor?.value ?? ""
            instrument.revokes = RevocationTarget(grantor: who, executedOn: revocation.executedOn, attorney: revocation.attorney, span: revocation.span)
            if let effective = revocation.effective {
                instrument.effectiveOn = Located(effective.day, at: passage.span(effective.range))
            } else {
                instrument.effectiveOn = instrument.executedOn
            }
            if revocation.executedOn == nil && revocation.attorney == nil && !revocation.all { instrument.revokes = nil }
        }
        if let stated { complete(&instrument, with: stated) }
        var reading = Reading(instrument: instrument, missing: missing(instrument))
        if kind == .grant, let signer {
            reading.coGrantors = CoGrantors.following(
                signer, passage, lines: lines, notaryStart: notaryStart, attorneys: instrument.attorneys, dates: dates)
        }
        return reading
    }

    /// The instruments of one segment: the instrument of `kind`, and for a delegation that
    /// also revokes one attorney's appointment under its parent grant ("the undersigned hereby
    /// revokes Jane Roe's appointment as attorney-in-fact"), that revocation.
    static func readings(
        _ passage: Passage, lines: Range<Int>, kind: InstrumentKind, appointment: AppointmentClause.Found?, stated: StatedGrant? = nil
    ) -> [Reading] {
        let main = read(passage, lines: lines, kind: kind, appointment: appointment, stated: stated)
        if kind == .grant { return [main] + coGrants(of: main, passage) }
        guard kind == .delegation, let revocation = attorneyRevocation(passage, lines: lines, by: main.instrument) else { return [main] }
        return [main, revocation]
    }

    /// The same grant by each further grantor who signed it (``CoGrantors``), dated by the day
    /// in their own rows of the signature area when there is one.
    private static func coGrants(of main: Reading, _ passage: Passage) -> [Reading] {
        main.coGrantors.map { other in
            var instrument = main.instrument
            instrument.grantor = Located(other.signer.name, at: other.signer.span)
            instrument.grantorIsEntity = other.signer.isEntity
            if let day = other.day { instrument.executedOn = Located(day.day, at: passage.span(day.range)) }
            return Reading(instrument: instrument, missing: missing(instrument))
        }
    }

    /// The revocation of one attorney's appointment inside a delegation, signed and dated with
    /// it, of an attorney under the same parent grant. Nil unless both the attorney and the
    /// parent were read: the revoked grant is never guessed.
    private static func attorneyRevocation(_ passage: Passage, lines: Range<Int>, by delegation: ExtractedInstrument) -> Reading? {
        guard let parent = delegation.parent else { return nil }
        let range = passage.lines[lines.lowerBound].lowerBound..<passage.lines[lines.upperBound - 1].upperBound
        guard let verb = RevocationClause.operativeVerb(passage, in: range),
            !Supersession.isExpress(passage, at: verb.lowerBound, in: range),
            let found = RevocationClause.read(passage, in: verb.lowerBound..<range.upperBound, dates: DateScanner.dates(in: passage, range)),
            let attorney = found.attorney
        else { return nil }
        var revocation = ExtractedInstrument(
            kind: .revocation, grantor: delegation.grantor, grantorIsEntity: delegation.grantorIsEntity, issuer: delegation.issuer,
            executedOn: delegation.executedOn, delegable: Located(false, at: found.span), span: delegation.span)
        revocation.revokes = RevocationTarget(grantor: parent.grantor, executedOn: parent.executedOn, attorney: attorney, span: found.span)
        if let effective = found.effective {
            revocation.effectiveOn = Located(effective.day, at: passage.span(effective.range))
        } else {
            revocation.effectiveOn = delegation.executedOn
        }
        return Reading(instrument: revocation, missing: missing(revocation))
    }

    /// Fills in what a family's grammar states and the general readers did not find.
    private static func complete(_ instrument: inout ExtractedInstrument, with stated: StatedGrant) {
        if instrument.grantor == nil, let grantor = stated.grantor { instrument.grantor = grantor }
        if instrument.issuer == nil { instrument.issuer = stated.issuer }
        if instrument.forms == nil { instrument.forms = stated.forms }
        if instrument.supersession == nil { instrument.supersession = stated.supersession }
    }

    /// The required facts an instrument lacks, as a reviewer would read them.
    static func missing(_ instrument: ExtractedInstrument) -> [String] {
        var missing: [String] = []
        if instrument.grantor == nil { missing.append("no grantor signature found") }
        if instrument.executedOn == nil { missing.append("no execution date found") }
        switch instrument.kind {
        case .grant, .delegation:
            if instrument.attorneys.isEmpty { missing.append("no attorney-in-fact named") }
            if instrument.forms == nil { missing.append("no forms named") }
            if instrument.kind == .delegation, instrument.parent == nil { missing.append("no parent grant (grantor) found") }
        case .revocation:
            if instrument.revokes?.grantor.isEmpty ?? true { missing.append("what it revokes could not be read") }
        }
        return missing
    }
}
