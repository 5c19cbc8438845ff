import ArgumentParser
import POACore

extension Poa.Record {
    /// `poa record grant`: a grant entered by hand.
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
}
