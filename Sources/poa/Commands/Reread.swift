import ArgumentParser
import Foundation
import POACore
import POAImport
import POAStore

extension Poa {
    /// `poa reread [--apply]`: every stored document read again with this version's reader.
    struct Reread: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read every stored document again with this version's reader and list what reads differently.",
            discussion: """
                Without --apply nothing is written. With --apply the new readings replace the old ones
                in one transaction, and authority and verdicts are derived again. Instruments entered
                by hand and corrected fields are never overwritten: where a new reading disagrees
                with one, it stays and is listed as a conflict (here and in poa review).
                """)

        @OptionGroup var ledger: LedgerOptions
        @Flag(help: "Write the new readings (one transaction).") var apply = false
        @Option(help: "text or json.") var format: TextOrJSON = .text

        func run() throws {
            try reportingFailures {
                let opened = try querying { apply ? try ledger.openForWriting() : try ledger.openForReading() }
                let outcome = try changingByHand { try POAImport.Reread(ledger: opened, who: changeAuthor).run(apply: apply) }
                switch format {
                case .text: print(Self.text(outcome), terminator: "")
                case .json: print(Self.json(outcome))
                }
            }
        }

        static func text(_ outcome: POAImport.Reread.Outcome) -> String {
            var out = ""
            for document in outcome.changed {
                let status = document.statusBefore == document.statusAfter
                    ? document.statusBefore.rawValue : "\(document.statusBefore.rawValue) -> \(document.statusAfter.rawValue)"
                out += "document #\(document.documentId) \(document.path): \(status)\n"
                if document.statusBefore != document.statusAfter, let reason = document.reasonAfter { out += "  reason: \(reason)\n" }
                for instrument in document.instruments {
                    let mark = ["added": "+", "removed": "-", "changed": "~"][instrument.change.rawValue] ?? "~"
                    out += "  \(mark) instrument at position \(instrument.position) \(instrument.change.rawValue)\n"
                    for field in instrument.fields {
                        out += "      \(field.field): \(field.before.isEmpty ? "(none)" : field.before) -> \(field.after.isEmpty ? "(none)" : field.after)\n"
                    }
                }
                for conflict in document.conflicts {
                    let what = conflict.field.map { "\($0) set to \(conflict.handValue.isEmpty ? "(none)" : conflict.handValue) by hand" } ?? conflict.handValue
                    out += "  ! conflict with #\(conflict.changeId): \(what); the new reading: \(conflict.reading) (the hand change stays)\n"
                }
            }
            let conflicts = outcome.conflicts > 0 ? ", \(outcome.conflicts) conflict(s) with hand changes" : ""
            out += "\(outcome.changed.count) of \(outcome.documentsRead) document(s) read differently\(conflicts). "
            if outcome.changed.isEmpty {
                out += "Nothing to write.\n"
            } else if outcome.applied {
                out += "The new readings are written; authority and verdicts are derived again.\n"
            } else {
                out += "Nothing was written: run poa reread --apply to write them.\n"
            }
            return out
        }

        static func json(_ outcome: POAImport.Reread.Outcome) -> String {
            let documents: [[String: Any]] = outcome.changed.map { document in
                [
                    "id": document.documentId, "path": document.path,
                    "status_before": document.statusBefore.rawValue, "status_after": document.statusAfter.rawValue,
                    "reason_before": document.reasonBefore ?? NSNull(), "reason_after": document.reasonAfter ?? NSNull(),
                    "instruments": document.instruments.map { instrument in
                        [
                            "position": instrument.position, "change": instrument.change.rawValue,
                            "fields": instrument.fields.map { ["field": $0.field, "before": $0.before, "after": $0.after] },
                        ] as [String: Any]
                    },
                    "conflicts": document.conflicts.map { conflict in
                        [
                            "change": conflict.changeId, "field": conflict.field ?? NSNull(), "hand_value": conflict.handValue,
                            "reading": conflict.reading,
                        ] as [String: Any]
                    },
                ]
            }
            let object: [String: Any] = [
                "applied": outcome.applied, "documents_read": outcome.documentsRead, "documents": documents,
            ]
            let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .prettyPrinted])) ?? Data("{}".utf8)
            return String(decoding: data, as: UTF8.self)
        }
    }
}
