import POACore

/// An instrument as a grantor's history reads it: what the rules of authority need, without
/// the quoted end condition or the lines it was read from.
///
/// A full rebuild reads a million of these; decoding whole ``Instrument``s copied each end
/// condition (240 bytes on average) only to drop it.
public struct InstrumentTerms: Hashable, Sendable {
    public var id: Int64
    public var documentId: Int64
    /// Order inside the document, from 0: breaks same-day ties between instruments.
    public var position: Int
    public var kind: InstrumentKind
    /// The undersigned; for a delegation the delegator; for a revocation who revokes.
    public var grantorId: Int64
    public var issuerId: Int64?
    public var executedOn: Day
    public var delegable: Bool
    /// The supersession clause, quoted, when the instrument supersedes prior ones.
    public var supersessionClause: String?
    /// The last day in force, when the instrument states an expiry.
    public var expiresOn: Day?
    /// Whether each attorney's authority ends when that attorney leaves the issuer's employ.
    public var endsWithAttorneyEmployment: Bool
    /// The forms it covers, in `Form` order.
    public var forms: [Form]

    public init(
        id: Int64, documentId: Int64, position: Int, kind: InstrumentKind, grantorId: Int64, issuerId: Int64?,
        executedOn: Day, delegable: Bool = false, supersessionClause: String? = nil, expiresOn: Day? = nil,
        endsWithAttorneyEmployment: Bool = false, forms: [Form] = []
    ) {
        self.id = id
        self.documentId = documentId
        self.position = position
        self.kind = kind
        self.grantorId = grantorId
        self.issuerId = issuerId
        self.executedOn = executedOn
        self.delegable = delegable
        self.supersessionClause = supersessionClause
        self.expiresOn = expiresOn
        self.endsWithAttorneyEmployment = endsWithAttorneyEmployment
        self.forms = forms
    }
}
