import ArgumentParser
import POACore
import POAImport
import POAReading

extension Poa.Record {
    /// `poa record delegation`: a delegation entered by hand, under a parent grant already in the ledger.
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
}
