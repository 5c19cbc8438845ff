import Foundation
import POACore

/// Fetches a filer's Section 16 filings from EDGAR into a cache: the front door of `poa fetch`.
///
/// It reads the filer's submissions index (and the older pages that may list filings of the
/// days asked), chooses the filings of the forms and days asked, and fetches each one's whole
/// submission that the cache does not hold yet, on a few threads sharing the client's pace.
/// Each is checked whole before it enters the cache. A 404 or a filing that fails every
/// attempt is reported and skipped; a network that stops answering stops the run, and what is
/// cached stays: a rerun resumes.
///
/// For example:
///
/// ```swift
/// let client = EDGARClient(userAgent: "Jane Roe jane@example.com", pacer: RequestPacer(perSecond: 5))
/// let fetcher = Fetcher(client: client, edgar: try EDGARAddress.sec(), cache: FilingCache(folder: "cache"))
/// let report = try fetcher.run(.ticker("HIG"), selection: FilingSelection()) { event in print(event) }
/// ```
public struct Fetcher: Sendable {
    /// Whose filings to fetch.
    public enum Filer: Sendable, Equatable {
        /// An issuer, by CIK.
        case issuer(CIK)
        /// An issuer, by ticker (resolved through EDGAR's ticker map).
        case ticker(String)
        /// A reporting person (or entity), by CIK: their filings about every issuer.
        case owner(CIK)
    }

    /// What a run tells as it goes, for a progress line.
    public enum Event: Sendable {
        /// The index is read: how many filings were chosen, and how many of them are cached.
        case listed(filer: FetchReport.Filer, chosen: Int, cached: Int)
        /// A filing is done, fetched or not.
        case finished(FetchedFiling)
    }

    public let client: EDGARClient
    public let edgar: EDGARAddress
    public let cache: FilingCache
    /// Threads fetching at once: enough to keep the pace while EDGAR answers each in a few
    /// hundred milliseconds; the pacer keeps their sum within the rate.
    public var workers = 4

    public init(client: EDGARClient, edgar: EDGARAddress, cache: FilingCache) {
        self.client = client
        self.edgar = edgar
        self.cache = cache
    }

    /// Fetches the filer's chosen filings that are not cached, telling `report` as it goes.
    ///
    /// - Throws: `FetchError` when the filer cannot be known or its index cannot be read;
    ///   problems with single filings are in the report instead.
    public func run(
        _ filer: Filer, selection: FilingSelection, report: @escaping @Sendable (Event) -> Void
    ) throws(FetchError) -> FetchReport {
        let started = ContinuousClock.now
        let (cik, role) = try resolve(filer)
        let indexURL = edgar.submissions(of: cik)
        let index: SubmissionsIndex
        do {
            index = try client.get(indexURL) { data throws(FetchError) in try SubmissionsIndex(json: data, url: indexURL) }
        } catch .refused(_, 404) {
            throw .unknownFiler(cik: cik.description)
        }
        var filings = index.recent
        for page in index.olderPages where selection.mayList(page) {
            let url = edgar.olderPage(named: page.name)
            filings += try client.get(url) { data throws(FetchError) in try SubmissionsIndex.olderFilings(json: data, url: url) }
        }
        var seen = Set<AccessionNumber>()
        let chosen = filings.filter { selection.wants($0) && seen.insert($0.accession).inserted }
            .sorted { ($0.filedOn, $0.accession) < ($1.filedOn, $1.accession) }
        let who = FetchReport.Filer(cik: cik, name: index.name, role: role)
        cache.removeAbandonedTemporaries(of: cik)
        let canonical = try EDGARAddress.sec()
        let outcomes = Outcomes(chosen.map { filing in
            let url = canonical.submission(filing.accession, of: cik).absoluteString
            let path = cache.path(of: filing.accession, of: cik)
            return cache.contains(filing.accession, of: cik)
                ? FetchedFiling(filing: filing, url: url, path: path, outcome: .cached, problem: nil)
                : FetchedFiling(filing: filing, url: url, path: nil, outcome: .notTried, problem: nil)
        })
        let missing = outcomes.all.indices.filter { outcomes.all[$0].outcome == .notTried }
        report(.listed(filer: who, chosen: chosen.count, cached: chosen.count - missing.count))
        let queue = WorkQueue(missing)
        DispatchQueue.concurrentPerform(iterations: max(1, min(workers, missing.count))) { _ in
            while let position = queue.next() {
                let done = fetch(outcomes.all[position], of: cik, stopping: queue)
                outcomes.set(position, done)
                if done.outcome != .notTried { report(.finished(done)) }
            }
        }
        let requests = client.requests
        return FetchReport(
            filer: who, selection: selection, filings: outcomes.all, requests: requests.made, retries: requests.retried,
            seconds: started.duration(to: .now).seconds, interruption: queue.stopReason)
    }

    /// The CIK whose index to read, and the filer's role in the report.
    func resolve(_ filer: Filer) throws(FetchError) -> (CIK, String) {
        switch filer {
        case .issuer(let cik): return (cik, "issuer")
        case .owner(let cik): return (cik, "owner")
        case .ticker(let ticker):
            let url = edgar.tickers
            let map = try client.get(url) { data throws(FetchError) in try TickerMap(json: data, url: url) }
            guard let company = map.company(trading: ticker) else { throw .unknownTicker(ticker) }
            return (company.cik, "issuer")
        }
    }

    /// Fetches one filing into the cache; an unreachable EDGAR stops the queue.
    private func fetch(_ chosen: FetchedFiling, of cik: CIK, stopping queue: WorkQueue) -> FetchedFiling {
        let filing = chosen.filing
        let url = edgar.submission(filing.accession, of: cik)
        func ended(_ outcome: FetchedFiling.Outcome, _ problem: String?, path: String? = nil) -> FetchedFiling {
            FetchedFiling(filing: filing, url: chosen.url, path: path, outcome: outcome, problem: problem)
        }
        do {
            let body = try client.get(url) { data throws(FetchError) in
                try WholeSubmission.check(data, accession: filing.accession, url: url)
                return data
            }
            return ended(.fetched, nil, path: try cache.store(body, filing.accession, of: cik))
        } catch .refused(_, 404) {
            return ended(.notFound, "EDGAR has no such filing (404)")
        } catch let error {
            switch error {
            case .unreachable, .cacheUnwritable:
                queue.stop(because: error)
                return ended(.notTried, error.description)
            default:
                return ended(.failed, error.description)
            }
        }
    }
}

/// The filings still to fetch, handed out one at a time to the fetching threads.
private final class WorkQueue: @unchecked Sendable {
    private let lock = NSLock()
    private var pending: ArraySlice<Int>
    private var reason: FetchError?

    init(_ positions: [Int]) { pending = positions[...] }

    /// The next filing's position, or nil when none is left or the run stopped.
    func next() -> Int? {
        lock.withLock { reason == nil ? pending.popFirst() : nil }
    }

    /// Stops handing out filings (the first reason is kept).
    func stop(because error: FetchError) {
        lock.withLock { reason = reason ?? error }
    }

    var stopReason: FetchError? { lock.withLock { reason } }
}

/// The outcome of every chosen filing, written by the fetching threads.
private final class Outcomes: @unchecked Sendable {
    private let lock = NSLock()
    private var filings: [FetchedFiling]

    init(_ filings: [FetchedFiling]) { self.filings = filings }

    var all: [FetchedFiling] { lock.withLock { filings } }

    func set(_ position: Int, _ filing: FetchedFiling) { lock.withLock { filings[position] = filing } }
}
