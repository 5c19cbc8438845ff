import ArgumentParser
import POAStore

extension Poa {
    /// `poa backup DEST [--force]`: a consistent, verified copy of the ledger, even while it is in use.
    struct Backup: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "backup",
            abstract: "Copy the ledger to a file, consistently, while it may be in use.",
            discussion: """
                Uses SQLite's online backup API inside one read transaction: the copy holds the ledger \
                as of one instant, and writers are never blocked or restarted. The copy is written under \
                a temporary name, its migration ledger read back (with --verify, also its integrity and \
                foreign keys), synced, then renamed to DEST, so DEST is never half-written. An existing \
                DEST is kept unless --force. With --format json, prints {"path", "bytes", "verified", \
                "pending_migrations"}: verified is true with --verify (integrity and foreign keys \
                checked), false when only the migrations were read back.
                """)

        @OptionGroup var ledger: LedgerOptions

        @Argument(help: ArgumentHelp("The backup file to write.", valueName: "dest"))
        var destination: String

        @Flag(help: "Replace DEST if it exists.")
        var force = false

        @Flag(help: "Also check the copy's integrity and foreign keys (reads every page back: about 5x slower).")
        var verify = false

        @Option(help: "text or json.")
        var format: TextOrJSON = .text

        func run() throws {
            try reportingFailures {
                let report = try backingUp { try Ledger.backup(from: ledger.path, to: destination, force: force, verify: verify) }
                if format == .json {
                    return print(AuthorityJSON.render([
                        "path": report.path, "bytes": report.byteCount, "verified": verify,
                        "pending_migrations": report.pendingMigrations,
                    ] as [String: Any?]))
                }
                print("\(ledger.path) backed up to \(report.path) (\(byteText(report.byteCount)); "
                    + (verify ? "verified: integrity, foreign keys, migrations)" : "checked: migrations)"))
                if !report.pendingMigrations.isEmpty {
                    print("note: the ledger needs migration(s) \(report.pendingMigrations.joined(separator: ", ")); "
                        + "the backup is of the database before them")
                }
            }
        }
    }
}

/// Runs a backup or restore call, turning its `BackupError` into a `Failure`: exit 3 when the
/// database was refused (newer, edited, foreign or unreadable), else 1.
func backingUp<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as BackupError {
        switch error {
        case .sourceRefused(_, let reason), .ledgerRefused(_, let reason):
            throw Failure(message: error.description, exitCode: Failure(reason).exitCode)
        case .sourceDamaged:
            throw Failure(message: error.description, exitCode: 3)
        case .sourceNotABackup(_, let problem):
            switch problem {
            case .unreadable, .danglingLink:
                // No file to refuse, as when the file is missing: the command failed.
                break
            default:
                throw Failure(message: error.description, exitCode: 3)
            }
        default:
            break
        }
        throw Failure(message: error.description)
    }
}

/// A size for people: `8192 bytes`, `1.4 MB`.
func byteText(_ count: Int64) -> String {
    guard count >= 1_000_000 else { return count >= 10_000 ? "\(count / 1000) kB" : "\(count) bytes" }
    let tenths = (count + 50_000) / 100_000
    return "\(tenths / 10).\(tenths % 10) MB"
}
