import POACore
import POAStore

/// One recorded fact with names, as `poa facts` lists it: what `poa undo` needs without SQL.
public struct FactListing: Sendable, Hashable {
    public var id: Int64
    public var kind: RecordedFact.Kind
    /// The grantor (obligations end, revocation) or the person who left (departure).
    public var person: String
    public var issuer: String?
    public var day: Day
    /// For a revocation of one grant: that grant's date.
    public var revokesExecutedOn: Day?
    /// For a revocation of one attorney's appointment: that attorney.
    public var revokesAttorney: String?
    public var note: String?
    public var recordedBy: String
    public var recordedAt: String
    public var undoneAt: String?
}

extension AuthorityReader {
    /// The recorded facts, undone ones included, in the order they were recorded. With
    /// `grantor`, only those that bear on that grantor's authority: the grantor's own facts, and
    /// the departures of people in the grantor's history (attorneys and delegators).
    public func facts(grantor: String? = nil) throws -> [FactListing] {
        try ledger.snapshot { reader in
            let namer = EntryNamer(reader: reader)
            let grantorId = try grantor.map { try NameMatcher(reader: reader).person($0).id ?? -1 }
            var listed: [FactListing] = []
            for fact in try reader.all(RecordedFact.self) {
                if let grantorId, fact.personId != grantorId {
                    guard fact.kind == .departure, try reader.grantorsInvolving(personId: fact.personId).contains(grantorId)
                    else { continue }
                }
                listed.append(
                    FactListing(
                        id: fact.id ?? 0, kind: fact.kind, person: try namer.person(fact.personId),
                        issuer: try namer.issuer(fact.issuerId), day: fact.onDay, revokesExecutedOn: fact.targetExecutedOn,
                        revokesAttorney: try fact.targetAttorneyId.map(namer.person), note: fact.note,
                        recordedBy: fact.recordedBy, recordedAt: fact.recordedAt, undoneAt: fact.undoneAt))
            }
            return listed
        }
    }
}
