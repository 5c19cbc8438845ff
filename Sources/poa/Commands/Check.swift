import ArgumentParser
import POAStore

extension Poa {
    /// `poa check`: the health of the ledger file, without writing to it.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Check the ledger: SQLite integrity, foreign keys and the migration ledger.",
            discussion: "Prints each problem found and exits with 2 if there is any; never writes to the file.")

        @OptionGroup var ledger: LedgerOptions

        func run() throws {
            let problems = Ledger.check(at: ledger.path)
            guard problems.isEmpty else {
                for problem in problems { printError("problem: \(problem)") }
                printError("Error: \(ledger.path) has \(problems.count) problem\(problems.count == 1 ? "" : "s")")
                throw ExitCode(2)
            }
            let pending = (try? Ledger.migrationStatus(at: ledger.path))?.filter { !$0.isApplied }.map(\.name) ?? []
            print("\(ledger.path): ok (integrity, foreign keys, migrations)")
            if !pending.isEmpty {
                print("note: migration(s) \(pending.joined(separator: ", ")) pending: applied by the next command that writes, or by poa migrate")
            }
        }
    }
}
