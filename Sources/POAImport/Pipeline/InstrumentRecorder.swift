import POACore
import POAReading
import POAStore

/// Records the instruments of one document, with their attorneys, provenance, parents
/// and revocation targets. All of it is kept, or none (see ``Importer``).
struct InstrumentRecorder {
    let tx: LedgerTransaction
    let resolver: PartyResolver
    /// The signatures of the document's ownership filing, when it has one: a grant filed with
    /// its grantor's own filing may spell the grantor's name with slips (``GrantorOwner``).
    let signatures: [ExtractedSignature]

    init(tx: LedgerTransaction, names: PersonNameMemo = PersonNameMemo(), signatures: [ExtractedSignature] = []) {
        self.tx = tx
        self.resolver = PartyResolver(tx: tx, names: names)
        self.signatures = signatures
    }

    /// The person who signed `instrument`: the reporting owner of its submission when the
    /// filing ties them together (``GrantorOwner``), else whom the name finds.
    private func grantorId(of instrument: ExtractedInstrument, writtenAs grantor: String) throws -> Int64 {
        if let owner = GrantorOwner.owner(of: instrument, writtenAs: grantor, signatures: signatures),
            let id = try OwnerResolver(tx: tx).match(owner).personId
        {
            try resolver.learn(grantor, asSpellingOf: id)
            return id
        }
        return try resolver.person(named: grantor, isEntity: instrument.grantorIsEntity)
    }

    /// A required fact was missing: the reader should have said `needs-review`.
    struct MissingFact: Error, CustomStringConvertible {
        let description: String
    }

    /// What recording one instrument changed, for the authority engine.
    struct Change {
        var instrument: Instrument?
        var parent: DelegationParent?
        var revocation: Revocation?
    }

    /// Records `instrument` found at `position` of `documentId`. A refiled copy of an instrument
    /// already recorded (same kind, grantor, issuer, day and attorneys) is linked, not recorded twice.
    func record(_ instrument: ExtractedInstrument, position: Int, documentId: Int64, header: FilingHeader?) throws
        -> Change
    {
        guard let grantor = instrument.grantor, let executedOn = instrument.executedOn else {
            throw MissingFact(description: "instrument at lines \(instrument.span) has no grantor or no execution date")
        }
        let grantorId = try grantorId(of: instrument, writtenAs: grantor.value)
        let issuerId = try resolver.issuer(named: instrument.issuer?.value, header: header?.issuer)
        let attorneyIds = try instrument.attorneys.map { attorney in
            attorney.isOffice ? nil : try resolver.person(named: attorney.name)
        }
        if let original = try refiledOriginal(
            of: instrument, grantorId: grantorId, issuerId: issuerId, executedOn: executedOn.value,
            attorneyIds: attorneyIds)
        {
            try tx.insert(
                InstrumentCopy(
                    instrumentId: original, documentId: documentId, position: position,
                    lineStart: instrument.span.firstLine, lineEnd: instrument.span.lastLine))
            return Change()
        }
        let stored = try tx.insert(
            Instrument(
                documentId: documentId, position: position, kind: instrument.kind, grantorId: grantorId,
                issuerId: issuerId, executedOn: executedOn.value, delegable: instrument.delegable.value,
                supersessionClause: instrument.supersession?.value, endCondition: instrument.endCondition?.value,
                expiresOn: instrument.expiresOn?.value, endsWithAttorneyEmployment: instrument.endsWithAttorneyEmployment,
                lineStart: instrument.span.firstLine, lineEnd: instrument.span.lastLine,
                forms: instrument.forms?.value ?? []))
        guard let id = stored.id else { throw MissingFact(description: "no id for a new instrument") }
        try tx.insert(all: attorneyRows(of: instrument, personIds: attorneyIds, id: id))
        try tx.insert(provenance(of: instrument, id: id))
        let parent = try recordParent(of: instrument, id: id)
        let revocation = try recordRevocation(of: instrument, id: id, grantorId: grantorId, executedOn: executedOn.value)
        try adoptWaitingDelegations(of: instrument, id: id, grantorId: grantorId, executedOn: executedOn.value)
        return Change(instrument: stored, parent: parent, revocation: revocation)
    }

    /// Writes `instrument` over the stored instrument `stored` (a correction by hand, or a new
    /// reading of its document), keeping its id, document and position: its row, attorneys,
    /// provenance, parent and target are written again.
    func rewrite(_ instrument: ExtractedInstrument, over stored: Instrument, header: FilingHeader?) throws -> Change {
        guard let id = stored.id, let grantor = instrument.grantor, let executedOn = instrument.executedOn else {
            throw MissingFact(description: "instrument at lines \(instrument.span) has no grantor or no execution date")
        }
        let grantorId = try grantorId(of: instrument, writtenAs: grantor.value)
        let issuerId = try resolver.issuer(named: instrument.issuer?.value, header: header?.issuer)
        let attorneyIds = try instrument.attorneys.map { attorney in
            attorney.isOffice ? nil : try resolver.person(named: attorney.name)
        }
        try tx.removeParentAndTarget(ofInstrument: id)
        let row = Instrument(
            id: id, documentId: stored.documentId, position: stored.position, kind: instrument.kind, grantorId: grantorId,
            issuerId: issuerId, executedOn: executedOn.value, delegable: instrument.delegable.value,
            supersessionClause: instrument.supersession?.value, endCondition: instrument.endCondition?.value,
            expiresOn: instrument.expiresOn?.value, endsWithAttorneyEmployment: instrument.endsWithAttorneyEmployment,
            lineStart: instrument.span.firstLine, lineEnd: instrument.span.lastLine, forms: instrument.forms?.value ?? [])
        try tx.rewrite(row)
        try tx.replaceAttorneys(ofInstrument: id, with: attorneyRows(of: instrument, personIds: attorneyIds, id: id))
        try tx.replaceProvenance(provenance(of: instrument, id: id))
        let parent = try recordParent(of: instrument, id: id)
        let revocation = try recordRevocation(of: instrument, id: id, grantorId: grantorId, executedOn: executedOn.value)
        try adoptWaitingDelegations(of: instrument, id: id, grantorId: grantorId, executedOn: executedOn.value)
        return Change(instrument: row, parent: parent, revocation: revocation)
    }

    /// The instrument's attorneys as rows, in order: a person, or an office named without one.
    private func attorneyRows(of instrument: ExtractedInstrument, personIds: [Int64?], id: Int64) -> [InstrumentAttorney] {
        zip(instrument.attorneys, personIds).enumerated().map { index, named in
            let (attorney, personId) = named
            return InstrumentAttorney(
                instrumentId: id, position: index, personId: personId, office: attorney.isOffice ? attorney.name : nil,
                nameAsWritten: attorney.name, lineStart: attorney.span.firstLine, lineEnd: attorney.span.lastLine)
        }
    }

    /// Delegations recorded before their parent grant find it once it is recorded.
    private func adoptWaitingDelegations(of instrument: ExtractedInstrument, id: Int64, grantorId: Int64, executedOn: Day) throws {
        guard instrument.kind == .grant else { return }
        for var waiting in try tx.reader.unresolvedDelegations(statedGrantorId: grantorId, statedExecutedOn: executedOn) {
            waiting.parentId = id
            try tx.update(waiting)
        }
    }

    private func refiledOriginal(
        of instrument: ExtractedInstrument, grantorId: Int64, issuerId: Int64?, executedOn: Day, attorneyIds: [Int64?]
    ) throws -> Int64? {
        let names = instrument.attorneys.map(\.name)
        for id in try tx.reader.instrumentIds(
            grantorId: grantorId, issuerId: issuerId, executedOn: executedOn, kind: instrument.kind)
        {
            let attorneys = try tx.reader.attorneys(ofInstrument: id)
            let sameAttorneys = attorneys.count == names.count
                && zip(attorneys, zip(attorneyIds, names)).allSatisfy { stored, new in
                    new.0 != nil ? stored.personId == new.0 : stored.office == new.1
                }
            if sameAttorneys, try sameParentAndTarget(of: instrument, asStored: id) { return id }
        }
        return nil
    }

    /// Whether a delegation acts under the same stated grant, and a revocation revokes the
    /// same thing, as the stored instrument `id`: substitutions signed the same day by one
    /// attorney for several insiders are as many instruments.
    private func sameParentAndTarget(of instrument: ExtractedInstrument, asStored id: Int64) throws -> Bool {
        switch instrument.kind {
        case .grant:
            return true
        case .delegation:
            guard let parent = instrument.parent, let stored = try tx.reader.delegationParent(ofInstrument: id) else {
                return instrument.parent == nil
            }
            let statedGrantorId = try resolver.person(named: parent.grantor)
            return stored.statedExecutedOn == parent.executedOn && stored.statedGrantorId == statedGrantorId
        case .revocation:
            guard let target = instrument.revokes, let stored = try tx.reader.revocation(ofInstrument: id) else {
                return instrument.revokes == nil
            }
            return stored.targetExecutedOn == target.executedOn && (stored.targetAttorneyId == nil) == (target.attorney == nil)
                && stored.effectiveOn == (instrument.effectiveOn?.value ?? instrument.executedOn?.value)
        }
    }

    private func provenance(of instrument: ExtractedInstrument, id: Int64) -> InstrumentProvenance {
        var spans: [(InstrumentSource.Fact, SourceSpan)] = []
        if let grantor = instrument.grantor { spans.append((.grantor, grantor.span)) }
        if let issuer = instrument.issuer { spans.append((.issuer, issuer.span)) }
        if let executedOn = instrument.executedOn { spans.append((.executedOn, executedOn.span)) }
        if let first = instrument.attorneys.first {
            spans.append((.attorneys, instrument.attorneys.dropFirst().reduce(first.span) { $0.union($1.span) }))
        }
        if let forms = instrument.forms { spans.append((.forms, forms.span)) }
        spans.append((.delegable, instrument.delegable.span))
        if let supersession = instrument.supersession { spans.append((.supersession, supersession.span)) }
        if let end = instrument.endCondition { spans.append((.endCondition, end.span)) }
        if let expiry = instrument.expiresOn { spans.append((.expiresOn, expiry.span)) }
        if let parent = instrument.parent { spans.append((.parent, parent.span)) }
        if let revokes = instrument.revokes { spans.append((.revokes, revokes.span)) }
        if let effective = instrument.effectiveOn { spans.append((.effectiveOn, effective.span)) }
        return InstrumentProvenance(instrumentId: id, sources: spans.map { ($0, $1.firstLine, $1.lastLine) })
    }

    private func recordParent(of instrument: ExtractedInstrument, id: Int64) throws -> DelegationParent? {
        guard instrument.kind == .delegation else { return nil }
        guard let parent = instrument.parent else {
            throw MissingFact(description: "delegation at lines \(instrument.span) does not say which grant it acts under")
        }
        let parentGrantorId = try resolver.person(named: parent.grantor)
        var parentId: Int64?
        if let day = parent.executedOn {
            // Of the grants the grantor signed that day, the one naming the delegator is meant.
            let candidates = try tx.reader.instruments(grantorId: parentGrantorId, executedOn: day, kind: .grant)
            let delegator = try instrument.grantor.map { try resolver.person(named: $0.value) }
            parentId = try candidates.first { candidate in
                guard let id = candidate.id else { return false }
                return try tx.reader.attorneys(ofInstrument: id).contains { $0.personId != nil && $0.personId == delegator }
            }?.id ?? candidates.first?.id
        }
        return try tx.insert(
            DelegationParent(
                delegationId: id, statedGrantorId: parentGrantorId, statedExecutedOn: parent.executedOn,
                parentId: parentId))
    }

    private func recordRevocation(of instrument: ExtractedInstrument, id: Int64, grantorId: Int64, executedOn: Day)
        throws -> Revocation?
    {
        guard instrument.kind == .revocation else { return nil }
        guard let target = instrument.revokes else {
            throw MissingFact(description: "revocation at lines \(instrument.span) does not say what it revokes")
        }
        let targetGrantor = PersonName(target.grantor).isCompatible(with: PersonName(instrument.grantor?.value ?? ""))
            ? grantorId : try resolver.person(named: target.grantor)
        let attorneyId = try target.attorney.map { try resolver.person(named: $0) }
        return try tx.insert(
            Revocation(
                revocationId: id, targetGrantorId: targetGrantor, targetExecutedOn: target.executedOn,
                targetAttorneyId: attorneyId, effectiveOn: instrument.effectiveOn?.value ?? executedOn))
    }
}
