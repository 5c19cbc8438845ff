/// The name lookups one write transaction has made, remembered until it ends.
///
/// An import asks for the same name keys again and again (an issuer's attorneys on every
/// grant, a grantor's several filings), and each answer is a query. Inside one transaction the
/// answer can only change through that transaction's own writes, so the memo is kept true by
/// them: an alias inserted is added to the list of its key, and undoing a document's savepoint
/// forgets everything (the next lookups read the database again).
final class AliasMemo {
    private var people: [String: [PersonAlias]] = [:]
    private var issuers: [String: [IssuerAlias]] = [:]

    func people(key: String, orRead read: () throws(StoreError) -> [PersonAlias]) throws(StoreError) -> [PersonAlias] {
        if let known = people[key] { return known }
        let found = try read()
        people[key] = found
        return found
    }

    func issuers(key: String, orRead read: () throws(StoreError) -> [IssuerAlias]) throws(StoreError) -> [IssuerAlias] {
        if let known = issuers[key] { return known }
        let found = try read()
        issuers[key] = found
        return found
    }

    /// A new alias, in the order the query returns (by owner, then spelling).
    func inserted(_ alias: PersonAlias) {
        guard var known = people[alias.key] else { return }
        let index = known.firstIndex { ($0.personId, $0.alias) > (alias.personId, alias.alias) } ?? known.endIndex
        known.insert(alias, at: index)
        people[alias.key] = known
    }

    func inserted(_ alias: IssuerAlias) {
        guard var known = issuers[alias.key] else { return }
        let index = known.firstIndex { ($0.issuerId, $0.alias) > (alias.issuerId, alias.alias) } ?? known.endIndex
        known.insert(alias, at: index)
        issuers[alias.key] = known
    }

    /// Writes were undone: nothing remembered can be trusted any more.
    func forget() {
        people.removeAll(keepingCapacity: true)
        issuers.removeAll(keepingCapacity: true)
    }
}
