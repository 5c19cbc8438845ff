import ArgumentParser
import POAAuthority
import POACore
import POAStore

extension Poa {
    /// `poa authority`: who may sign for a grantor on a day, or for whom an attorney may sign.
    struct Authority: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "authority",
            abstract: "Who may sign for a grantor on a day, or for whom an attorney may sign.",
            discussion: """
                Names match exactly, by alias, ignoring case, or by a compatible spelling; an ambiguous \
                name is an error listing the candidates. --on defaults to today (UTC).
                """)

        @OptionGroup var ledger: LedgerOptions

        @Option(help: "The insider whose attorneys to list.")
        var grantor: String?

        @Option(help: "The attorney-in-fact whose principals to list.")
        var attorney: String?

        @Option(help: ArgumentHelp("The day (YYYY-MM-DD). Default: today.", valueName: "date"))
        var on: Day?

        @Option(help: "Only authority covering this form (Form 4, form id... are read too).")
        var form: Form?

        @Option(help: "Only authority for this issuer (name or CIK); authority whose issuer could not be read is shown as possibly covering it.")
        var issuer: String?

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
                let day = on ?? Day.today
                if let grantor {
                    let answer = try querying { try reader.attorneys(for: grantor, on: day, form: form, issuer: issuer) }
                    printAnswer(answer, role: "grantor", day: day) { $0.attorney }
                } else if let attorney {
                    let answer = try querying { try reader.principals(of: attorney, on: day, form: form, issuer: issuer) }
                    printAnswer(answer, role: "attorney", day: day) { $0.grantor }
                }
            }
        }

        private func printAnswer(
            _ answer: AuthorityReader.Answer, role: String, day: Day, name: (AuthorityEntry) -> String
        ) {
            switch format {
            case .json:
                let key = role == "grantor" ? "attorneys" : "principals"
                print(
                    AuthorityJSON.render([
                        role: answer.person.name, "on": day.description, "form": form?.rawValue,
                        key: answer.entries.map { AuthorityJSON.entry($0, name: name($0)) },
                    ] as [String: Any?]))
            case .text:
                let scope = form.map { "Form \($0)" } ?? "any form"
                if answer.entries.isEmpty {
                    print(role == "grantor"
                        ? "Nobody known may sign \(scope) for \(answer.person.name) on \(day)."
                        : "\(answer.person.name) may sign \(scope) for nobody known on \(day).")
                    return
                }
                // Without --form, each line says which forms: the heading claims none of its own.
                let heading = form.map { " Form \($0)" } ?? ""
                print(role == "grantor"
                    ? "May sign\(heading) for \(answer.person.name) on \(day):"
                    : "\(answer.person.name) may sign\(heading) on \(day) for:")
                var table = TextColumns()
                for entry in answer.entries {
                    table.add([
                        name(entry), Self.issuer(of: entry), "Forms \(entry.formsText)",
                        Period.text(from: entry.from, until: entry.until), "via \(entry.chainText)",
                    ])
                }
                table.lines().forEach { print($0) }
                let uncertain = answer.entries.filter { $0.mayCover != nil }.count
                if uncertain > 0, let issuer = answer.entries.first(where: { $0.mayCover != nil })?.mayCover {
                    let which = uncertain == 1 ? "One of these rests" : "\(uncertain) of these rest"
                    let scope = issuer.hasSuffix(".") ? String(issuer.dropLast()) : issuer
                    print("  (\(which) on a power of attorney whose issuer could not be read: it may or may not cover \(scope).)")
                }
            }
        }

        /// The issuer an entry's authority is for, as a person reads it; said plainly when it
        /// could not be read.
        static func issuer(of entry: AuthorityEntry) -> String {
            if let issuer = entry.issuer { return issuer }
            if let asked = entry.mayCover { return "(issuer not read: may cover \(asked))" }
            return "(issuer not read)"
        }
    }
}

/// Runs a query, turning its errors into `Failure`s with their messages.
func querying<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as QueryError {
        throw Failure(message: error.description)
    } catch let error as StoreError {
        throw Failure(error)
    }
}
