import POAAuthority
import POACore
import POAReading
import POAStore

/// Matches the reporting owners of ownership filings to the people in the ledger: by CIK when a
/// person already has it; else by a name that fits exactly one person (EDGAR's "LEVENSON DAVID N"
/// fits David N. Levenson), who then learns the CIK so later matches are exact; else, when
/// nobody fits, a new person is recorded (named in natural order, with the CIK). A name that fits
/// several people is flagged `ambiguous` with the candidates, and no one is chosen.
struct OwnerResolver {
    let tx: LedgerTransaction

    struct Match {
        var personId: Int64?
        var matchedBy: SignatureOwner.MatchedBy
        var candidates: String?
    }

    func match(_ owner: ExtractedOwner) throws -> Match {
        let reader = tx.reader
        let spelling = PersonName.naturalSpelling(ofEDGAROrder: owner.name) ?? owner.name
        if let cik = owner.cik, let known = try reader.person(cik: cik), let id = known.id {
            try addAlias(spelling, to: id)
            return Match(personId: id, matchedBy: .cik)
        }
        switch try PersonMatch.named(owner.name, in: reader) {
        case .person(var person) where person.cik == nil || owner.cik == nil:
            guard let id = person.id else { break }
            if person.cik == nil, let cik = owner.cik {
                person.cik = cik
                try tx.update(person)
            }
            try addAlias(spelling, to: id)
            return Match(personId: id, matchedBy: .name)
        case .ambiguous(let candidates):
            return Match(personId: nil, matchedBy: .ambiguous, candidates: candidates.joined(separator: "; "))
        case .person, .nobody:
            // Nobody fits, or the one who does has another CIK: another person.
            break
        }
        let name = PersonName(spelling)
        let person = try tx.insert(Person(name: spelling, kind: name.isEntity ? .entity : .person, cik: owner.cik))
        guard let id = person.id else { throw StoreError.writeFailed(detail: "no id for a new person") }
        try tx.insert(PersonAlias(personId: id, alias: spelling, key: name.key))
        return Match(personId: id, matchedBy: .new)
    }

    private func addAlias(_ spelling: String, to id: Int64) throws {
        guard try !tx.reader.personAliases(personId: id).contains(where: { $0.alias == spelling }) else { return }
        try tx.insert(PersonAlias(personId: id, alias: spelling, key: PersonName(spelling).key))
    }
}
