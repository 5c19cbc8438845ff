import GRDB
import POACore

/// A stored authority interval: `attorney` may sign `forms` for `grantor` in `[validFrom, validUntil)`,
/// through the chain of instruments `via` (the grant first). Written only by the authority engine.
public struct StoredInterval: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
    public var grantorId: Int64
    public var validFrom: Day
    public var attorneyId: Int64
    /// Instrument ids of the chain, comma-separated, grant first.
    public var via: String
    public var validUntil: Day?
    public var issuerId: Int64?
    /// Comma-separated, in the usual order.
    public var forms: String
    public var grantId: Int64
    public var links: Int

    public init(
        grantorId: Int64, validFrom: Day, attorneyId: Int64, via: [Int64], validUntil: Day?, issuerId: Int64?,
        forms: [Form]
    ) {
        self.grantorId = grantorId
        self.validFrom = validFrom
        self.attorneyId = attorneyId
        self.via = via.map(String.init).joined(separator: ",")
        self.validUntil = validUntil
        self.issuerId = issuerId
        self.forms = Form.storedList(forms)
        self.grantId = via.first ?? 0
        self.links = via.count
    }

    /// The chain's instrument ids, grant first.
    public var chain: [Int64] { via.split(separator: ",").compactMap { Int64($0) } }

    /// The forms, parsed.
    public var formList: [Form] { Form.parseStoredList(forms) }

    /// Whether `day` lies in `[validFrom, validUntil)`.
    public func contains(_ day: Day) -> Bool { DayRange(from: validFrom, until: validUntil).contains(day) }

    public static let databaseTableName = "authority_interval"

    enum CodingKeys: String, CodingKey {
        case via, forms, links
        case grantorId = "grantor_id", validFrom = "valid_from", attorneyId = "attorney_id"
        case validUntil = "valid_until", issuerId = "issuer_id", grantId = "grant_id"
    }
}

/// A delegation that gives no authority, with the reason in words.
public struct StoredInvalidDelegation: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
    public var delegationId: Int64
    /// The grantor in whose history the delegation was judged (its parent grant's grantor).
    public var grantorId: Int64
    public var reason: String

    public init(delegationId: Int64, grantorId: Int64, reason: String) {
        self.delegationId = delegationId
        self.grantorId = grantorId
        self.reason = reason
    }

    public static let databaseTableName = "invalid_delegation"

    enum CodingKeys: String, CodingKey {
        case delegationId = "delegation_id", grantorId = "grantor_id", reason
    }
}

extension StoredInterval: LedgerRow {}
extension StoredInvalidDelegation: LedgerRow {}
