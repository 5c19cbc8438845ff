import GRDB
import POACore

/// One thing in the ledger that waits for a person: a document to read again by hand, a
/// delegation that gives no authority, a signature whose signer or owner cannot be told, a
/// grant whose attorneys have all left, a hand change a re-reading disagreed with or left
/// without its instrument.
public struct ReviewItem: Sendable, Hashable {
    /// What kind of item it is, as `poa review` prints it.
    public enum Kind: String, Sendable, CaseIterable {
        case needsReview = "needs-review"
        case invalidDelegation = "invalid-delegation"
        case unknownSigner = "unknown-signer"
        case ambiguousSigner = "ambiguous-signer"
        case ambiguousOwner = "ambiguous-owner"
        case departedAttorneys = "departed-attorneys"
        case rereadConflict = "reread-conflict"
        case orphanedChange = "orphaned-change"
    }

    public var kind: Kind
    /// The id of the document the item lives in (for a signature, its filing).
    public var document: Int64
    public var path: String
    /// What is wrong, in words, with what it concerns.
    public var reason: String
    /// The day the item started waiting: the document's import, or the hand change's recording.
    public var since: Day

    public init(kind: Kind, document: Int64, path: String, reason: String, since: Day) {
        self.kind = kind
        self.document = document
        self.path = path
        self.reason = reason
        self.since = since
    }
}

extension LedgerReader {
    /// Everything that waits for a person on `today`, oldest first (then by document, kind and
    /// reason, so the order is stable from run to run).
    ///
    /// Read-only, and cheap on a large ledger: each kind is one query that starts from the few
    /// rows that can be items (see ``ReviewQueries``).
    public func reviewItems(today: Day) throws(StoreError) -> [ReviewItem] {
        try fetch {
            var items: [ReviewItem] = []
            func collect(_ sql: String, kind fixed: ReviewItem.Kind?, arguments: StatementArguments = []) throws {
                for row in try Row.fetchAll(db.cachedStatement(sql: sql), arguments: arguments) {
                    let kindText: String? = row["kind"]
                    // A kind this binary does not name (a newer verdict) is still listed, as the
                    // closest one: a review must not hide an item.
                    let kind = fixed ?? kindText.flatMap(ReviewItem.Kind.init(rawValue:)) ?? .unknownSigner
                    let sinceText: String = row["since"] ?? ""
                    items.append(
                        ReviewItem(
                            kind: kind, document: row["document"] ?? 0, path: row["path"] ?? "",
                            reason: row["reason"] ?? kind.rawValue,
                            // Timestamps are written by the ledger; an unreadable one sorts first.
                            since: Day.parseISO(sinceText) ?? Day(ordinal: 0)))
                }
            }
            try collect(ReviewQueries.documentsNeedingReview, kind: .needsReview)
            try collect(ReviewQueries.invalidDelegations, kind: .invalidDelegation)
            try collect(ReviewQueries.unsettledSignatures, kind: nil)
            try collect(ReviewQueries.grantsWithOnlyDepartedAttorneys, kind: .departedAttorneys, arguments: [today.description])
            try collect(ReviewQueries.rereadConflicts, kind: .rereadConflict)
            try collect(ReviewQueries.orphanedHandChanges, kind: .orphanedChange)
            return items.sorted {
                ($0.since, $0.document, $0.kind.rawValue, $0.reason) < ($1.since, $1.document, $1.kind.rawValue, $1.reason)
            }
        }
    }
}
