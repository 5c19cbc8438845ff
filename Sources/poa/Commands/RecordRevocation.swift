import ArgumentParser
import POACore
import POAImport
import POAReading

extension Poa.Record {
    /// `poa record revocation`: a revocation entered by hand.
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
