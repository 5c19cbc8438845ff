import POACore
import POAStore

/// One instrument in the chain that gives authority: the grant, then each delegation.
public struct ViaLink: Hashable, Sendable, Encodable {
    public var instrumentId: Int64
    public var kind: InstrumentKind
    public var grantor: String
    public var executedOn: Day
    public var document: String
    /// The lines of the document the instrument spans.
    public var lines: String

    enum CodingKeys: String, CodingKey {
        case kind, grantor, document, lines, executedOn = "executed_on"
    }
}

/// A span of authority with names: `attorney` may sign `forms` for `grantor` in `[from, until)`.
public struct AuthorityEntry: Hashable, Sendable {
    public var grantor: String
    public var attorney: String
    public var issuer: String?
    public var forms: [Form]
    public var from: Day
    public var until: Day?
    public var via: [ViaLink]
    /// Set when the question named an issuer and this authority's issuer could not be read:
    /// the issuer asked about, which it may or may not cover. Such authority is shown, and
    /// said to be uncertain, rather than dropped.
    public var mayCover: String? = nil

    /// "direct" for a grant, "delegated" through one or more delegations.
    public var path: String { via.count > 1 ? "delegated" : "direct" }
}

/// Names the ids of stored intervals, caching what it has looked up.
final class EntryNamer {
    let reader: LedgerReader
    private var people: [Int64: String] = [:]
    private var issuers: [Int64: String] = [:]
    private var links: [Int64: ViaLink] = [:]

    init(reader: LedgerReader) {
        self.reader = reader
    }

    func person(_ id: Int64) throws -> String {
        if let name = people[id] { return name }
        let name = try reader.person(id: id)?.name ?? "person #\(id)"
        people[id] = name
        return name
    }

    func issuer(_ id: Int64?) throws -> String? {
        guard let id else { return nil }
        if let name = issuers[id] { return name }
        let name = try reader.issuer(id: id)?.name ?? "issuer #\(id)"
        issuers[id] = name
        return name
    }

    func link(_ id: Int64) throws -> ViaLink {
        if let link = links[id] { return link }
        guard let instrument = try reader.instrument(id: id),
            let document = try reader.document(id: instrument.documentId)
        else { throw StoreError.readFailed(detail: "instrument #\(id) is missing") }
        let lines = instrument.lineStart == instrument.lineEnd
            ? "\(instrument.lineStart)" : "\(instrument.lineStart)-\(instrument.lineEnd)"
        let link = ViaLink(
            instrumentId: id, kind: instrument.kind, grantor: try person(instrument.grantorId),
            executedOn: instrument.executedOn, document: document.path, lines: lines)
        links[id] = link
        return link
    }

    func entry(_ interval: StoredInterval) throws -> AuthorityEntry {
        AuthorityEntry(
            grantor: try person(interval.grantorId), attorney: try person(interval.attorneyId),
            issuer: try issuer(interval.issuerId), forms: interval.formList, from: interval.validFrom,
            until: interval.validUntil, via: try interval.chain.map(link))
    }
}
