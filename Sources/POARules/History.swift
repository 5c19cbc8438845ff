import POACore

/// Everything the rules need to know about one grantor's powers of attorney: their grants,
/// the delegations under those grants, the revocations aimed at them, and the recorded facts
/// (obligations ended, revocations known from elsewhere, attorneys who left).
///
/// A history is plain data: the rules evaluate it without touching a database, so they can be
/// tested exhaustively and recomputed for one grantor at a time.
public struct GrantorHistory: Sendable {
    public var grantorId: Int64
    /// Instruments in any order; the rules sort them by ``HistoryInstrument/order``.
    public var instruments: [HistoryInstrument]
    public var facts: [HistoryFact]

    public init(grantorId: Int64, instruments: [HistoryInstrument], facts: [HistoryFact]) {
        self.grantorId = grantorId
        self.instruments = instruments
        self.facts = facts
    }
}

/// The order of instruments: by execution day, then filing order, then order in the document (rule 6).
public struct InstrumentOrder: Comparable, Hashable, Sendable {
    public var executedOn: Day
    /// Filing order: documents in the order they were filed (or imported, when no filing date is known).
    public var filing: Int64
    public var position: Int

    public init(executedOn: Day, filing: Int64, position: Int) {
        self.executedOn = executedOn
        self.filing = filing
        self.position = position
    }

    public static func < (a: InstrumentOrder, b: InstrumentOrder) -> Bool {
        (a.executedOn, a.filing, a.position) < (b.executedOn, b.filing, b.position)
    }
}

/// One instrument as the rules see it.
public struct HistoryInstrument: Sendable, Identifiable {
    public struct ParentLink: Sendable {
        /// The parent grant, when it is in the ledger.
        public var parentId: Int64?
        public var statedGrantorId: Int64
        public var statedExecutedOn: Day?

        public init(parentId: Int64?, statedGrantorId: Int64, statedExecutedOn: Day?) {
            self.parentId = parentId
            self.statedGrantorId = statedGrantorId
            self.statedExecutedOn = statedExecutedOn
        }
    }

    public struct Target: Sendable {
        public var grantorId: Int64
        /// Nil: every instrument of the grantor for the issuer executed before the revocation.
        public var executedOn: Day?
        /// Set: only this attorney's appointment is revoked.
        public var attorneyId: Int64?
        public var effectiveOn: Day

        public init(grantorId: Int64, executedOn: Day?, attorneyId: Int64?, effectiveOn: Day) {
            self.grantorId = grantorId
            self.executedOn = executedOn
            self.attorneyId = attorneyId
            self.effectiveOn = effectiveOn
        }
    }

    public var id: Int64
    public var kind: InstrumentKind
    public var grantorId: Int64
    public var issuerId: Int64?
    public var order: InstrumentOrder
    public var delegable: Bool
    public var supersessionClause: String?
    public var expiresOn: Day?
    public var endsWithAttorneyEmployment: Bool
    /// The people appointed, in order (attorneys named only by office are not people).
    public var attorneyIds: [Int64]
    public var forms: Set<Form>
    public var parent: ParentLink?
    public var target: Target?

    public var executedOn: Day { order.executedOn }
    public var supersedesPrior: Bool { supersessionClause != nil }

    public init(
        id: Int64, kind: InstrumentKind, grantorId: Int64, issuerId: Int64?, order: InstrumentOrder,
        delegable: Bool = false, supersessionClause: String? = nil, expiresOn: Day? = nil,
        endsWithAttorneyEmployment: Bool = false, attorneyIds: [Int64] = [], forms: Set<Form> = [],
        parent: ParentLink? = nil, target: Target? = nil
    ) {
        self.id = id
        self.kind = kind
        self.grantorId = grantorId
        self.issuerId = issuerId
        self.order = order
        self.delegable = delegable
        self.supersessionClause = supersessionClause
        self.expiresOn = expiresOn
        self.endsWithAttorneyEmployment = endsWithAttorneyEmployment
        self.attorneyIds = attorneyIds
        self.forms = forms
        self.parent = parent
        self.target = target
    }
}

/// A recorded fact as the rules see it.
public struct HistoryFact: Sendable, Identifiable {
    public enum Kind: String, Sendable {
        /// The person's Section 16 obligations for the issuer ended: their grants for it end.
        case obligationsEnd = "obligations-end"
        /// A revocation known from elsewhere.
        case revocation
        /// The person left the issuer's employ.
        case departure
    }

    public var id: Int64
    public var kind: Kind
    public var personId: Int64
    /// Nil on a revocation: it applies to every issuer.
    public var issuerId: Int64?
    public var onDay: Day
    public var targetExecutedOn: Day?
    public var targetAttorneyId: Int64?

    public init(
        id: Int64, kind: Kind, personId: Int64, issuerId: Int64?, onDay: Day, targetExecutedOn: Day? = nil,
        targetAttorneyId: Int64? = nil
    ) {
        self.id = id
        self.kind = kind
        self.personId = personId
        self.issuerId = issuerId
        self.onDay = onDay
        self.targetExecutedOn = targetExecutedOn
        self.targetAttorneyId = targetAttorneyId
    }
}
