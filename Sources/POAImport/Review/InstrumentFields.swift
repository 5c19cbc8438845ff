import POACore
import POAReading
import POAStore

/// The fields of an instrument as a person reads and writes them: named as in the import's
/// JSON, each with one canonical text (`attorneys` is "A; B", `forms` "ID,3,4", a day ISO, a
/// flag "true" or "false", a fact not stated ""). Corrections store these texts; a re-reading
/// compares them.
public enum InstrumentField: String, CaseIterable, Sendable {
    case kind, grantor, issuer
    case executedOn = "executed_on"
    case attorneys, forms, delegable
    case supersedesPrior = "supersedes_prior"
    case endCondition = "end_condition"
    case expiresOn = "expires_on"
    case parentGrantor = "parent_grantor"
    case parentExecutedOn = "parent_executed_on"
    case revokes
    case revokedAttorney = "revoked_attorney"
    case effectiveOn = "effective_on"

    /// The fields an instrument of `kind` has.
    public static func fields(of kind: InstrumentKind) -> [InstrumentField] {
        let common: [InstrumentField] = [
            .kind, .grantor, .issuer, .executedOn, .attorneys, .forms, .delegable, .supersedesPrior, .endCondition,
            .expiresOn,
        ]
        switch kind {
        case .grant: return common
        case .delegation: return common + [.parentGrantor, .parentExecutedOn]
        case .revocation: return common + [.revokes, .revokedAttorney, .effectiveOn]
        }
    }

    /// Every field name, for messages.
    public static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }
}

extension ExtractedInstrument {
    /// The canonical text of `field` (see ``InstrumentField``); "" when the instrument does not state it.
    public func text(of field: InstrumentField) -> String {
        switch field {
        case .kind: return kind.rawValue
        case .grantor: return grantor?.value ?? ""
        case .issuer: return issuer?.value ?? ""
        case .executedOn: return executedOn?.value.description ?? ""
        case .attorneys: return attorneys.map(\.name).joined(separator: "; ")
        case .forms: return (forms?.value ?? []).map(\.rawValue).joined(separator: ",")
        case .delegable: return delegable.value ? "true" : "false"
        case .supersedesPrior: return supersedesPrior ? "true" : "false"
        case .endCondition: return endCondition?.value ?? ""
        case .expiresOn: return expiresOn?.value.description ?? ""
        case .parentGrantor: return parent?.grantor ?? ""
        case .parentExecutedOn: return parent?.executedOn?.description ?? ""
        case .revokes: return revokes.map { $0.executedOn?.description ?? "all" } ?? ""
        case .revokedAttorney: return revokes?.attorney ?? ""
        case .effectiveOn: return effectiveOn?.value.description ?? ""
        }
    }

    /// The fields of its kind with their texts, in order.
    public var fieldTexts: [(field: InstrumentField, text: String)] {
        InstrumentField.fields(of: kind).map { ($0, text(of: $0)) }
    }

    /// Sets `field` from its canonical text, as a person writes it. The lines of a fact set by
    /// hand are the instrument's own unless the fact had lines already.
    ///
    /// - Throws: ``HandChangeError`` when the text is not a value of the field.
    public mutating func set(_ field: InstrumentField, to text: String) throws(HandChangeError) {
        let value = text.trimmingWhitespace
        let whole = span
        func day() throws(HandChangeError) -> Day? {
            guard !value.isEmpty else { return nil }
            do {
                return try Day(iso: value)
            } catch {
                throw .badValue(field: field.rawValue, value: text, expected: "a date YYYY-MM-DD")
            }
        }
        func flag() throws(HandChangeError) -> Bool {
            switch value.lowercased() {
            case "true", "yes", "1": return true
            case "false", "no", "0": return false
            default: throw .badValue(field: field.rawValue, value: text, expected: "true or false")
            }
        }
        switch field {
        case .kind:
            guard let kind = InstrumentKind(rawValue: value.lowercased()) else {
                throw .badValue(field: field.rawValue, value: text, expected: "grant, delegation or revocation")
            }
            self.kind = kind
        case .grantor:
            guard !value.isEmpty else { throw .badValue(field: field.rawValue, value: text, expected: "a name") }
            grantor = Located(value, at: grantor?.span ?? whole)
        case .issuer:
            issuer = value.isEmpty ? nil : Located(value, at: issuer?.span ?? whole)
        case .executedOn:
            guard let day = try day() else { throw .badValue(field: field.rawValue, value: text, expected: "a date YYYY-MM-DD") }
            executedOn = Located(day, at: executedOn?.span ?? whole)
        case .attorneys:
            let names = value.split(separator: ";").map { $0.trimmingWhitespace }.filter { !$0.isEmpty }
            let spans = attorneys.map(\.span)
            attorneys = names.enumerated().map { index, name in
                ExtractedAttorney(name: name, span: index < spans.count ? spans[index] : whole)
            }
        case .forms:
            var parsed: [Form] = []
            for name in value.split(separator: ",").map({ String($0) }) where !name.trimmingWhitespace.isEmpty {
                do {
                    parsed.append(try Form(parsing: name))
                } catch {
                    throw .badValue(field: field.rawValue, value: text, expected: "forms separated by commas (ID,3,4,5,144)")
                }
            }
            forms = parsed.isEmpty ? nil : Located(Form.canonical(parsed), at: forms?.span ?? whole)
        case .delegable:
            delegable = Located(try flag(), at: delegable.span)
        case .supersedesPrior:
            let supersedes = try flag()
            if supersedes != supersedesPrior {
                supersession = supersedes ? Located("supersedes prior powers of attorney (set by hand)", at: whole) : nil
            }
        case .endCondition:
            endCondition = value.isEmpty ? nil : Located(value, at: endCondition?.span ?? whole)
        case .expiresOn:
            expiresOn = try day().map { Located($0, at: expiresOn?.span ?? whole) }
        case .parentGrantor:
            guard !value.isEmpty else { throw .badValue(field: field.rawValue, value: text, expected: "a name") }
            parent = ParentReference(grantor: value, executedOn: parent?.executedOn, span: parent?.span ?? whole)
        case .parentExecutedOn:
            let day = try day()
            parent = ParentReference(grantor: parent?.grantor ?? "", executedOn: day, span: parent?.span ?? whole)
        case .revokes:
            let executed: Day?
            if value.lowercased() == "all" {
                executed = nil
            } else {
                guard let day = try day() else { throw .badValue(field: field.rawValue, value: text, expected: "all, or the date of the grant revoked") }
                executed = day
            }
            revokes = RevocationTarget(
                grantor: revokes?.grantor ?? grantor?.value ?? "", executedOn: executed, attorney: revokes?.attorney,
                span: revokes?.span ?? whole)
        case .revokedAttorney:
            revokes = RevocationTarget(
                grantor: revokes?.grantor ?? grantor?.value ?? "", executedOn: revokes?.executedOn,
                attorney: value.isEmpty ? nil : value, span: revokes?.span ?? whole)
        case .effectiveOn:
            effectiveOn = try day().map { Located($0, at: effectiveOn?.span ?? whole) }
        }
    }

    /// What is missing for the instrument to be recorded, if anything: a grant or a delegation
    /// needs a grantor, a date and an attorney; a delegation its parent's grantor; a revocation
    /// what it revokes.
    public var missingFacts: [String] {
        var missing: [String] = []
        if (grantor?.value ?? "").isEmpty { missing.append("the grantor") }
        if executedOn == nil { missing.append("the execution date") }
        if kind != .revocation && attorneys.isEmpty { missing.append("an attorney") }
        if kind == .delegation && (parent?.grantor ?? "").isEmpty { missing.append("the parent grant's grantor") }
        if kind == .revocation && revokes == nil { missing.append("what it revokes (a grant's date, or all)") }
        if let expires = expiresOn?.value, let executed = executedOn?.value, expires < executed {
            missing.append("an expiry on or after the execution date")
        }
        return missing
    }
}

extension ExtractedInstrument {
    /// The instrument as the ledger holds it, as a reading: names as the ledger knows them,
    /// each fact with the lines it was read from (the instrument's lines where none are kept).
    init(stored: Instrument, reader: LedgerReader) throws {
        guard let id = stored.id else { throw HandChangeError.unknownInstrument(0) }
        let whole = SourceSpan(firstLine: stored.lineStart, lastLine: stored.lineEnd)
        let lines = try reader.provenance(ofInstrument: id)
        func span(_ fact: String) -> SourceSpan {
            lines[fact].map { SourceSpan(firstLine: $0.0, lastLine: $0.1) } ?? whole
        }
        let grantor = try reader.person(id: stored.grantorId)
        let issuer = try stored.issuerId.flatMap { try reader.issuer(id: $0) }
        let attorneys = try reader.attorneys(ofInstrument: id).map { attorney in
            ExtractedAttorney(
                name: attorney.nameAsWritten, isOffice: attorney.office != nil,
                span: SourceSpan(firstLine: attorney.lineStart, lastLine: attorney.lineEnd))
        }
        var parent: ParentReference?
        if let stated = try reader.delegationParent(ofInstrument: id) {
            parent = ParentReference(
                grantor: try reader.person(id: stated.statedGrantorId)?.name ?? "", executedOn: stated.statedExecutedOn,
                span: span("parent"))
        }
        var revokes: RevocationTarget?
        var effectiveOn: Located<Day>?
        if let target = try reader.revocation(ofInstrument: id) {
            revokes = RevocationTarget(
                grantor: try reader.person(id: target.targetGrantorId)?.name ?? "", executedOn: target.targetExecutedOn,
                attorney: try target.targetAttorneyId.flatMap { try reader.person(id: $0)?.name }, span: span("revokes"))
            effectiveOn = Located(target.effectiveOn, at: span("effective_on"))
        }
        self.init(
            kind: stored.kind, grantor: Located(grantor?.name ?? "", at: span("grantor")),
            grantorIsEntity: grantor?.kind == .entity, issuer: issuer.map { Located($0.name, at: span("issuer")) },
            executedOn: Located(stored.executedOn, at: span("executed_on")), attorneys: attorneys,
            forms: stored.forms.isEmpty ? nil : Located(stored.forms, at: span("forms")),
            delegable: Located(stored.delegable, at: span("delegable")),
            supersession: stored.supersessionClause.map { Located($0, at: span("supersession")) },
            endCondition: stored.endCondition.map { Located($0, at: span("end_condition")) },
            expiresOn: stored.expiresOn.map { Located($0, at: span("expires_on")) },
            endsWithAttorneyEmployment: stored.endsWithAttorneyEmployment, parent: parent, revokes: revokes,
            effectiveOn: effectiveOn, span: whole)
    }
}
