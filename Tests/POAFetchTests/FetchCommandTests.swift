import Foundation
import POATestSupport
import Testing

/// `poa fetch` as a user runs it, against the local stand-in for EDGAR.
struct FetchCommandTests {
    static let agent = "Jane Roe jane@example.com"

    /// Everything the ledger records of fetched documents, by content rather than row ids.
    static let canonicalDump = """
        SELECT 'document', d.sha256, d.status, coalesce(d.accession_number, ''), coalesce(s.url, ''), d.path FROM document d
        LEFT JOIN document_source s ON s.document_id = d.id
        UNION ALL
        SELECT 'instrument', d.sha256, i.position, i.kind, p.name, i.executed_on
        FROM instrument i JOIN document d ON d.id = i.document_id JOIN person p ON p.id = i.grantor_id
        UNION ALL
        SELECT 'interval', grantor, attorney, valid_from, coalesce(valid_until, ''), forms FROM authority
        UNION ALL
        SELECT 'signature', d.sha256, s.signed_on, s.signer_as_written, '', '' FROM signature s JOIN document d ON d.id = s.document_id
        ORDER BY 1, 2, 3, 4, 5, 6
        """

    static func fetch(_ folder: Workspace, _ server: EDGARTestServer, _ arguments: String...) throws -> PoaProcess.Result {
        try folder.poa(
            "fetch", "--user-agent", agent, "--edgar-url", server.baseURL, "--rate", "10", "--retry-wait", "0.05",
            arguments[0], arguments[1], arguments.count > 2 ? arguments[2] : "--format", arguments.count > 3 ? arguments[3] : "text")
    }

    @Test func withoutAUserAgentFetchRefusesToStartAndSaysWhy() throws {
        let folder = try Workspace(), server = try EDGARFixtures.server()
        let refused = try folder.poa("fetch", "--ticker", "BWTR", "--edgar-url", server.baseURL)
        #expect(refused.status == 64)
        #expect(refused.stderr.contains("User-Agent"))
        #expect(refused.stderr.contains("POA_USER_AGENT"))
        #expect(server.requests.isEmpty)
        let fromEnvironment = try folder.poa(
            "fetch", "--ticker", "BWTR", "--edgar-url", server.baseURL, "--rate", "10", "--no-import",
            environment: ["POA_USER_AGENT": Self.agent])
        #expect(fromEnvironment.status == 0, "\(fromEnvironment.stderr)")
        #expect(!server.requests.isEmpty && server.requests.allSatisfy { $0.userAgent == Self.agent })
        let nameless = try folder.poa("fetch", "--ticker", "BWTR", "--user-agent", "curl", "--edgar-url", server.baseURL)
        #expect(nameless.status == 64 && nameless.stderr.contains("e-mail"))
    }

    @Test func fromATickerToAnswersInTwoCommands() throws {
        let folder = try Workspace(), server = try EDGARFixtures.server()
        let fetched = try Self.fetch(folder, server, "--ticker", "BWTR")
        #expect(fetched.status == 0, "\(fetched.stderr)")
        #expect(fetched.stdout.contains("Fetched Brightwater Instruments Inc (CIK 1900001): 4 filing(s), 4 fetched, 0 cached"))
        #expect(fetched.stdout.contains("4 imported"))
        let authority = try folder.poa("authority", "--grantor", "Nadia R. Okafor", "--on", "2024-03-05")
        #expect(authority.status == 0, "\(authority.stderr)")
        #expect(authority.stdout.contains("Rosalind Achebe"))
        // Each document keeps its accession number and its address on EDGAR; the cache is beside the ledger.
        let sources = try folder.poa(
            "sql", "--format", "csv",
            "SELECT d.accession_number, s.url FROM document d JOIN document_source s ON s.document_id = d.id ORDER BY 1")
        #expect(sources.stdout.contains(
            "0001900001-24-000007,https://www.sec.gov/Archives/edgar/data/1900001/000190000124000007/0001900001-24-000007.txt"))
        #expect(sources.stdout.split(separator: "\n").count == 5)
        #expect(FileManager.default.fileExists(atPath: folder.path("poa-edgar-cache/1900001/0001900001-24-000007.txt")))
    }

    @Test func aRerunFetchesNothingNewAndImportsNothingTwice() throws {
        let folder = try Workspace(), server = try EDGARFixtures.server()
        #expect(try Self.fetch(folder, server, "--cik", "1900001").status == 0)
        let archive = server.paths.filter { $0.hasPrefix("/Archives/") }.count
        let again = try Self.fetch(folder, server, "--cik", "0001900001", "--format", "json")
        #expect(again.status == 0, "\(again.stderr)")
        #expect(server.paths.filter { $0.hasPrefix("/Archives/") }.count == archive)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(again.stdout.utf8)) as? [String: Any])
        let fetch = try #require(json["fetch"] as? [String: Any])
        #expect(fetch["found"] as? Int == 4 && fetch["cached"] as? Int == 4 && fetch["fetched"] as? Int == 0)
        let summary = try #require((json["import"] as? [String: Any])?["summary"] as? [String: Any])
        #expect(summary["duplicate"] as? Int == 4)
    }

    @Test func theRateHoldsAsTheServerSeesIt() throws {
        let folder = try Workspace(), server = try EDGARFixtures.server()
        let run = try folder.poa(
            "fetch", "--owner-cik", "1900101", "--user-agent", Self.agent, "--edgar-url", server.baseURL, "--rate", "3",
            "--no-import")
        #expect(run.status == 0, "\(run.stderr)")
        let arrivals = server.requests.map(\.arrived)
        #expect(arrivals.count == 4)
        #expect(FetcherTests.mostInOneSecond(arrivals) <= 3)
    }

    @Test func ownerCIKFollowsOnePersonAcrossIssuers() throws {
        let folder = try Workspace(), server = try EDGARFixtures.server()
        let run = try Self.fetch(folder, server, "--owner-cik", "1900101", "--format", "json")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(server.paths.filter { $0.hasPrefix("/Archives/") }.sorted() == EDGARFixtures.okaforFilings.map {
            $0.path(under: EDGARFixtures.okafor)
        }.sorted())
        let issuers = try folder.poa("sql", "--format", "csv", "SELECT DISTINCT header_issuer_name FROM document ORDER BY 1")
        #expect(issuers.stdout.contains("Brightwater Instruments Inc") && issuers.stdout.contains("Calder Rail Corp"))
        let authority = try folder.poa("authority", "--grantor", "Nadia R. Okafor", "--on", "2022-08-20")
        #expect(authority.stdout.contains("Hannah Brooks") && authority.stdout.contains("Rosalind Achebe"), "\(authority.stdout)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let filer = try #require((json["fetch"] as? [String: Any])?["filer"] as? [String: Any])
        #expect(filer["role"] as? String == "owner" && filer["cik"] as? String == "1900101")
    }

    @Test func aMissingFilingIsReportedTheRestImportedAndTheExitIsOne() throws {
        let folder = try Workspace(), server = try EDGARFixtures.server()
        let missing = EDGARFixtures.brightwaterRecent[0]
        server.misbehave(missing.path(under: EDGARFixtures.brightwater), .status(404, retryAfter: nil))
        let run = try Self.fetch(folder, server, "--cik", "1900001")
        #expect(run.status == 1)
        #expect(run.stdout.contains("not-found  \(missing.accession) Form 4 filed 2024-03-05"))
        #expect(run.stdout.contains("3 imported"))
        #expect(run.stderr.contains("1 of 4 filing(s) could not be fetched"))
    }

    @Test func aRunKilledHalfWayResumesToTheSameLedgerAsOneUninterruptedRun() throws {
        let folder = try Workspace(), server = try EDGARFixtures.server()
        #expect(try folder.poa(
            "fetch", "--cik", "1900001", "--user-agent", Self.agent, "--edgar-url", server.baseURL, "--rate", "10",
            "--db", "clean.sqlite", "--cache", "clean-cache").status == 0)
        let clean = try folder.poa("sql", "--db", "clean.sqlite", "--format", "csv", Self.canonicalDump).stdout
            .replacingOccurrences(of: "clean-cache/", with: "cache/")
        #expect(clean.split(separator: "\n").count > 10)

        // Killed as the fourth filing is asked for: the first two are whole, the third is coming slowly.
        let served = server.requests.count
        let third = EDGARFixtures.brightwaterSection16[2].path(under: EDGARFixtures.brightwater)
        server.misbehave(third, .slow(pieces: 20, pause: 0.2))
        let process = PoaProcess.process(
            [
                "fetch", "--cik", "1900001", "--user-agent", Self.agent, "--edgar-url", server.baseURL, "--rate", "10",
                "--db", "killed.sqlite", "--cache", "cache",
            ], in: folder.folder)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let pid = Box()
        server.received = { count in
            if count == served + 6 { kill(pid.value, SIGKILL) }  // index, older page, four filings
        }
        try process.run()
        pid.value = process.processIdentifier
        process.waitUntilExit()
        server.received = nil
        #expect(process.terminationReason == .uncaughtSignal)
        let kept = try FileManager.default.contentsOfDirectory(atPath: folder.path("cache/1900001")).filter { !$0.hasPrefix(".") }
        #expect(kept.count == 2)

        let before = server.requests.count
        let resumed = try folder.poa(
            "fetch", "--cik", "1900001", "--user-agent", Self.agent, "--edgar-url", server.baseURL, "--rate", "10",
            "--db", "killed.sqlite", "--cache", "cache")
        #expect(resumed.status == 0, "\(resumed.stderr)")
        let asked = server.requests[before...].map(\.path).filter { $0.hasPrefix("/Archives/") }
        #expect(asked.count == 2, "only the filings not cached: \(asked)")
        let after = try folder.poa("sql", "--db", "killed.sqlite", "--format", "csv", Self.canonicalDump).stdout
        #expect(after == clean)
        #expect(try folder.poa("check", "--db", "killed.sqlite").status == 0)
    }

    /// A process id set after the callback that reads it is installed.
    final class Box: @unchecked Sendable {
        var value: pid_t = 0
    }
}
