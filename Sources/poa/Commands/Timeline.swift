import ArgumentParser
import POAAuthority
import POACore
import POAStore

extension Poa {
    /// `poa timeline`: every interval of a grantor's (or an attorney's) authority, in order.
    struct Timeline: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Every interval of authority for a grantor, or held by an attorney, in order.")

        @OptionGroup var ledger: LedgerOptions

        @Option(help: "The insider whose attorneys' authority to list.")
        var grantor: String?

        @Option(help: "The attorney-in-fact whose authority to list.")
        var attorney: String?

        @Option(help: "text or json.")
        var format: TextOrJSON = .text

        func validate() throws {
            if (grantor == nil) == (attorney == nil) {
                throw ValidationError("Give exactly one of --grantor NAME or --attorney NAME.")
            }
        }

        func run() throws {
            try reportingFailures {
                let reader = AuthorityReader(ledger: try ledger.openForReading())
                let answer = try querying {
                    try grantor.map { try reader.timeline(grantor: $0) } ?? reader.timeline(attorney: attorney ?? "")
                }
                switch format {
                case .json:
                    let intervals = answer.entries.map { entry -> [String: Any?] in
                        [
                            "grantor": entry.grantor, "attorney": entry.attorney, "issuer": entry.issuer,
                            "forms": entry.forms.map(\.rawValue), "from": entry.from.description,
                            "until": entry.until?.description, "path": entry.path,
                            "via": entry.via.map(AuthorityJSON.link),
                        ]
                    }
                    print(AuthorityJSON.render(["intervals": intervals] as [String: Any?]))
                case .text:
                    if answer.entries.isEmpty { print("No authority on record for \(answer.person.name).") }
                    for entry in answer.entries {
                        let span = "[\(entry.from), \(entry.until?.description ?? "…"))"
                        let chain = entry.via.map { "\($0.kind) by \($0.grantor) of \($0.executedOn)" }.joined(separator: " > ")
                        print("\(span)  \(entry.attorney) for \(entry.grantor)  [\(entry.forms.map(\.rawValue).joined(separator: ", "))]  via \(chain)")
                    }
                }
            }
        }
    }
}
