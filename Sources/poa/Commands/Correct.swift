import ArgumentParser
import Foundation
import POACore
import POAImport
import POAStore

extension Poa {
    /// `poa correct INSTRUMENT --set FIELD=VALUE ... --note TEXT`.
    struct Correct: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Correct fields of an instrument the reader misread; the reading is kept beside the correction.",
            discussion: """
                Fields: \(InstrumentField.names).
                Values: attorneys as "A; B" in order, forms as ID,3,4,5,144, days as YYYY-MM-DD, flags
                as true or false, revokes as a grant's date or all; an empty value clears an
                optional field. The correction wins everywhere (authority, audit, views, reports);
                `poa undo ID` takes it back.
                """)

        @OptionGroup var ledger: LedgerOptions
        @Argument(help: ArgumentHelp("The instrument's id.", valueName: "instrument")) var instrument: Int64
        @Option(name: .customLong("set"), help: ArgumentHelp("A field and its value (repeatable).", valueName: "field=value"))
        var settings: [String] = []
        @Option(help: "Why: required, kept with the correction and in the log.") var note: String?

        func validate() throws {
            guard !settings.isEmpty else { throw ValidationError("say what to correct with --set FIELD=VALUE (for example --set executed_on=2009-05-01)") }
        }

        func run() throws {
            try reportingFailures {
                let parsed = try changingByHand { try settings.map(Self.parse) }
                let corrections = try changingByHand {
                    try HandChanges(ledger: try ledger.openForWriting(), who: changeAuthor)
                        .correct(instrumentId: instrument, settings: parsed, note: note ?? "")
                }
                for correction in corrections {
                    let read = correction.readValue.map { $0.isEmpty ? "(none)" : $0 } ?? "(none)"
                    print(
                        "corrected instrument #\(instrument): \(correction.field ?? "") = \(correction.value.isEmpty ? "(none)" : correction.value) "
                            + "(was: \(read); undo with: poa undo \(correction.id ?? 0))")
                }
            }
        }

        static func parse(_ text: String) throws -> (InstrumentField, String) {
            guard let equals = text.firstIndex(of: "=") else { throw HandChangeError.badAssignment(text) }
            let name = text[..<equals].trimmingWhitespace.lowercased().replacingOccurrences(of: "-", with: "_")
            guard let field = InstrumentField(rawValue: name) else { throw HandChangeError.unknownField(name) }
            return (field, String(text[text.index(after: equals)...]))
        }
    }
}
