import Foundation
import POACore

/// What a fetch did: the filer, every filing it chose and how each ended, and the requests it made.
public struct FetchReport: Sendable, Encodable {
    /// The filer whose index was read.
    public struct Filer: Sendable, Equatable, Encodable {
        public let cik: CIK
        public let name: String
        /// `issuer` for `--cik` and `--ticker`, `owner` for `--owner-cik`.
        public let role: String
    }

    public let filer: Filer
    public let selection: FilingSelection
    /// Every filing chosen, oldest first.
    public let filings: [FetchedFiling]
    public let requests: Int
    public let retries: Int
    public let seconds: Double
    /// Why the run stopped before it had tried every filing, if it did.
    public let interruption: FetchError?

    /// How many filings ended as `outcome`.
    public func count(_ outcome: FetchedFiling.Outcome) -> Int { filings.count { $0.outcome == outcome } }

    /// The filings now in the cache, oldest first: what an import reads.
    public var inCache: [FetchedFiling] { filings.filter(\.isInCache) }

    enum CodingKeys: String, CodingKey {
        case filer, forms, since, until, found, cached, fetched, notFound = "not_found", failed, notTried = "not_tried"
        case requests, retries, seconds, interrupted, filings
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(filer, forKey: .filer)
        try container.encode(selection.forms, forKey: .forms)
        try container.encode(selection.since, forKey: .since)
        try container.encode(selection.until, forKey: .until)
        try container.encode(filings.count, forKey: .found)
        try container.encode(count(.cached), forKey: .cached)
        try container.encode(count(.fetched), forKey: .fetched)
        try container.encode(count(.notFound), forKey: .notFound)
        try container.encode(count(.failed), forKey: .failed)
        try container.encode(count(.notTried), forKey: .notTried)
        try container.encode(requests, forKey: .requests)
        try container.encode(retries, forKey: .retries)
        try container.encode((seconds * 1000).rounded() / 1000, forKey: .seconds)
        try container.encode(interruption?.description, forKey: .interrupted)
        try container.encode(filings, forKey: .filings)
    }
}
