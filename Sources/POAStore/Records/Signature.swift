import GRDB
import POACore

/// One signature on an ownership filing (Form 3, 4, 5 or 144), as written and as read.
///
/// `signerName` is the name read from `signerAsWritten` ("/s/ Terence D. Shields,
/// attorney-in-fact" gives "Terence D. Shields"), nil when no name could be read. `signerPersonId`
/// is set once exactly one known person fits that name; a signature never creates a person.
public struct Signature: Codable, Hashable, Sendable, FetchableRecord, MutablePersistableRecord {
    /// How the signature says its signer signed.
    public enum SignedAs: String, Codable, Sendable, DatabaseValueConvertible {
        /// "..., attorney-in-fact", "pursuant to power of attorney".
        case attorneyInFact = "attorney-in-fact"
        /// For an entity, in a stated capacity: "By: John Doe, Managing Member".
        case signatory
        /// A name and no capacity: "/s/ David N. Levenson".
        case inPerson = "in-person"
        /// No name could be read.
        case unknown
    }

    public var id: Int64?
    public var documentId: Int64
    /// Order among the document's signatures, from 0.
    public var position: Int
    /// The form for scope: Form 4 for a "4/A".
    public var form: Form
    /// The document type as filed: "4", "4/A", "144".
    public var formAsFiled: String
    public var issuerId: Int64?
    public var issuerAsWritten: String?
    public var periodOfReport: Day?
    public var signedOn: Day
    public var signerAsWritten: String
    public var signerName: String?
    /// The name key of `signerName` (see `PersonName.key`).
    public var signerKey: String?
    public var signedAs: SignedAs
    /// Whom the signature says it signs for, as written ("Attorney-in-Fact for David N. Levenson").
    public var onBehalfOf: String?
    /// The capacity stated ("Managing Member"), as written.
    public var capacity: String?
    public var signerPersonId: Int64?
    public var lineStart: Int
    public var lineEnd: Int

    public init(
        id: Int64? = nil, documentId: Int64, position: Int, form: Form, formAsFiled: String, issuerId: Int64?,
        issuerAsWritten: String?, periodOfReport: Day?, signedOn: Day, signerAsWritten: String, signerName: String?,
        signedAs: SignedAs, onBehalfOf: String? = nil, capacity: String? = nil, signerPersonId: Int64? = nil,
        lineStart: Int, lineEnd: Int
    ) {
        self.id = id
        self.documentId = documentId
        self.position = position
        self.form = form
        self.formAsFiled = formAsFiled
        self.issuerId = issuerId
        self.issuerAsWritten = issuerAsWritten
        self.periodOfReport = periodOfReport
        self.signedOn = signedOn
        self.signerAsWritten = signerAsWritten
        self.signerName = signerName
        self.signerKey = signerName.map { PersonName($0).key }
        self.signedAs = signedAs
        self.onBehalfOf = onBehalfOf
        self.capacity = capacity
        self.signerPersonId = signerPersonId
        self.lineStart = lineStart
        self.lineEnd = lineEnd
    }

    public static let databaseTableName = "signature"

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A reporting owner a signature signs for, as the filing names them, and the person matched.
public struct SignatureOwner: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
    /// How the owner was matched to a person.
    public enum MatchedBy: String, Codable, Sendable, DatabaseValueConvertible {
        /// By the CIK, already known for that person.
        case cik
        /// By a compatible name that fits exactly one known person (who learns the CIK, if given).
        case name
        /// Nobody known fits: a new person was recorded.
        case new
        /// Several people fit: none was chosen (see `candidates`).
        case ambiguous
    }

    public var signatureId: Int64
    /// The owner's order in the filing, from 0.
    public var position: Int
    /// As the filing writes it: "LEVENSON DAVID N".
    public var nameAsWritten: String
    public var cik: String?
    public var ownerPersonId: Int64?
    public var matchedBy: MatchedBy
    /// For an ambiguous match: the people it could be, in words.
    public var candidates: String?

    public init(
        signatureId: Int64, position: Int, nameAsWritten: String, cik: String?, ownerPersonId: Int64?,
        matchedBy: MatchedBy, candidates: String? = nil
    ) {
        self.signatureId = signatureId
        self.position = position
        self.nameAsWritten = nameAsWritten
        self.cik = cik
        self.ownerPersonId = ownerPersonId
        self.matchedBy = matchedBy
        self.candidates = candidates
    }

    public static let databaseTableName = "signature_owner"
}

/// The audit's verdict on one signature for one of its owners. Written only by the audit engine.
public struct StoredVerdict: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
    public var signatureId: Int64
    public var ownerPosition: Int
    /// `authorized`, `self`, `unauthorized`, `unknown-signer` or `unknown-owner`.
    public var verdict: String
    /// What decided it, in one word: `grant`, `delegation`, `not-yet-signed`, `superseded`...
    public var cause: String
    public var reason: String
    /// For `authorized`: the chain's instrument ids, grant first, comma-separated.
    public var via: String?

    public init(signatureId: Int64, ownerPosition: Int, verdict: String, cause: String, reason: String, via: [Int64]) {
        self.signatureId = signatureId
        self.ownerPosition = ownerPosition
        self.verdict = verdict
        self.cause = cause
        self.reason = reason
        self.via = via.isEmpty ? nil : via.map(String.init).joined(separator: ",")
    }

    /// The chain's instrument ids, grant first.
    public var chain: [Int64] { via?.split(separator: ",").compactMap { Int64($0) } ?? [] }

    public static let databaseTableName = "signature_verdict"
}

extension Signature: LedgerRow {}
extension SignatureOwner: LedgerRow {}
extension StoredVerdict: LedgerRow {}
