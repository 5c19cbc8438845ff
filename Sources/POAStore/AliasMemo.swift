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
