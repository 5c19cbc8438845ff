import ArgumentParser
import Foundation
import POAStore

extension Poa {
    /// `poa restore SRC`: replaces the ledger with a backup, keeping the current file.
    struct Restore: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "restore",
            abstract: "Replace the ledger with a backup, keeping the current file as a timestamped copy.",
            discussion: """
                SRC must be a healthy POA Ledger database this poa can open (integrity, foreign keys, \
                migration ledger not newer nor edited), else it is refused (exit 3) and nothing changes. \
                The current file is kept as PATH.<UTC time>.bak, then SRC's copy is renamed into place. \
                Stop other poa processes using the ledger first.
                """)

        @OptionGroup var ledger: LedgerOptions

        @Argument(help: ArgumentHelp("The backup to restore.", valueName: "src"))
        var source: String

        func run() throws {
            try reportingFailures {
                let report = try backingUp { try Ledger.restore(from: source, to: ledger.path) }
                print("\(report.path) restored from \(source) (\(byteText(report.byteCount)))")
                if let kept = report.keptCopy { print("the previous file is kept as \(kept)") }
                if !report.pendingMigrations.isEmpty {
                    print("note: the restored ledger needs migration(s) "
                        + "\(report.pendingMigrations.joined(separator: ", ")): run poa migrate")
                    print("note: the restore is not in the restored ledger's log (it is written only into a migrated ledger)")
                } else {
                    logRestore()
                }
            }
        }

        /// Appends the restore to the restored ledger's log. The restore itself is done by then, so
        /// a log that cannot be written is a warning on stderr, not a failure.
        private func logRestore() {
            let backup = URL(fileURLWithPath: source).standardizedFileURL.path
            do {
                let restored = try Ledger.open(at: ledger.path)
                _ = try restored.transaction { try $0.log(ChangeLogEntry(who: changeAuthor, action: .restore, target: backup, note: nil)) }
                try restored.close()
            } catch {
                printError(
                    "Warning: the ledger is restored, but the restore could not be written to its log: "
                        + "\((error as? StoreError)?.description ?? "\(error)")")
            }
        }
    }
}
