import POACore

/// A filing a fetch chose, and where it ended: in the cache (there before, or fetched now),
/// or not, and why.
public struct FetchedFiling: Sendable, Equatable, Encodable {
    /// How a chosen filing ended.
    public enum Outcome: String, Sendable, Encodable {
        /// Whole in the cache before this run: not asked for again.
        case cached
        /// Fetched whole by this run, and now in the cache.
        case fetched
        /// EDGAR answered 404: reported, skipped.
        case notFound = "not-found"
        /// Throttled, cut short or unreadable every time: reported, skipped; a rerun tries it again.
        case failed
        /// Not asked for: the run stopped first (the network went away).
        case notTried = "not-tried"
    }

    public let filing: Filing
    /// Its address on EDGAR (`https://www.sec.gov/Archives/...`), whatever `--edgar-url` served it.
    public let url: String
    /// Its file in the cache, when it is there.
    public let path: String?
    public let outcome: Outcome
    /// Why it is not in the cache.
    public let problem: String?

    public var isInCache: Bool { outcome == .cached || outcome == .fetched }

    enum CodingKeys: String, CodingKey {
        case accession, form, filedOn = "filed_on", url, path, outcome = "status", problem
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(filing.accession, forKey: .accession)
        try container.encode(filing.form, forKey: .form)
        try container.encode(filing.filedOn, forKey: .filedOn)
        try container.encode(url, forKey: .url)
        try container.encode(path, forKey: .path)
        try container.encode(outcome, forKey: .outcome)
        try container.encode(problem, forKey: .problem)
    }
}
