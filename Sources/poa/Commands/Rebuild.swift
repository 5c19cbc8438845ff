import ArgumentParser
import Foundation
import POAAuthority
import POAStore

extension Poa {
    /// `poa rebuild`: recomputes every authority interval from the recorded documents and facts.
    struct Rebuild: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rebuild",
            abstract: "Recompute every grantor's authority intervals from the documents and recorded facts.",
            discussion: """
                The intervals are kept current on every import and fact, so this is only needed after \
                upgrading to a version whose rules changed. Every history is evaluated again; only the \
                intervals that come out different are written (--rewrite-all writes every one). One \
                transaction: readers see the old intervals or the new ones, never a mix, and an \
                interrupted rebuild changes nothing.
                """)

        @OptionGroup var ledger: LedgerOptions

        @Flag(help: "Delete and write every interval again, changed or not, in key order (as a first derivation does).")
        var rewriteAll = false

        func run() throws {
            try reportingFailures {
                let opened = try ledger.openForWriting()
                let started = Date()
                let summary = try failing { try AuthorityEngine.rebuildAll(opened, rewritingIntervals: rewriteAll) }
                let seconds = String(format: "%.2f", Date().timeIntervalSince(started))
                let rows = "\(summary.changedIntervals) interval rows \(rewriteAll ? "written" : "changed")"
                _ = try failing {
                    try opened.transaction {
                        try $0.log(
                            ChangeLogEntry(
                                who: changeAuthor, action: .rebuild, target: "\(summary.grantors) grantor histories: \(rows)",
                                note: nil))
                    }
                }
                print(
                    "rebuilt the intervals of \(summary.grantors) grantor histories in \(seconds) s: "
                        + rows)
            }
        }
    }
}
