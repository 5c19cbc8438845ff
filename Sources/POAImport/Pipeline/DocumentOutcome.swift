import POACore
import POAReading

/// What importing one document did, in the shape scripts rely on (`poa import --format json`).
public struct DocumentOutcome: Encodable, Sendable {
    public var path: String
    /// Nil only when the file could not be read at all.
    public var sha256: String?
    public var status: DocumentStatus
    public var reason: String?
    public var instruments: [InstrumentSummary]
    /// The signatures of an ownership filing (Form 3, 4, 5, 144) recorded with the document.
    public var signatures: [SignatureSummary]

    public init(
        path: String, sha256: String?, status: DocumentStatus, reason: String?, instruments: [InstrumentSummary],
        signatures: [SignatureSummary] = []
    ) {
        self.path = path
        self.sha256 = sha256
        self.status = status
        self.reason = reason
        self.instruments = instruments
        self.signatures = signatures
    }

    /// A document whose bytes (its SHA-256) the ledger already holds: nothing of it is written.
    static func duplicate(path: String, sha256: String) -> DocumentOutcome {
        DocumentOutcome(
            path: path, sha256: sha256, status: .duplicate, reason: "already in the ledger (same SHA-256): nothing changed",
            instruments: [])
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(path, forKey: .path)
        try container.encode(sha256, forKey: .sha256)
        try container.encode(status, forKey: .status)
        try container.encode(reason, forKey: .reason)
        try container.encode(instruments, forKey: .instruments)
        try container.encode(signatures, forKey: .signatures)
    }

    enum CodingKeys: String, CodingKey {
        case path, sha256, status, reason, instruments, signatures
    }
}

/// One instrument of an import outcome, as read (names as written in the document).
public struct InstrumentSummary: Encodable, Sendable, Equatable {
    public struct Parent: Encodable, Sendable, Equatable {
        public var grantor: String
        public var executedOn: Day?
    }

    public struct Revokes: Encodable, Sendable, Equatable {
        public var grantor: String
        public var executedOn: Day?
        public var attorney: String?
    }

    public var kind: InstrumentKind
    public var grantor: String?
    public var issuer: String?
    public var executedOn: Day?
    /// The people appointed, by name; attorneys named only by office ("the Director of
    /// Financial Reporting") are no one's name and are left out (the ledger keeps them).
    public var attorneys: [String]
    public var forms: [Form]
    public var delegable: Bool
    public var supersedesPrior: Bool
    public var endCondition: String?
    public var expiresOn: Day?
    public var parent: Parent?
    public var revokes: Revokes?
    public var effectiveOn: Day?

    /// The summary of an extracted instrument; `issuer` is the issuer it was filed under
    /// (from the text, else from the submission header, else unknown).
    public init(_ instrument: ExtractedInstrument, issuer: String?) {
        kind = instrument.kind
        grantor = instrument.grantor?.value
        self.issuer = issuer
        executedOn = instrument.executedOn?.value
        attorneys = instrument.attorneys.filter { !$0.isOffice }.map(\.name)
        forms = instrument.forms?.value ?? []
        delegable = instrument.delegable.value
        supersedesPrior = instrument.supersedesPrior
        endCondition = instrument.endCondition?.value
        expiresOn = instrument.expiresOn?.value
        parent = instrument.parent.map { Parent(grantor: $0.grantor, executedOn: $0.executedOn) }
        revokes = instrument.revokes.map { Revokes(grantor: $0.grantor, executedOn: $0.executedOn, attorney: $0.attorney) }
        effectiveOn = instrument.effectiveOn?.value
    }

    public func encode(to encoder: any Encoder) throws {
        // Every key is always present (null when unknown): scripts rely on the shape.
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encode(grantor, forKey: .grantor)
        try container.encode(issuer, forKey: .issuer)
        try container.encode(executedOn, forKey: .executedOn)
        try container.encode(attorneys, forKey: .attorneys)
        try container.encode(forms, forKey: .forms)
        try container.encode(delegable, forKey: .delegable)
        try container.encode(supersedesPrior, forKey: .supersedesPrior)
        try container.encode(endCondition, forKey: .endCondition)
        try container.encode(expiresOn, forKey: .expiresOn)
        try container.encode(parent, forKey: .parent)
        try container.encode(revokes, forKey: .revokes)
        try container.encode(effectiveOn, forKey: .effectiveOn)
    }

    enum CodingKeys: String, CodingKey {
        case kind, grantor, issuer, attorneys, forms, delegable, parent, revokes
        case executedOn = "executed_on", supersedesPrior = "supersedes_prior", endCondition = "end_condition"
        case expiresOn = "expires_on", effectiveOn = "effective_on"
    }
}

extension InstrumentSummary.Parent {
    enum CodingKeys: String, CodingKey {
        case grantor, executedOn = "executed_on"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(grantor, forKey: .grantor)
        try container.encode(executedOn, forKey: .executedOn)
    }
}

extension InstrumentSummary.Revokes {
    enum CodingKeys: String, CodingKey {
        case grantor, attorney, executedOn = "executed_on"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(grantor, forKey: .grantor)
        try container.encode(executedOn, forKey: .executedOn)
        try container.encode(attorney, forKey: .attorney)
    }
}

/// Counts of documents by status: the `summary` of an import.
public struct ImportSummary: Encodable, Sendable, Equatable {
    public var counts: [DocumentStatus: Int] = [:]

    public init() {}

    public mutating func add(_ status: DocumentStatus) { counts[status, default: 0] += 1 }

    public subscript(status: DocumentStatus) -> Int { counts[status] ?? 0 }

    public var total: Int { counts.values.reduce(0, +) }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: DynamicKey.self)
        for status in DocumentStatus.allCases {
            try container.encode(self[status], forKey: DynamicKey(stringValue: status.rawValue))
        }
    }

    struct DynamicKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
