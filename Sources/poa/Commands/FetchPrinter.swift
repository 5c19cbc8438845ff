import Foundation
import POACore
import POAFetch
import POAImport
import POAReports

/// Shows a fetch as it goes: on a terminal one progress line rewritten in place (filings
/// found, fetched, cached, errors, and the time left), with the filings that could not be
/// fetched printed above it; piped, a line per filing fetched or not; for `json`, nothing
/// until the summary object. Events come from the fetching threads, one at a time under a lock.
final class FetchPrinter: @unchecked Sendable {
    private let json: Bool
    private let isTerminal: Bool
    private let lock = NSLock()
    private var chosen = 0
    private var cached = 0
    private var fetched = 0
    private var errors = 0
    private var listedAt = ContinuousClock.now
    private var lastDrawn = ContinuousClock.now - .seconds(1)
    private var progressShown = false

    init(json: Bool, isTerminal: Bool) {
        self.json = json
        self.isTerminal = isTerminal
    }

    func show(_ event: Fetcher.Event) {
        guard !json else { return }
        lock.withLock {
            switch event {
            case .listed(let filer, let count, let inCache):
                chosen = count
                cached = inCache
                listedAt = .now
                Swift.print(
                    "\(DisplayWidth.printable(filer.name.isEmpty ? "CIK \(filer.cik)" : filer.name)) (CIK \(filer.cik), \(filer.role)): "
                        + "\(grouped(count)) filing(s) chosen, \(grouped(inCache)) already cached, \(grouped(count - inCache)) to fetch")
            case .finished(let filing):
                if filing.outcome == .fetched { fetched += 1 } else { errors += 1 }
                let problem = filing.outcome != .fetched
                if !isTerminal || problem {
                    clearProgress()
                    Swift.print(Self.line(filing))
                }
            }
            if isTerminal, chosen > 0, lastDrawn.duration(to: .now) > .milliseconds(250) {
                lastDrawn = .now
                Swift.print("\r\u{1B}[K" + progressText(), terminator: "")
                fflush(nil)
                progressShown = true
            }
        }
    }

    /// Takes the progress line away before the import's output and the summary.
    func finish() {
        lock.withLock { clearProgress() }
    }

    /// "12 of 40 filings: 10 fetched, 2 cached, 0 errors; about 6 s left".
    private func progressText() -> String {
        let done = fetched + errors
        let toFetch = chosen - cached
        var text = "\(grouped(cached + done)) of \(grouped(chosen)) filings: \(grouped(fetched)) fetched, "
            + "\(grouped(cached)) cached, \(grouped(errors)) error\(errors == 1 ? "" : "s")"
        if done > 0, toFetch > done {
            let elapsed = listedAt.duration(to: .now).components
            let seconds = Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18
            let left = seconds / Double(done) * Double(toFetch - done)
            text += "; about \(Self.duration(left)) left"
        }
        return text
    }

    private func clearProgress() {
        guard progressShown else { return }
        Swift.print("\r\u{1B}[K", terminator: "")
        progressShown = false
    }

    /// A filing's line: what became of it, its number, form and day, and why not, when not.
    static func line(_ filing: FetchedFiling) -> String {
        let status = filing.outcome.rawValue
        let padded = status + String(repeating: " ", count: max(0, 10 - status.count))
        let what = "\(padded) \(filing.filing.accession) Form \(DisplayWidth.printable(filing.filing.form)) filed \(filing.filing.filedOn)"
        return what + (filing.problem.map { ": \(DisplayWidth.printable($0))" } ?? "")
    }

    /// The run in one line: "Fetched Brightwater Instruments Inc (CIK 1900001): 5 filing(s), 3 fetched,
    /// 2 cached, 0 not found, 0 failed; 5 imported, 0 duplicate, ...; 8 requests in 1.2 s".
    static func summaryLine(_ report: FetchReport, imported: ImportSummary?) -> String {
        var line = "Fetched \(DisplayWidth.printable(report.filer.name.isEmpty ? "CIK \(report.filer.cik)" : report.filer.name)) "
            + "(CIK \(report.filer.cik)): \(report.filings.count) filing(s), \(report.count(.fetched)) fetched, "
            + "\(report.count(.cached)) cached, \(report.count(.notFound)) not found, \(report.count(.failed)) failed"
        if report.count(.notTried) > 0 { line += ", \(report.count(.notTried)) not tried" }
        if let imported {
            let parts = DocumentStatus.allCases.map { "\(imported[$0]) \($0.rawValue)" }
            line += "; " + parts.joined(separator: ", ")
        } else {
            line += "; not imported (--no-import)"
        }
        return line + "; \(report.requests) request(s)\(report.retries > 0 ? " (\(report.retries) retried)" : "") in \(duration(report.seconds))"
    }

    /// The report as one JSON object.
    static func json(_ report: FetchReport) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        return (try? encoder.encode(report)).map { String(decoding: $0, as: UTF8.self) } ?? "null"
    }

    /// "0.4 s", "12 s", "3 min 20 s".
    static func duration(_ seconds: Double) -> String {
        if seconds < 10 { return String(format: "%.1f s", seconds) }
        let whole = Int(seconds.rounded())
        return whole < 60 ? "\(whole) s" : "\(whole / 60) min \(whole % 60) s"
    }
}
