import ArgumentParser
import Foundation
import POAAuthority
import POACore
import POAReports
import POAStore

extension Poa {
    /// `poa audit`: was each Form 3, 4, 5 and 144 signed by someone with authority that day?
    struct Audit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "audit",
            abstract: "Was each imported Form 3, 4, 5 and 144 signed by someone with authority that day?",
            discussion: """
                One row per signature and reporting owner: authorized (with the grant, or the grant and \
                delegations, that gave the authority), self (signed by the owner), unauthorized (with why: \
                no POA on file, not yet signed, superseded, revoked, form not in scope, delegation invalid...), \
                unknown-signer (the signer fits nobody, or several people, in the ledger) or unknown-owner \
                (the owner's name fits several people). Verdicts follow the ledger: importing a POA after the \
                forms it covers changes them. The reports unauthorized-signatures and signatures-by-issuer-year \
                list and count them.
                """)

        @OptionGroup var ledger: LedgerOptions

        @Option(help: "Only signatures on filings about this issuer (name, alias or CIK).")
        var issuer: String?

        @Option(help: ArgumentHelp("Only signatures made on or after this day (YYYY-MM-DD).", valueName: "date"))
        var from: Day?

        @Option(help: ArgumentHelp("Only signatures made before this day (YYYY-MM-DD).", valueName: "date"))
        var until: Day?

        @Option(
            help: ArgumentHelp(
                "table, csv, json or markdown. Default: table on a terminal, csv otherwise.", valueName: "format"))
        var format: QueryFormat?

        func validate() throws {
            if let from, let until, until <= from {
                throw ValidationError("--until (\(until)) must come after --from (\(from)): the range is [from, until).")
            }
        }

        func run() throws {
            try reportingFailures {
                let reader = AuthorityReader(ledger: try ledger.openForReading())
                let entries = try querying { try reader.signatures(issuer: issuer, from: from, until: until) }
                switch format ?? (isatty(STDOUT_FILENO) != 0 ? .table : .csv) {
                case .json:
                    print(AuthorityJSON.render(["signatures": entries.map(Self.json)] as [String: Any?]))
                case let rows:
                    try reporting {
                        try ResultWriter.write(
                            columns: Self.columns, rows: entries.map(Self.row), as: rows, to: FileSink.standardOutput(),
                            table: Self.tableLayout(colour: Colour.enabledForStandardOutput()))
                    }
                }
            }
        }

        static let columns = [
            "document", "form", "owner", "issuer", "signed_on", "signer", "verdict", "cause", "reason", "via",
        ]

        static func row(_ entry: AuditEntry) -> [QueryValue] {
            let via = entry.via.map { "\($0.kind) by \($0.grantor) of \($0.executedOn)" }.joined(separator: " > ")
            return [
                .text(entry.document), .text(entry.formAsFiled), .text(entry.owner), entry.issuer.map(QueryValue.text) ?? .null,
                .text(entry.signedOn.description), .text(signerCell(entry)), .text(entry.verdict), .text(entry.cause),
                .text(entry.reason), via.isEmpty ? .null : .text(via),
            ]
        }

        /// The signer as the ledger names them, and as the filing wrote it when that differs
        /// (beyond case, spaces and marks): a reader sees which name was matched to whom.
        static func signerCell(_ entry: AuditEntry) -> String {
            func folded(_ text: String) -> String { text.lowercased().filter { $0.isLetter } }
            let written = entry.signerAsWritten
            guard !written.isEmpty, !folded(written).contains(folded(entry.signer)) else { return entry.signer }
            return "\(entry.signer) (as written: \(written))"
        }

        /// The audit table fitted to the terminal: the long `reason` is cut first, so the verdict,
        /// the people and the day stay readable; with `colour`, an `unauthorized` verdict is red,
        /// so it stands out among the rows.
        static func tableLayout(colour: Bool) -> TableLayout {
            let red: @Sendable (String, String) -> Colour? = { column, value in
                column == "verdict" && value == "unauthorized" ? Colour.red : nil
            }
            return TableLayout.standardOutput(shrinkFirst: ["reason"], colour: colour ? red : nil)
        }

        /// How the signer was identified: `owner` (a reporting owner signing), `name` (a person the
        /// signer's name fits), `name, other issuer` (a name that fits a person known only from
        /// other issuers' filings: not taken as an identification), or null (nobody identified).
        static func matchedBy(_ entry: AuditEntry) -> String? {
            switch (entry.verdict, entry.cause) {
            case ("self", _): return "owner"
            case (_, "name-other-issuer"): return "name, other issuer"
            case _ where entry.reason.contains(SignerIdentification.byNameElsewhere): return "name, other issuer"
            case _ where entry.reason.contains(SignerIdentification.byDecision): return "confirmed"
            case ("unknown-signer", _): return nil
            default: return "name"
            }
        }

        /// The documented JSON shape of one row.
        static func json(_ entry: AuditEntry) -> [String: Any?] {
            [
                "document": entry.document, "lines": entry.lines, "form": entry.form.rawValue,
                "form_as_filed": entry.formAsFiled, "owner": entry.owner, "owner_as_written": entry.ownerAsWritten,
                "issuer": entry.issuer, "signed_on": entry.signedOn.description, "signer": entry.signer,
                "signer_as_written": entry.signerAsWritten, "signed_as": entry.signedAs.rawValue, "verdict": entry.verdict,
                "cause": entry.cause, "reason": entry.reason, "via": entry.via.map(AuthorityJSON.link),
                "matched_by": matchedBy(entry),
            ]
        }
    }
}
