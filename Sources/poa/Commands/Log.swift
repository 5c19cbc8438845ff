import ArgumentParser
import Foundation
import POACore
import POAReports
import POAStore

extension Poa {
    /// `poa log`: every change to the ledger, newest first.
    struct Log: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "log",
            abstract: "List every change to the ledger, newest first: imports, facts, undos, restores, rebuilds...",
            discussion: """
                One row per change: id, at (UTC), who ($POA_USER, else $USER, of the person who ran the \
                command), action (import, record, correct, undo, fact, reread, restore, rebuild), target \
                (what it was done to) and note. Changes made before the log existed are listed as far as \
                the ledger knows them, by "unknown". Read-only.
                """)

        @OptionGroup var ledger: LedgerOptions

        @Option(help: ArgumentHelp("Only changes made on or after this day (YYYY-MM-DD, UTC).", valueName: "date"))
        var since: Day?

        @Option(
            help: ArgumentHelp(
                "table, csv, json or markdown. Default: table on a terminal, csv otherwise.", valueName: "format"))
        var format: QueryFormat?

        func run() throws {
            try reportingFailures {
                let opened = try ledger.openForReading()
                let entries = try querying { try opened.snapshot { try $0.changeLog(since: since) } }
                switch format ?? (isatty(STDOUT_FILENO) != 0 ? .table : .csv) {
                case .json:
                    print(AuthorityJSON.render(["entries": entries.map(Self.json)] as [String: Any?]))
                case .table where entries.isEmpty:
                    print(since.map { "no change to the ledger since \($0)" } ?? "no change to the ledger is logged")
                case let rows:
                    try reporting {
                        try ResultWriter.write(
                            columns: Self.columns, rows: entries.map(Self.row), as: rows, to: FileSink.standardOutput(),
                            table: TableLayout.standardOutput(shrinkFirst: ["target"], colour: nil))
                    }
                }
            }
        }

        static let columns = ["id", "at", "who", "action", "target", "note"]

        static func row(_ entry: ChangeLogEntry) -> [QueryValue] {
            [
                entry.id.map(QueryValue.integer) ?? .null, .text(entry.at), .text(entry.who), .text(entry.action.rawValue),
                entry.target.map(QueryValue.text) ?? .null, entry.note.map(QueryValue.text) ?? .null,
            ]
        }

        /// The documented JSON shape of one entry.
        static func json(_ entry: ChangeLogEntry) -> [String: Any?] {
            [
                "id": entry.id, "at": entry.at, "who": entry.who, "action": entry.action.rawValue, "target": entry.target,
                "note": entry.note,
            ]
        }
    }
}
