import POACore
import POAReading
import POAStore

/// Finds the person or issuer a name refers to, or records a new one: conservatively.
///
/// People: a spelling joins an existing person only when it is compatible with every spelling
/// already seen for that person (``PersonName/isCompatible(with:)``) and exactly one person
/// qualifies; otherwise a new person is recorded. Two different people are never merged; one
/// person seen under incompatible spellings stays two records, which a reviewer can see.
///
/// Issuers: the CIK decides when known; else the name key (``IssuerName/key(_:)``) must match
/// exactly one issuer, whose CIK does not contradict.
struct PartyResolver {
    let tx: LedgerTransaction
    /// Parsed spellings, shared by every document of an import.
    var names = PersonNameMemo()

    /// The person named `written`, found or created; its spelling is kept as an alias.
    func person(named written: String, isEntity: Bool = false, cik: String? = nil) throws -> Int64 {
        let reader = tx.reader
        if let cik, let known = try reader.person(cik: cik), let id = known.id {
            try addAlias(written, to: id)
            return id
        }
        let name = names(written)
        // Under its key, and under the keys of its other forms ("B. Evan Bayh" is filed
        // under `bayh|b` and may be known as "Evan Bayh", `bayh|e`).
        var aliases = try reader.personAliases(key: name.key)
        for key in name.alternateKeys { aliases += try reader.personAliases(key: key) }
        // The same spelling seen before names the same party, when only one party has it.
        let exact = Set(aliases.filter { $0.alias == written }.map(\.personId))
        if exact.count == 1, let id = exact.first { return id }
        let byPerson = Dictionary(grouping: aliases, by: \.personId)
        let compatible = byPerson.filter { _, spellings in
            spellings.allSatisfy { names($0.alias).isCompatible(with: name) }
        }
        if compatible.count == 1, let id = compatible.keys.first {
            try addAlias(written, to: id, key: name.key, known: byPerson[id] ?? [])
            return id
        }
        let kind: Person.Kind = isEntity || name.isEntity ? .entity : .person
        let person = try tx.insert(Person(name: written, kind: kind, cik: cik))
        guard let id = person.id else { throw StoreError.writeFailed(detail: "no id for a new person") }
        try tx.insert(PersonAlias(personId: id, alias: written, key: name.key))
        return id
    }

    /// Keeps `written` as a spelling of person `id`, found otherwise than by that name.
    func learn(_ written: String, asSpellingOf id: Int64) throws {
        try addAlias(written, to: id)
    }

    private func addAlias(_ written: String, to id: Int64, key: String? = nil, known: [PersonAlias]? = nil) throws {
        let existing = try known ?? tx.reader.personAliases(personId: id)
        guard !existing.contains(where: { $0.alias == written }) else { return }
        try tx.insert(PersonAlias(personId: id, alias: written, key: key ?? names(written).key))
    }

    /// The issuer named in the text and/or the submission header, found or created; nil when
    /// neither names one (never guessed).
    func issuer(named textName: String?, header: FilingHeader.Party?) throws -> Int64? {
        guard let name = textName ?? header?.name else { return nil }
        let key = IssuerName.key(name)
        // The header's name, when it differs from the text's, is kept as an alias too.
        var spellings = [(name, key)]
        if let headerName = header?.name, headerName != name { spellings.append((headerName, IssuerName.key(headerName))) }
        // The header's CIK belongs to this issuer only if the header names the same company,
        // now or under a name it filed under before (a POA signed before a change of name).
        let cik = header.flatMap { party in
            textName == nil || spellings.last?.1 == key || party.formerNames.contains { IssuerName.key($0) == key } ? party.cik : nil
        }
        let reader = tx.reader
        if let cik, let known = try reader.issuer(cik: cik), let id = known.id {
            try addIssuerAliases(spellings, to: id)
            return id
        }
        let candidates = Set(try reader.issuerAliases(key: key).map(\.issuerId))
        if candidates.count == 1, let id = candidates.first, var issuer = try reader.issuer(id: id),
            issuer.cik == nil || cik == nil || issuer.cik == cik
        {
            if issuer.cik == nil, let cik {
                issuer.cik = cik
                try tx.update(issuer)
            }
            try addIssuerAliases(spellings, to: id)
            return id
        }
        let issuer = try tx.insert(Issuer(name: name, cik: cik))
        guard let id = issuer.id else { throw StoreError.writeFailed(detail: "no id for a new issuer") }
        try addIssuerAliases(spellings, to: id)
        return id
    }

    private func addIssuerAliases(_ spellings: [(name: String, key: String)], to id: Int64) throws {
        for (name, key) in spellings where !key.isEmpty {
            let existing = try tx.reader.issuerAliases(key: key)
            if !existing.contains(where: { $0.issuerId == id && $0.alias == name }) {
                try tx.insert(IssuerAlias(issuerId: id, alias: name, key: key))
            }
        }
    }
}
