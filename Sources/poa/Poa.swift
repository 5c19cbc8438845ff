import ArgumentParser
import Foundation

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
            Exit codes: 0 success; 1 the command failed (the message says why), or poa explain answered no; 2 problems were found \
            (poa check, import --strict); 3 the database was refused (newer, edited or not a POA Ledger); \
            64 the command line was wrong; 75 another process held the write lock: nothing changed, try again.
            """,
        version: version,
        subcommands: [
            Import.self, Fetch.self, Authority.self, Timeline.self, Explain.self, Show.self, Audit.self,
            ObligationsEnd.self, Revoke.self, Departed.self, Record.self, Correct.self, People.self, Undo.self, Facts.self, Reread.self,
            SQL.self, Report.self, Backup.self, Restore.self,
            Migrate.self, Check.self, Rebuild.self, Review.self, Log.self,
        ]
    )

    /// Parses and runs the command line as `ParsableCommand.main()` does, except that a
    /// mistyped command or option is named with the nearest valid one ("unknown command
    /// 'timelin': did you mean 'timeline'?"), exit 64, rather than the parser's message, which
    /// may name another word or none (see `CommandLineCheck`). `poa help WORD` for a WORD that
    /// is no command is such a mistake too, where the parser would print the top help, exit 0.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if arguments.first == "help" { failOnTypo(in: arguments) }
        var command: any ParsableCommand
        do {
            command = try parseAsRoot(arguments)
        } catch {
            if exitCode(for: error) != .success { failOnTypo(in: arguments) }
            exit(withError: error)
        }
        do {
            try command.run()
        } catch {
            exit(withError: error)
        }
    }

    /// Exits 64 with the message of the first unknown command or option in `arguments`, if any.
    private static func failOnTypo(in arguments: [String]) {
        guard let problem = CommandLineCheck(Poa.self)?.problem(in: arguments) else { return }
        printError("Error: \(problem)")
        Foundation.exit(ExitCode.validationFailure.rawValue)
    }
}
