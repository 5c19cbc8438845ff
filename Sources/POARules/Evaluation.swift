import POACore

/// A span of days during which one attorney may sign some forms for one grantor, through one
/// chain of instruments: `[from, until)`, `until` nil while still in force.
public struct AuthorityInterval: Hashable, Sendable {
    public var grantorId: Int64
    public var attorneyId: Int64
    public var issuerId: Int64?
    public var from: Day
    public var until: Day?
    public var forms: [Form]
    /// The chain that gives the authority: the grant first, then each delegation.
    public var via: [Int64]

    public init(
        grantorId: Int64, attorneyId: Int64, issuerId: Int64?, from: Day, until: Day?, forms: [Form], via: [Int64]
    ) {
        self.grantorId = grantorId
        self.attorneyId = attorneyId
        self.issuerId = issuerId
        self.from = from
        self.until = until
        self.forms = forms
        self.via = via
    }

    /// Whether `day` lies in `[from, until)`.
    public func contains(_ day: Day) -> Bool { DayRange(from: from, until: until).contains(day) }
}

/// Why and when an instrument stopped being in force.
public struct Ending: Hashable, Sendable {
    public enum Cause: String, Sendable {
        /// A later instrument superseded prior authorizations.
        case supersession
        /// A revocation (instrument or recorded fact).
        case revocation
        /// The grantor's Section 16 obligations for the issuer ended.
        case obligationsEnd = "obligations-end"
        /// The instrument's own stated expiry passed.
        case expiry
        /// The authority it acts under ended (a delegation's parent grant, or its delegator's authority).
        case parentEnded = "parent-ended"
        /// The attorney left the issuer, and the grant ties authority to employment.
        case departure
    }

    public var endedId: Int64
    /// Set when only this attorney's appointment under the instrument ended.
    public var attorneyId: Int64?
    /// The first day no longer in force.
    public var endedOn: Day
    public var cause: Cause
    public var byInstrumentId: Int64?
    public var byFactId: Int64?
    public var clause: String?

    public init(
        endedId: Int64, attorneyId: Int64? = nil, endedOn: Day, cause: Cause, byInstrumentId: Int64? = nil,
        byFactId: Int64? = nil, clause: String? = nil
    ) {
        self.endedId = endedId
        self.attorneyId = attorneyId
        self.endedOn = endedOn
        self.cause = cause
        self.byInstrumentId = byInstrumentId
        self.byFactId = byFactId
        self.clause = clause
    }
}

/// A delegation that gives no authority, and why (rule 5).
public struct InvalidDelegation: Hashable, Sendable {
    public enum Reason: Hashable, Sendable {
        /// The parent grant gives no power to delegate.
        case parentNotDelegable(parentId: Int64)
        /// The delegation is dated before the grant it acts under.
        case datedBeforeParent(parentId: Int64)
        /// The delegator holds no authority under the parent grant at all.
        case delegatorNotNamed(parentId: Int64, delegatorId: Int64)
        /// The delegator's authority under the parent had ended (or not begun) on the delegation's day.
        case delegatorNotInForce(parentId: Int64, delegatorId: Int64)
        /// The grant the delegation names is not in the ledger.
        case parentMissing(statedGrantorId: Int64, statedExecutedOn: Day?)
    }

    public var delegationId: Int64
    public var reason: Reason

    public init(delegationId: Int64, reason: Reason) {
        self.delegationId = delegationId
        self.reason = reason
    }
}

/// What the rules conclude from one grantor's history.
public struct Evaluation: Sendable {
    public var intervals: [AuthorityInterval] = []
    public var endings: [Ending] = []
    public var invalidDelegations: [InvalidDelegation] = []

    public init() {}
}
