import ArgumentParser
import Foundation
import POAStore

/// `--db PATH`, shared by every command that opens the ledger.
struct LedgerOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The ledger database file. Default: $POA_DB, else poa.sqlite in the current folder.",
            valueName: "path"))
    var db: String?

    /// The database path after defaults: `--db`, then `$POA_DB`, then `./poa.sqlite`.
    var path: String {
        if let db, !db.isEmpty { return db }
        if let environment = ProcessInfo.processInfo.environment["POA_DB"], !environment.isEmpty {
            return environment
        }
        return "poa.sqlite"
    }

    /// Opens the ledger for writing: creates the file on first use and applies pending migrations.
    func openForWriting() throws -> Ledger {
        do {
            return try Ledger.open(at: path)
        } catch {
            throw Failure(error)
        }
    }

    /// Opens the ledger for reading only: never creates, migrates or writes.
    func openForReading() throws -> Ledger {
        do {
            return try Ledger.openForReading(at: path)
        } catch {
            throw Failure(error)
        }
    }
}
