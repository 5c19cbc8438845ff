import ArgumentParser
import Foundation
import POACore
import POAFetch
import POAImport

extension Poa {
    /// `poa fetch`: downloads a filer's Section 16 filings from EDGAR into a cache, then imports them.
    struct Fetch: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "fetch",
            abstract: "Fetch an issuer's or a person's Section 16 filings from EDGAR, and import them.",
            discussion: """
                Reads the filer's submissions index on EDGAR (and its older pages), chooses the filings of \
                the forms and days asked (3, 4, 5, 144 and their amendments by default), downloads each \
                whole submission (the form and its exhibits, EX-24 included) that the cache does not \
                hold yet, then imports them as poa import does. Every request names who asks \
                (--user-agent, else $POA_USER_AGENT; required) and the run keeps to --rate requests a \
                second; 429 and 503 are waited out and retried. Interrupted, it keeps every filing \
                already whole in the cache: run it again to resume. Exit 1 when a filing could not be \
                fetched or a document could not be imported (the rest are still fetched and imported); \
                64 for a wrong command line, a missing User-Agent included. See docs/fetch.md.
                """)

        @OptionGroup var ledger: LedgerOptions

        @Option(help: ArgumentHelp("An issuer, by its EDGAR CIK (leading zeros optional).", valueName: "cik"))
        var cik: String?

        @Option(help: ArgumentHelp("An issuer, by ticker (resolved through EDGAR's company_tickers.json).", valueName: "ticker"))
        var ticker: String?

        @Option(
            name: .customLong("owner-cik"),
            help: ArgumentHelp("A reporting person (or entity), by CIK: their filings about every issuer.", valueName: "cik"))
        var ownerCIK: String?

        @Option(help: ArgumentHelp("Only filings filed on or after this day.", valueName: "date"))
        var since: Day?

        @Option(help: ArgumentHelp("Only filings filed on or before this day.", valueName: "date"))
        var until: Day?

        @Option(
            help: ArgumentHelp(
                "The forms, comma-separated; each takes its amendments (4 takes 4/A). Default: 3,4,5,144.",
                valueName: "forms"))
        var forms = FilingSelection.section16Forms.joined(separator: ",")

        @Option(
            help: ArgumentHelp(
                "The folder keeping fetched filings (<CIK>/<accession>.txt). Default: poa-edgar-cache/ beside the ledger.",
                valueName: "folder"))
        var cache: String?

        @Option(
            name: .customLong("user-agent"),
            help: ArgumentHelp(
                "Who asks, with an e-mail address, sent to EDGAR with every request. Default: $POA_USER_AGENT.",
                valueName: "text"))
        var userAgent: String?

        @Option(help: ArgumentHelp("Requests a second at most, over the whole run (default 5, at most 10: EDGAR's limit).", valueName: "n"))
        var rate = RequestPacer.defaultRate

        @Option(
            name: .customLong("edgar-url"),
            help: ArgumentHelp("A base URL replacing https://data.sec.gov and https://www.sec.gov (a mirror).", valueName: "url"))
        var edgarURL: String?

        @Flag(name: .customLong("no-import"), help: "Fetch into the cache only; import nothing.")
        var noImport = false

        @Option(help: "text: progress and a summary line for people. json: one object for scripts.")
        var format: TextOrJSON = .text

        /// The first wait, in seconds, before retrying a failed request (doubled each time):
        /// tests shorten it. Retry-After is honoured whatever it is.
        @Option(name: .customLong("retry-wait"), help: .hidden)
        var retryWait = RetryPolicy().backoffBase

        func validate() throws {
            let named = [cik, ticker, ownerCIK].compactMap { $0 }
            guard named.count == 1 else {
                throw ValidationError("Give one of --cik, --ticker or --owner-cik: whose filings to fetch.")
            }
            for (option, value) in [("--cik", cik), ("--owner-cik", ownerCIK)] {
                if let value, CIK(value.trimmingWhitespace) == nil {
                    throw ValidationError("\(option) takes a CIK of 1 to 10 digits, like 1318605 (got \"\(value)\").")
                }
            }
            if let ticker, ticker.trimmingWhitespace.isEmpty { throw ValidationError("--ticker needs a ticker, like HIG.") }
            if let since, let until, since > until {
                throw ValidationError("--since \(since) is after --until \(until): no filing can be both.")
            }
            _ = try selection()
            guard rate > 0, rate <= RequestPacer.highestRate else {
                throw ValidationError("--rate must be above 0 and at most 10 requests a second, EDGAR's limit (got \(rate)).")
            }
            guard retryWait >= 0, retryWait.isFinite else { throw ValidationError("--retry-wait must be 0 or more seconds.") }
            _ = try resolvedUserAgent()
            if let edgarURL {
                do { _ = try EDGARAddress(base: edgarURL) } catch { throw ValidationError(error.description + ".") }
            }
        }

        /// `--user-agent`, else `$POA_USER_AGENT`; EDGAR blocks requests that do not say who makes them.
        func resolvedUserAgent() throws -> String {
            let given = userAgent ?? ProcessInfo.processInfo.environment["POA_USER_AGENT"] ?? ""
            let agent = given.trimmingWhitespace
            guard !agent.isEmpty else {
                throw ValidationError(
                    "poa fetch must say who is asking: EDGAR blocks requests whose User-Agent does not name a person "
                        + "or company and an e-mail address. Give --user-agent \"Jane Roe jane@example.com\", "
                        + "or set POA_USER_AGENT.")
            }
            guard agent.contains("@"), !agent.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
                throw ValidationError(
                    "--user-agent (or POA_USER_AGENT) must name who asks with an e-mail address, on one line, "
                        + "like \"Jane Roe jane@example.com\" (got \"\(given)\").")
            }
            return agent
        }

        /// The forms and days asked.
        func selection() throws -> FilingSelection {
            let names = forms.split(separator: ",").map { String($0).trimmingWhitespace }.filter { !$0.isEmpty }
            guard !names.isEmpty else { throw ValidationError("--forms needs at least one form, like 3,4,5,144.") }
            let types = try names.map { name in
                do { return try Form.filingType(naming: name) } catch let error as CoreError {
                    throw ValidationError("--forms: \(error.description).")
                }
            }
            return FilingSelection(forms: types, since: since, until: until)
        }

        /// The cache folder: `--cache`, else `poa-edgar-cache` in the ledger's folder.
        var cacheFolder: String {
            if let cache, !cache.isEmpty { return cache }
            let folder = (ledger.path as NSString).deletingLastPathComponent
            return folder.isEmpty ? "poa-edgar-cache" : (folder as NSString).appendingPathComponent("poa-edgar-cache")
        }

        var filer: Fetcher.Filer {
            if let cik, let number = CIK(cik.trimmingWhitespace) { return .issuer(number) }
            if let ownerCIK, let number = CIK(ownerCIK.trimmingWhitespace) { return .owner(number) }
            return .ticker(ticker ?? "")
        }

        func run() throws {
            try reportingFailures {
                var policy = RetryPolicy()
                policy.backoffBase = retryWait
                let client = EDGARClient(userAgent: try resolvedUserAgent(), pacer: RequestPacer(perSecond: rate), policy: policy)
                let edgar = try edgarURL.map { try EDGARAddress(base: $0) } ?? EDGARAddress.sec()
                let fetcher = Fetcher(client: client, edgar: edgar, cache: FilingCache(folder: cacheFolder))
                let isTerminal = isatty(STDOUT_FILENO) == 1
                let printer = FetchPrinter(json: format == .json, isTerminal: isTerminal)
                let report: FetchReport
                do {
                    report = try fetcher.run(filer, selection: try selection()) { printer.show($0) }
                } catch let error as FetchError {
                    printer.finish()
                    throw Failure(message: error.description)
                }
                printer.finish()
                var imported: ImportRun.Outcome?
                var importFailure: (any Error)?
                if format == .json { Swift.print("{\"fetch\": \(FetchPrinter.json(report)), \"import\": ", terminator: "") }
                if !noImport {
                    let files = report.inCache.compactMap { filing in filing.path.map { ($0, filing.url) } }
                    let run = ImportRun(
                        ledger: ledger,
                        display: ImportDisplay.choose(format: format, verbose: false, quiet: false, isTerminal: isTerminal),
                        sourceURLs: Dictionary(files, uniquingKeysWith: { first, _ in first }))
                    do {
                        let outcome = try run.perform(files.map(\.0))
                        imported = outcome
                        try run.failures(of: outcome, strict: false)
                    } catch {
                        importFailure = error
                    }
                } else if format == .json {
                    Swift.print("null", terminator: "")
                }
                if format == .json { Swift.print("}") } else { Swift.print(FetchPrinter.summaryLine(report, imported: imported?.summary)) }
                if let importFailure { throw importFailure }
                try Self.failures(of: report)
            }
        }

        /// Exit 1 when a chosen filing is not in the cache (not found, failed, or not tried).
        static func failures(of report: FetchReport) throws {
            let missing = report.filings.count - report.inCache.count
            if let interruption = report.interruption {
                throw Failure(message: "\(interruption.description) (\(missing) filing(s) not fetched; what is cached stays)")
            }
            if missing > 0 {
                throw Failure(
                    message: "\(missing) of \(report.filings.count) filing(s) could not be fetched (the lines above say why); "
                        + "run again to retry the ones that failed")
            }
        }
    }
}
