import ArgumentParser
import POAStore

extension Poa {
    /// `poa migrate [--status]`: applies pending migrations, or lists each with its state.
    struct Migrate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "migrate",
            abstract: "Create or upgrade the ledger's schema, or show each migration's state.",
            discussion: """
                Migrations are embedded in poa and applied in order, each in its own transaction. \
                A database written by a newer poa, or whose applied migrations differ from this \
                binary's, is refused and left unchanged. With --format json, prints \
                {"path", "migrations": [{"name", "applied_at"}]} (applied_at null while pending), \
                after applying them unless --status.
                """)

        @OptionGroup var ledger: LedgerOptions

        @Flag(help: "List each migration, applied (with when) or pending, without changing anything.")
        var status = false

        @Option(help: "text or json.")
        var format: TextOrJSON = .text

        func run() throws {
            try reportingFailures {
                if status {
                    let states = try failing { try Ledger.migrationStatus(at: ledger.path) }
                    if format == .json { return print(AuthorityJSON.render(Self.json(path: ledger.path, states))) }
                    for state in states {
                        print("\(state.name)  \(state.appliedAt.map { "applied \($0)" } ?? "pending")")
                    }
                    return
                }
                let database = try ledger.openForWriting()
                let states = try failing { try database.migrationStatus() }
                if format == .json { return print(AuthorityJSON.render(Self.json(path: ledger.path, states))) }
                print("\(ledger.path): schema up to date (\(states.count) migration\(states.count == 1 ? "" : "s") applied)")
            }
        }

        /// `{"path", "migrations": [{"name", "applied_at"}]}`, in the order they apply; `applied_at`
        /// is ISO 8601 (UTC), or null for a pending migration.
        static func json(path: String, _ states: [MigrationState]) -> [String: Any?] {
            ["path": path, "migrations": states.map { ["name": $0.name, "applied_at": $0.appliedAt] as [String: Any?] }]
        }
    }
}

/// Runs a ledger call, turning its `StoreError` into a `Failure`.
func failing<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as StoreError {
        throw Failure(error)
    }
}
