import POACore

/// The name lookups one write transaction has made, remembered until it ends.
///
/// An import asks for the same name keys again and again (an issuer's attorneys on every
/// grant, a grantor's several filings), and each answer is a query. Inside one transaction the
/// answer can only change through that transaction's own writes, so the memo is kept true by
/// them: an alias inserted is added to the list of its key, an issuer updated replaces the one
/// remembered, and undoing a document's savepoint forgets everything (the next lookups read the
/// database again).
final class AliasMemo {
    private var people: [String: [PersonAlias]] = [:]
    private var issuers: [String: [IssuerAlias]] = [:]
    /// Issuers read by id: the importer checks the CIK of the issuer a name resolves to, for
    /// nearly every document, among a few thousand issuers.
    private var issuersById: [Int64: Issuer] = [:]
    /// The grants (grantor and day) that delegations recorded without their parent name, read
    /// once when first asked: every grant the importer records asks whether a delegation awaits
    /// it, and almost none does. Nil until asked.
    private var awaitedGrants: Set<AwaitedGrant>?

    func people(key: String, orRead read: () throws(StoreError) -> [PersonAlias]) throws(StoreError) -> [PersonAlias] {
        try Self.remembered(in: &people, key: key, orRead: read)
    }

    func issuers(key: String, orRead read: () throws(StoreError) -> [IssuerAlias]) throws(StoreError) -> [IssuerAlias] {
        try Self.remembered(in: &issuers, key: key, orRead: read)
    }

    func issuer(id: Int64, orRead read: () throws(StoreError) -> Issuer?) throws(StoreError) -> Issuer? {
        if let known = issuersById[id] { return known }
        let found = try read()
        if let found { issuersById[id] = found }
        return found
    }

    /// Whether a delegation recorded without its parent may await the grant that `grantorId`
    /// signed on `day`: false means none does; true, that the database must say which.
    func mayAwait(
        grantorId: Int64, day: Day, orRead read: () throws(StoreError) -> [DelegationParent]
    ) throws(StoreError) -> Bool {
        if awaitedGrants == nil {
            awaitedGrants = Set(try read().compactMap(AwaitedGrant.init))
        }
        return awaitedGrants?.contains(AwaitedGrant(grantorId: grantorId, day: day)) ?? true
    }

    /// A delegation written without its parent (new, or changed): it awaits the grant it names.
    func written(_ parent: DelegationParent) {
        guard parent.parentId == nil, let grant = AwaitedGrant(parent) else { return }
        awaitedGrants?.insert(grant)
    }

    /// An issuer as the transaction just wrote it.
    func updated(_ issuer: Issuer) {
        guard let id = issuer.id else { return }
        issuersById[id] = issuer
    }

    /// A new alias, in the order the query returns (by owner, then spelling).
    func inserted(_ alias: PersonAlias) {
        Self.add(alias, to: &people)
    }

    func inserted(_ alias: IssuerAlias) {
        Self.add(alias, to: &issuers)
    }

    private static func remembered<Alias>(
        in lists: inout [String: [Alias]], key: String, orRead read: () throws(StoreError) -> [Alias]
    ) throws(StoreError) -> [Alias] {
        if let known = lists[key] { return known }
        let found = try read()
        lists[key] = found
        return found
    }

    private static func add<Alias: SpelledAlias>(_ alias: Alias, to lists: inout [String: [Alias]]) {
        guard var known = lists[alias.key] else { return }
        let index = known.firstIndex { ($0.ownerId, $0.alias) > (alias.ownerId, alias.alias) } ?? known.endIndex
        known.insert(alias, at: index)
        lists[alias.key] = known
    }

    /// Writes were undone: nothing remembered can be trusted any more.
    func forget() {
        people.removeAll(keepingCapacity: true)
        issuers.removeAll(keepingCapacity: true)
        issuersById.removeAll(keepingCapacity: true)
        awaitedGrants = nil
    }
}

/// The grant a delegation names as its parent: its grantor and the day it was signed.
private struct AwaitedGrant: Hashable {
    var grantorId: Int64
    var day: Day

    init(grantorId: Int64, day: Day) {
        self.grantorId = grantorId
        self.day = day
    }

    /// The grant `parent` names, when it names its day (a delegation that does not can only be
    /// resolved when it is recorded).
    init?(_ parent: DelegationParent) {
        guard let day = parent.statedExecutedOn else { return nil }
        self.init(grantorId: parent.statedGrantorId, day: day)
    }
}

/// A spelling of a person or an issuer, filed under its name key.
protocol SpelledAlias {
    var ownerId: Int64 { get }
    var alias: String { get }
    var key: String { get }
}

extension PersonAlias: SpelledAlias {
    var ownerId: Int64 { personId }
}

extension IssuerAlias: SpelledAlias {
    var ownerId: Int64 { issuerId }
}
