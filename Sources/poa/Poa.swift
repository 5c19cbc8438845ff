import ArgumentParser

/// `poa`: the command-line front of POA Ledger.
///
/// Each subcommand is one type in `Commands/`, nested in this one. The commands are thin: they
/// parse arguments, call the library modules and print; the database is reached only through
/// `Ledger`, never through SQL written here.
@main
struct Poa: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "poa",
        abstract: "A ledger of Section 16 powers of attorney: who could sign SEC forms for whom, on any day, and why.",
        discussion: """
            The database is one SQLite file: --db PATH, else $POA_DB, else poa.sqlite in the current folder.
            Exit codes: 0 success; 1 the command failed (the message says why); 2 problems were found \
            (poa check, import --strict); 3 the database was refused (newer, edited or not a POA Ledger); \
            64 the command line was wrong.
            """,
        version: version,
        subcommands: [
            Import.self, Authority.self, Timeline.self, Explain.self, Show.self, Audit.self,
            ObligationsEnd.self, Revoke.self, Departed.self, Record.self, Correct.self, Undo.self, Facts.self, Reread.self,
            SQL.self, Report.self, Backup.self, Restore.self,
            Migrate.self, Check.self, Rebuild.self, Review.self, Log.self,
        ]
    )
}
