import Foundation
import POACore
import POAFetch
import Testing

/// A fetch against a local stand-in for EDGAR: what it asks for, how it waits, what it caches.
struct FetcherTests {
    static let agent = "POA Ledger tests tests@example.com"

    /// A fetcher of the server's filings into a fresh cache folder, with short backoffs.
    static func fetcher(_ server: EDGARTestServer, cache: String, rate: Double = 10) throws -> Fetcher {
        var policy = RetryPolicy()
        policy.backoffBase = 0.05
        let client = EDGARClient(userAgent: agent, pacer: RequestPacer(perSecond: rate), policy: policy, timeout: 5)
        return Fetcher(client: client, edgar: try EDGARAddress(base: server.baseURL), cache: FilingCache(folder: cache))
    }

    static func freshFolder() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("poa-fetch-\(UUID().uuidString)").path
    }

    static func archivePaths(_ server: EDGARTestServer) -> [String] {
        server.paths.filter { $0.hasPrefix("/Archives/") }
    }

    static func run(_ fetcher: Fetcher, _ filer: Fetcher.Filer, _ selection: FilingSelection = FilingSelection()) throws -> FetchReport {
        try fetcher.run(filer, selection: selection) { _ in }
    }

    static let bwtr = CIK(EDGARFixtures.brightwater)

    @Test func onlyTheAskedFormsAndDaysAreFetched() throws {
        let server = try EDGARFixtures.server()
        let cache = Self.freshFolder()
        defer { try? FileManager.default.removeItem(atPath: cache) }
        let since = try Day(iso: "2021-01-01")
        let report = try Self.run(try Self.fetcher(server, cache: cache), .issuer(try #require(Self.bwtr)), FilingSelection(forms: ["4"], since: since))
        #expect(report.filings.map(\.filing.accession.description) == ["0001900001-23-000012", "0001900001-24-000007"])
        #expect(Set(Self.archivePaths(server)) == [
            "/Archives/edgar/data/1900001/000190000123000012/0001900001-23-000012.txt",
            "/Archives/edgar/data/1900001/000190000124000007/0001900001-24-000007.txt",
        ])
        // The older page spans 2019-04-02 to 2021-06-01, which overlaps the days asked: it is read.
        #expect(server.paths.contains("/submissions/CIK0001900001-submissions-001.json"))
    }

    @Test func anOlderPageWhollyBeforeTheDaysAskedIsNotRead() throws {
        let server = try EDGARFixtures.server()
        let cache = Self.freshFolder()
        defer { try? FileManager.default.removeItem(atPath: cache) }
        _ = try Self.run(try Self.fetcher(server, cache: cache), .issuer(try #require(Self.bwtr)), FilingSelection(since: try Day(iso: "2022-01-01")))
        #expect(!server.paths.contains("/submissions/CIK0001900001-submissions-001.json"))
        #expect(Self.archivePaths(server).count == 2)
    }

    @Test func everyFilingIsCachedWholeAndARerunAsksOnlyForTheIndex() throws {
        let server = try EDGARFixtures.server()
        let cache = Self.freshFolder()
        defer { try? FileManager.default.removeItem(atPath: cache) }
        let first = try Self.run(try Self.fetcher(server, cache: cache), .ticker("bwtr"))
        #expect(first.count(.fetched) == 4)
        for filing in EDGARFixtures.brightwaterSection16 {
            let path = "\(cache)/1900001/\(filing.accession).txt"
            #expect(try String(contentsOfFile: path, encoding: .utf8) == filing.text)
        }
        #expect(first.filings.map(\.url).first == "https://www.sec.gov/Archives/edgar/data/1900001/000190000119000001/0001900001-19-000001.txt")
        let asked = server.paths.count
        let second = try Self.run(try Self.fetcher(server, cache: cache), .ticker("BWTR"))
        #expect(second.count(.cached) == 4 && second.count(.fetched) == 0)
        #expect(Array(server.paths[asked...]) == [
            "/files/company_tickers.json", "/submissions/CIK0001900001.json", "/submissions/CIK0001900001-submissions-001.json",
        ])
    }

    @Test func busyAnswersAreWaitedOutAsToldAndHoldEveryThreadBack() throws {
        let server = try EDGARFixtures.server()
        let cache = Self.freshFolder()
        defer { try? FileManager.default.removeItem(atPath: cache) }
        let busy = EDGARFixtures.brightwaterRecent[0].path(under: EDGARFixtures.brightwater)
        let unavailable = EDGARFixtures.brightwaterOlder[0].path(under: EDGARFixtures.brightwater)
        server.misbehave(busy, .status(429, retryAfter: "1"))
        server.misbehave(unavailable, .status(503, retryAfter: nil))
        let report = try Self.run(try Self.fetcher(server, cache: cache), .issuer(try #require(Self.bwtr)))
        #expect(report.count(.fetched) == 4)
        #expect(report.retries == 2)
        let requests = server.requests
        let refused = try #require(requests.firstIndex { $0.path == busy })
        // Retry-After: 1 holds back every request, on every thread, for a second.
        for later in requests[(refused + 1)...] {
            #expect(requests[refused].arrived.duration(to: later.arrived) > .milliseconds(950), "\(later.path)")
        }
        #expect(requests.filter { $0.path == busy }.count == 2)
        #expect(requests.filter { $0.path == unavailable }.count == 2)
    }

    @Test func aMissingFilingIsReportedAndSkipped() throws {
        let server = try EDGARFixtures.server()
        let cache = Self.freshFolder()
        defer { try? FileManager.default.removeItem(atPath: cache) }
        let missing = EDGARFixtures.brightwaterRecent[2]
        server.misbehave(missing.path(under: EDGARFixtures.brightwater), .status(404, retryAfter: nil))
        let report = try Self.run(try Self.fetcher(server, cache: cache), .issuer(try #require(Self.bwtr)))
        #expect(report.count(.fetched) == 3)
        let skipped = try #require(report.filings.first { $0.outcome == .notFound })
        #expect(skipped.filing.accession.description == missing.accession)
        #expect(server.paths.filter { $0 == missing.path(under: EDGARFixtures.brightwater) }.count == 1)
        #expect(!FileManager.default.fileExists(atPath: "\(cache)/1900001/\(missing.accession).txt"))
    }

    @Test func aBodyCutShortIsRetriedAndNeverCachedHalfWritten() throws {
        let server = try EDGARFixtures.server()
        let cache = Self.freshFolder()
        defer { try? FileManager.default.removeItem(atPath: cache) }
        let once = EDGARFixtures.brightwaterRecent[0], always = EDGARFixtures.brightwaterOlder[0]
        server.misbehave(once.path(under: EDGARFixtures.brightwater), .cutShort(after: 300))
        for _ in 0..<RetryPolicy().attempts { server.misbehave(always.path(under: EDGARFixtures.brightwater), .cutShort(after: 500)) }
        let report = try Self.run(try Self.fetcher(server, cache: cache), .issuer(try #require(Self.bwtr)))
        #expect(report.filings.first { $0.filing.accession.description == once.accession }?.outcome == .fetched)
        let failed = try #require(report.filings.first { $0.filing.accession.description == always.accession })
        #expect(failed.outcome == .failed)
        #expect(failed.problem?.contains("cut short") == true)
        let files = try FileManager.default.contentsOfDirectory(atPath: "\(cache)/1900001").sorted()
        #expect(!files.contains { $0.contains(always.accession) })
        #expect(try String(contentsOfFile: "\(cache)/1900001/\(once.accession).txt", encoding: .utf8) == once.text)
    }

    @Test func aBodyThatIsNoSubmissionIsRetriedThenReported() throws {
        let server = try EDGARFixtures.server()
        let cache = Self.freshFolder()
        defer { try? FileManager.default.removeItem(atPath: cache) }
        let filing = EDGARFixtures.brightwaterRecent[0]
        server.serve(filing.path(under: EDGARFixtures.brightwater), "<html><body>Request Rate Threshold Exceeded</body></html>")
        let report = try Self.run(try Self.fetcher(server, cache: cache), .issuer(try #require(Self.bwtr)))
        let failed = try #require(report.filings.first { $0.filing.accession.description == filing.accession })
        #expect(failed.outcome == .failed)
        #expect(failed.problem?.contains("does not start as an EDGAR submission") == true)
        #expect(server.paths.filter { $0 == filing.path(under: EDGARFixtures.brightwater) }.count == RetryPolicy().attempts)
        #expect(!FileManager.default.fileExists(atPath: "\(cache)/1900001/\(filing.accession).txt"))
    }

    @Test func aSlowBodyArrivesWhole() throws {
        let server = try EDGARFixtures.server()
        let cache = Self.freshFolder()
        defer { try? FileManager.default.removeItem(atPath: cache) }
        let filing = EDGARFixtures.brightwaterOlder[0]
        server.misbehave(filing.path(under: EDGARFixtures.brightwater), .slow(pieces: 6, pause: 0.1))
        let report = try Self.run(try Self.fetcher(server, cache: cache), .issuer(try #require(Self.bwtr)))
        #expect(report.count(.fetched) == 4 && report.retries == 0)
        #expect(try String(contentsOfFile: "\(cache)/1900001/\(filing.accession).txt", encoding: .utf8) == filing.text)
    }

    @Test func everyRequestCarriesTheUserAgent() throws {
        let server = try EDGARFixtures.server()
        let cache = Self.freshFolder()
        defer { try? FileManager.default.removeItem(atPath: cache) }
        _ = try Self.run(try Self.fetcher(server, cache: cache), .ticker("BWTR"))
        #expect(server.requests.count == 7)
        #expect(server.requests.allSatisfy { $0.userAgent == Self.agent })
    }

    @Test func anUnknownTickerOrFilerIsAnError() throws {
        let server = try EDGARFixtures.server()
        let fetcher = try Self.fetcher(server, cache: Self.freshFolder())
        #expect(throws: FetchError.unknownTicker("NOPE")) { try Self.run(fetcher, .ticker("NOPE")) }
        #expect(throws: FetchError.unknownFiler(cik: "42")) { try Self.run(fetcher, .issuer(try #require(CIK(42)))) }
    }

    @Test func theRateHoldsAcrossThreadsAsTheServerSeesIt() throws {
        let server = try EDGARTestServer()
        for number in 0..<30 { server.serve("/r/\(number)", "ok") }
        let client = EDGARClient(userAgent: Self.agent, pacer: RequestPacer(perSecond: 10))
        let base = server.baseURL
        DispatchQueue.concurrentPerform(iterations: 6) { thread in
            for number in stride(from: thread, to: 30, by: 6) {
                guard let url = URL(string: "\(base)/r/\(number)") else { continue }
                _ = try? client.get(url) { data throws(FetchError) in data }
            }
        }
        let arrivals = server.requests.map(\.arrived).sorted()
        #expect(arrivals.count == 30)
        #expect(Self.mostInOneSecond(arrivals) <= 10)
    }

    /// The largest number of instants within any one second.
    static func mostInOneSecond(_ instants: [ContinuousClock.Instant]) -> Int {
        var most = 0
        for (index, start) in instants.enumerated() {
            most = max(most, instants[index...].prefix { start.duration(to: $0) < .seconds(1) }.count)
        }
        return most
    }
}
