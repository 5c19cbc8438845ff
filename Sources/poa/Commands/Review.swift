import ArgumentParser
import Foundation
import POACore
import POAReports
import POAStore

extension Poa {
    /// `poa review`: what in the ledger waits for a person, one row per item.
    struct Review: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "review",
            abstract: "List what needs a person: documents to complete, invalid delegations, signers or owners not told, ...",
            discussion: """
                One row per item, oldest first: kind, document (id), path, reason, since (the day it started \
                waiting). Kinds: needs-review (a document read without a required fact; the reason says \
                which), invalid-delegation, unknown-signer, ambiguous-signer, ambiguous-owner (signatures \
                the audit could not judge), departed-attorneys (a grant in force today whose every attorney \
                has left the issuer), reread-conflict (a hand change a re-reading disagreed with) and \
                orphaned-change (a hand change whose instrument a re-reading no longer has). Read-only; \
                exit 0 whether or not anything waits.
                """)

        @OptionGroup var ledger: LedgerOptions

        @Option(
            help: ArgumentHelp(
                "table, csv, json or markdown. Default: table on a terminal, csv otherwise.", valueName: "format"))
        var format: QueryFormat?

        func run() throws {
            try reportingFailures {
                let opened = try ledger.openForReading()
                let items = try querying { try opened.snapshot { try $0.reviewItems(today: Day.today) } }
                switch format ?? (isatty(STDOUT_FILENO) != 0 ? .table : .csv) {
                case .json:
                    print(AuthorityJSON.render(["items": items.map(Self.json)] as [String: Any?]))
                case .table where items.isEmpty:
                    print("nothing needs review")
                case let rows:
                    try reporting {
                        try ResultWriter.write(
                            columns: Self.columns, rows: items.map(Self.row), as: rows, to: FileSink.standardOutput(),
                            table: TableLayout.standardOutput(shrinkFirst: ["reason"], colour: nil))
                    }
                }
            }
        }

        static let columns = ["kind", "document", "path", "reason", "since"]

        static func row(_ item: ReviewItem) -> [QueryValue] {
            [.text(item.kind.rawValue), .integer(item.document), .text(item.path), .text(item.reason), .text(item.since.description)]
        }

        /// The documented JSON shape of one item.
        static func json(_ item: ReviewItem) -> [String: Any?] {
            [
                "kind": item.kind.rawValue, "document": item.document, "path": item.path, "reason": item.reason,
                "since": item.since.description,
            ]
        }
    }
}
