import GRDB
import POACore

/// The grant a delegation acts under, as the delegation states it, and the grant it resolves to
/// once that grant is in the ledger.
public struct DelegationParent: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
    public var delegationId: Int64
    public var statedGrantorId: Int64
    public var statedExecutedOn: Day?
    /// The parent grant, or nil while no recorded grant matches the statement.
    public var parentId: Int64?

    public init(delegationId: Int64, statedGrantorId: Int64, statedExecutedOn: Day?, parentId: Int64? = nil) {
        self.delegationId = delegationId
        self.statedGrantorId = statedGrantorId
        self.statedExecutedOn = statedExecutedOn
        self.parentId = parentId
    }

    public static let databaseTableName = "delegation_parent"

    enum CodingKeys: String, CodingKey {
        case delegationId = "delegation_id", statedGrantorId = "stated_grantor_id"
        case statedExecutedOn = "stated_executed_on", parentId = "parent_id"
    }
}

/// What a revocation instrument revokes, and when it takes effect.
public struct Revocation: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
    public var revocationId: Int64
    public var targetGrantorId: Int64
    /// The revoked grant's date; nil revokes all of the grantor's grants for the issuer.
    public var targetExecutedOn: Day?
    /// The one attorney whose appointment is revoked; nil revokes whole grants.
    public var targetAttorneyId: Int64?
    public var effectiveOn: Day

    public init(
        revocationId: Int64, targetGrantorId: Int64, targetExecutedOn: Day?, targetAttorneyId: Int64?,
        effectiveOn: Day
    ) {
        self.revocationId = revocationId
        self.targetGrantorId = targetGrantorId
        self.targetExecutedOn = targetExecutedOn
        self.targetAttorneyId = targetAttorneyId
        self.effectiveOn = effectiveOn
    }

    public static let databaseTableName = "revocation"

    enum CodingKeys: String, CodingKey {
        case revocationId = "revocation_id", targetGrantorId = "target_grantor_id"
        case targetExecutedOn = "target_executed_on", targetAttorneyId = "target_attorney_id"
        case effectiveOn = "effective_on"
    }
}
