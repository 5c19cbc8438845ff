import ArgumentParser
import POAAuthority
import POACore
import POAStore

extension Poa {
    /// `poa facts`: the recorded facts with their ids, so that `poa undo` needs no SQL.
    struct Facts: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "facts",
            abstract: "List the recorded facts (obligations ended, revocations, departures) with their ids, undone ones marked.",
            discussion: "Undo one with: poa undo ID. With --grantor, only the facts that bear on that grantor's authority.")

        @OptionGroup var ledger: LedgerOptions

        @Option(help: "Only facts about this grantor, and departures of people in their history.")
        var grantor: String?

        @Option(help: "text or json.")
        var format: TextOrJSON = .text

        func run() throws {
            try reportingFailures {
                let reader = AuthorityReader(ledger: try ledger.openForReading())
                let facts = try querying { try reader.facts(grantor: grantor) }
                switch format {
                case .json:
                    print(AuthorityJSON.render(["facts": facts.map(Self.json)] as [String: Any?]))
                case .text:
                    if facts.isEmpty {
                        print(grantor.map { "No recorded fact bears on \($0)." } ?? "No facts recorded.")
                        return
                    }
                    for fact in facts { print(Self.line(fact)) }
                }
            }
        }

        /// One fact as a line: "#3  revocation  David N. Levenson  (The Hartford)  on 2011-01-01 ...".
        static func line(_ fact: FactListing) -> String {
            var parts = ["#\(fact.id)", fact.kind.rawValue, fact.person]
            if let issuer = fact.issuer { parts.append("for \(issuer)") }
            parts.append("on \(fact.day)")
            if let day = fact.revokesExecutedOn { parts.append("(the grant of \(day))") }
            if let attorney = fact.revokesAttorney { parts.append("(the appointment of \(attorney))") }
            parts.append("recorded by \(fact.recordedBy) at \(fact.recordedAt)")
            if let note = fact.note { parts.append("note: \(note)") }
            parts.append(fact.undoneAt.map { "UNDONE at \($0)" } ?? "in force")
            return parts.joined(separator: "  ")
        }

        static func json(_ fact: FactListing) -> [String: Any?] {
            [
                "id": fact.id, "kind": fact.kind.rawValue, "person": fact.person, "issuer": fact.issuer,
                "day": fact.day.description, "revokes_executed_on": fact.revokesExecutedOn?.description,
                "revokes_attorney": fact.revokesAttorney, "note": fact.note, "who": fact.recordedBy,
                "when": fact.recordedAt, "undone": fact.undoneAt,
            ]
        }
    }
}
