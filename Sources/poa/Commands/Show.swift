import ArgumentParser
import Foundation
import POAReports
import POAStore

extension Poa {
    /// `poa show DOCUMENT`: a document as the ledger read it, line by line.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "A document's text, each line marked with the facts read from it, and its instruments field by field.",
            discussion: """
                DOCUMENT is the document's id, a unique prefix of its SHA-256 (6 digits or more) or its path as \
                imported. Each field of each instrument says its lines and whether it was read, entered by hand \
                or corrected by hand. text is coloured only on a terminal; html is a standalone page.
                """)

        @OptionGroup var ledger: LedgerOptions

        @Argument(
            help: ArgumentHelp(
                "The document: its id, a unique prefix of its SHA-256, or its path as imported.", valueName: "document"))
        var document: String

        @Option(help: "text, json or html.")
        var format: ShowFormat = .text

        func run() throws {
            try reportingFailures {
                let database = try ledger.openForReading()
                let view = try querying { try database.snapshot { reader in try reader.documentView(matching: document) } }
                switch format {
                case .text: print(DocumentRendering.text(view, colour: Colour.enabledForStandardOutput()), terminator: "")
                case .json: print(DocumentRendering.json(view))
                case .html: print(DocumentRendering.html(view), terminator: "")
                }
            }
        }
    }
}

/// `--format` of `poa show`.
enum ShowFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, html
}
