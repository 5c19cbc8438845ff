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
                upgrading to a version whose rules changed. One transaction: readers see the old intervals \
                or the new ones, never a mix, and an interrupted rebuild changes nothing.
                """)

        @OptionGroup var ledger: LedgerOptions

        func run() throws {
            try reportingFailures {
                let opened = try ledger.openForWriting()
                let started = Date()
                let grantors = try failing { try AuthorityEngine.rebuildAll(opened) }
                print("rebuilt the intervals of \(grantors) grantor histories in \(String(format: "%.2f", Date().timeIntervalSince(started))) s")
            }
        }
    }
}
