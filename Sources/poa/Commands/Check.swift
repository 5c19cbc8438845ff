import ArgumentParser
import POAStore

extension Poa {
    /// `poa check`: the health of the ledger file, without writing to it.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Check the ledger: SQLite integrity, foreign keys and the migration ledger.",
            discussion: """
                Prints each problem found and exits with 2 if there is any; never writes to the file. \
                With --format json, prints {"ok", "path", "problems": [{"kind", "detail"}], "pending_migrations", \
                "stale_temporaries"} whatever the outcome (the exit code is the same). Copies a killed backup \
                or restore left beside the ledger (an hour old or more) are listed, not counted as problems.
                """)

        @OptionGroup var ledger: LedgerOptions

        @Option(help: "text or json.")
        var format: TextOrJSON = .text

        func run() throws {
            let problems = Ledger.check(at: ledger.path)
            let pending = problems.isEmpty
                ? (try? Ledger.migrationStatus(at: ledger.path))?.filter { !$0.isApplied }.map(\.name) ?? [] : []
            // Copies a killed backup or restore left beside the ledger: not a problem of the
            // ledger, but disk taken for nothing.
            let stale = Ledger.staleTemporaries(beside: ledger.path, olderThan: Ledger.staleAge)
            if format == .json {
                var object = Self.json(path: ledger.path, problems: problems, pending: pending)
                object["stale_temporaries"] = stale
                print(AuthorityJSON.render(object))
            } else {
                for path in stale {
                    printError("note: \(path) is a copy left by a killed backup or restore: remove it (the next backup or restore does)")
                }
            }
            guard problems.isEmpty else {
                if format == .text {
                    for problem in problems { printError("problem: \(problem)") }
                }
                printError("Error: \(ledger.path) has \(problems.count) problem\(problems.count == 1 ? "" : "s")")
                throw ExitCode(2)
            }
            guard format == .text else { return }
            print("\(ledger.path): ok (integrity, foreign keys, migrations)")
            if !pending.isEmpty {
                print("note: migration(s) \(pending.joined(separator: ", ")) pending: applied by the next command that writes, or by poa migrate")
            }
        }

        /// `{"ok", "path", "problems": [{"kind", "detail"}], "pending_migrations": [String]}`:
        /// pending migrations are not problems (the next write applies them), so `ok` ignores them.
        static func json(path: String, problems: [LedgerProblem], pending: [String]) -> [String: Any?] {
            [
                "ok": problems.isEmpty, "path": path, "pending_migrations": pending,
                "problems": problems.map { ["kind": $0.kind.rawValue, "detail": $0.detail] },
            ]
        }
    }
}
