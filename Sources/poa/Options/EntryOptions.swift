import ArgumentParser
import POACore
import POAImport
import POAReading

/// The fields every hand-entered instrument takes (`poa record grant|delegation|revocation`), and how it is recorded.
struct EntryOptions: ParsableArguments {
    @OptionGroup var ledger: LedgerOptions
    @Option(help: ArgumentHelp("The stored document: its id, a prefix of its SHA-256, or its path as imported.", valueName: "document"))
    var document: String
    @Option(help: "The undersigned (for a delegation the delegator, for a revocation who revokes).") var grantor: String
    @Option(help: ArgumentHelp("The day it was signed (YYYY-MM-DD).", valueName: "date")) var executedOn: Day
    @Option(help: "The issuer (\"the Company\"); the submission header's when left out.") var issuer: String?
    @Option(help: ArgumentHelp("Lines of the document it rests on, as A-B.", valueName: "A-B")) var lines: String?
    @Option(help: "Why, and from what: required, kept with the entry and in the log.") var note: String?

    /// The line span `--lines` gives, if any.
    func span() throws -> SourceSpan? {
        guard let lines else { return nil }
        let parts = lines.split(separator: "-", omittingEmptySubsequences: false).map { Int($0.trimmingWhitespace) }
        guard (1...2).contains(parts.count), let first = parts.first ?? nil, first >= 1,
            let last = parts.count == 2 ? parts[1] : first, last >= first
        else {
            throw ValidationError("--lines \(lines) is not a span of lines: write A-B, with 1 <= A <= B (for example --lines 12-30)")
        }
        return SourceSpan(firstLine: first, lastLine: last)
    }

    /// The grant part of an entry, lines set later.
    func instrument(kind: InstrumentKind, attorneys: [String], forms: String?, delegable: Bool, supersedesPrior: Bool,
                    expiresOn: Day?) throws -> ExtractedInstrument {
        let anywhere = SourceSpan(firstLine: 1, lastLine: 1)
        var instrument = ExtractedInstrument(
            kind: kind, grantor: Located(grantor, at: anywhere), issuer: issuer.map { Located($0, at: anywhere) },
            executedOn: Located(executedOn, at: anywhere),
            attorneys: attorneys.map { ExtractedAttorney(name: $0.trimmingWhitespace, span: anywhere) },
            delegable: Located(delegable, at: anywhere), expiresOn: expiresOn.map { Located($0, at: anywhere) },
            span: anywhere)
        do {
            try instrument.set(.forms, to: forms ?? "3,4,5")
            if supersedesPrior { try instrument.set(.supersedesPrior, to: "true") }
        } catch {
            throw ValidationError(error.description)
        }
        return instrument
    }

    /// Records `instrument` and prints what was entered.
    func enter(_ instrument: ExtractedInstrument) throws {
        let entered = try changingByHand {
            try HandChanges(ledger: try ledger.openForWriting(), who: changeAuthor)
                .record(instrument, document: document, note: note ?? "", lines: try span())
        }
        print(
            "entered instrument #\(entered.instrumentId) (\(instrument.kind.rawValue) by \(grantor), "
                + "forms \(instrument.text(of: .forms))) in document #\(entered.documentId) "
                + "(undo with: poa undo \(entered.changeId))")
    }
}
