import ArgumentParser
import Foundation
import POACore
import POAImport
import POAStore

/// Runs a hand change, turning its errors into messages a person can act on.
func changingByHand<T>(_ body: () throws -> T) throws -> T {
    do {
        return try querying(body)
    } catch let error as HandChangeError {
        throw Failure(message: error.description)
    }
}

extension Poa {
    /// `poa record grant|delegation|revocation`: an instrument entered by hand.
    struct Record: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Enter by hand an instrument of a stored document (one the reader could not read, or missed).",
            discussion: """
                The instrument is recorded as if it had been read, marked as entered by hand with
                who entered it, when and why (--note), and the document then counts as imported.
                It changes authority and verdicts at once; `poa undo ID` takes it back.
                """,
            subcommands: [Grant.self, Delegation.self, Revocation.self])
    }
}

/// The fields every hand-entered instrument takes.
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

extension Poa.Record {
    struct Grant: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Enter a grant: a grantor appoints attorneys-in-fact.")

        @OptionGroup var entry: EntryOptions
        @Option(help: "An attorney-in-fact, in order (repeat the option for each).") var attorney: [String] = []
        @Option(help: "The forms it covers, comma-separated (ID,3,4,5,144); 3,4,5 when left out.") var forms: String?
        @Flag(help: "The attorneys may delegate (substitute) their authority.") var delegable = false
        @Flag(help: "It revokes or supersedes the grantor's earlier powers of attorney.") var supersedesPrior = false
        @Option(help: ArgumentHelp("The last day it is in force, when it states one.", valueName: "date")) var expiresOn: Day?

        func run() throws {
            try reportingFailures {
                try entry.enter(
                    try entry.instrument(
                        kind: .grant, attorneys: attorney, forms: forms, delegable: delegable, supersedesPrior: supersedesPrior,
                        expiresOn: expiresOn))
            }
        }
    }

    struct Delegation: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Enter a delegation: an attorney-in-fact passes authority under a parent grant to others.")

        @OptionGroup var entry: EntryOptions
        @Option(help: "An attorney-in-fact appointed, in order (repeat the option for each).") var attorney: [String] = []
        @Option(help: "The forms it covers, comma-separated (ID,3,4,5,144); 3,4,5 when left out.") var forms: String?
        @Option(help: "The grantor of the parent grant (already in the ledger).") var parentGrantor: String
        @Option(help: ArgumentHelp("The day the parent grant was signed.", valueName: "date")) var parentExecutedOn: Day?
        @Option(help: ArgumentHelp("The last day it is in force, when it states one.", valueName: "date")) var expiresOn: Day?

        func run() throws {
            try reportingFailures {
                var instrument = try entry.instrument(
                    kind: .delegation, attorneys: attorney, forms: forms, delegable: false, supersedesPrior: false,
                    expiresOn: expiresOn)
                instrument.parent = ParentReference(
                    grantor: parentGrantor, executedOn: parentExecutedOn, span: instrument.span)
                try entry.enter(instrument)
            }
        }
    }

    struct Revocation: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Enter a revocation: of one grant (by its date), of all the grantor's grants, or of one attorney.")

        @OptionGroup var entry: EntryOptions
        @Option(help: ArgumentHelp("The date of the grant it revokes.", valueName: "date")) var revokesExecutedOn: Day?
        @Flag(help: "It revokes all of the grantor's earlier grants (for the issuer).") var revokesAll = false
        @Option(help: "Only this attorney's appointment is revoked.") var attorney: String?
        @Option(help: ArgumentHelp("The day it takes effect; the day it was signed when left out.", valueName: "date"))
        var effectiveOn: Day?

        func validate() throws {
            guard (revokesExecutedOn != nil) != revokesAll else {
                throw ValidationError("say what it revokes: --revokes-executed-on DATE (one grant) or --revokes-all, not both")
            }
        }

        func run() throws {
            try reportingFailures {
                var instrument = try entry.instrument(
                    kind: .revocation, attorneys: [], forms: nil, delegable: false, supersedesPrior: false, expiresOn: nil)
                instrument.forms = nil
                instrument.revokes = RevocationTarget(
                    grantor: entry.grantor, executedOn: revokesExecutedOn, attorney: attorney, span: instrument.span)
                instrument.effectiveOn = Located(effectiveOn ?? entry.executedOn, at: instrument.span)
                try entry.enter(instrument)
            }
        }
    }
}

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
