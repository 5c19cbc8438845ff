import Foundation
import POACore
import POAReports
import POAStore

/// The three pictures of a ``DocumentView`` that `poa show` prints: text for people (coloured
/// on a terminal), JSON for scripts, and a standalone HTML page.
enum DocumentRendering {
    /// One field of an instrument as shown: its name (the import's JSON name), its value, the
    /// lines it came from, and who gave it.
    struct Field {
        var name: String
        var value: String
        var lines: (start: Int, end: Int)?
        /// Whether `lines` count lines of this document even for a copy (the instrument's own span).
        var here = false
        /// `read`, `entered by hand`, or `corrected by hand (read: ...)`.
        var origin: String
    }

    // MARK: Fields

    /// The fields of an instrument, in the order a person reads them: one row per attorney.
    static func fields(of shown: DocumentView.Shown) -> [Field] {
        let instrument = shown.instrument
        func origin(_ names: String...) -> String {
            let entered = shown.source == .entered || shown.instrument.origin == .entered
            guard let correction = names.lazy.compactMap({ shown.correction(of: $0) }).first else {
                return entered ? "entered by hand" : "read"
            }
            let before = correction.readValue.map { $0.isEmpty ? "nothing" : "\"\($0)\"" } ?? "nothing"
            return "corrected by hand (\(entered ? "entered" : "read"): \(before); correction #\(correction.id ?? 0) by \(correction.recordedBy))"
        }
        func lines(_ fact: InstrumentSource.Fact) -> (start: Int, end: Int)? { shown.lines(of: fact) }
        func yesNo(_ value: Bool) -> String { value ? "yes" : "no" }

        var fields: [Field] = [
            Field(
                name: "kind", value: instrument.kind.rawValue, lines: (shown.lineStart, shown.lineEnd), here: true,
                origin: origin("kind")),
            Field(name: "grantor", value: shown.grantor, lines: lines(.grantor), origin: origin("grantor")),
            Field(name: "issuer", value: shown.issuer ?? "(not named)", lines: lines(.issuer), origin: origin("issuer")),
            Field(
                name: "executed_on", value: instrument.executedOn.description, lines: lines(.executedOn),
                origin: origin("executed_on")),
        ]
        if shown.appointments.isEmpty {
            fields.append(Field(name: "attorneys", value: "(none)", lines: lines(.attorneys), origin: origin("attorneys")))
        }
        for (index, attorney) in shown.appointments.enumerated() {
            var value = "\(index + 1). " + (attorney.name ?? "office: \(attorney.office ?? attorney.nameAsWritten)")
            if let name = attorney.name, name != attorney.nameAsWritten { value += " (as written: \(attorney.nameAsWritten))" }
            fields.append(
                Field(name: "attorneys", value: value, lines: (attorney.lineStart, attorney.lineEnd), origin: origin("attorneys")))
        }
        fields += [
            Field(
                name: "forms", value: instrument.forms.isEmpty ? "(none named)" : instrument.forms.map(\.rawValue).joined(separator: ", "),
                lines: lines(.forms), origin: origin("forms")),
            Field(name: "delegable", value: yesNo(instrument.delegable), lines: lines(.delegable), origin: origin("delegable")),
            Field(
                name: "supersedes_prior",
                value: instrument.supersessionClause.map { "yes: \"\($0)\"" } ?? yesNo(instrument.supersedesPrior),
                lines: lines(.supersession), origin: origin("supersedes_prior", "supersession", "supersession_clause")),
            Field(
                name: "end_condition", value: instrument.endCondition.map { "\"\($0)\"" } ?? "(none)", lines: lines(.endCondition),
                origin: origin("end_condition")),
            Field(
                name: "expires_on", value: instrument.expiresOn?.description ?? "(none)", lines: lines(.expiresOn),
                origin: origin("expires_on")),
        ]
        if instrument.endsWithAttorneyEmployment {
            fields.append(
                Field(
                    name: "ends_with_attorney_employment", value: "yes", lines: nil,
                    origin: origin("ends_with_attorney_employment")))
        }
        if instrument.kind == .delegation {
            let value = shown.parent.map { parent in
                "the grant of \(parent.grantor)" + (parent.executedOn.map { " of \($0)" } ?? "")
                    + (parent.instrumentId.map { ": instrument #\($0)" } ?? ": not in the ledger yet")
            }
            fields.append(Field(name: "parent", value: value ?? "(not stated)", lines: lines(.parent), origin: origin("parent")))
        }
        if instrument.kind == .revocation {
            let value = shown.target.map { target in
                (target.executedOn.map { "the grant of \(target.grantor) of \($0)" } ?? "every grant of \(target.grantor)")
                    + (target.attorney.map { ", as to \($0)" } ?? "")
            }
            fields.append(Field(name: "revokes", value: value ?? "(not stated)", lines: lines(.revokes), origin: origin("revokes")))
            fields.append(
                Field(
                    name: "effective_on", value: shown.target?.effectiveOn.description ?? "(not stated)",
                    lines: lines(.effectiveOn), origin: origin("effective_on")))
        }
        return fields
    }

    /// "line 4", "lines 4-9", with the document they count in when it is another one.
    static func describe(_ field: Field, of shown: DocumentView.Shown) -> String {
        guard let lines = field.lines else { return "" }
        let span = lines.start == lines.end ? "line \(lines.start)" : "lines \(lines.start)-\(lines.end)"
        guard let copy = shown.copyOf, !field.here else { return span }
        return span + " of document #\(copy.documentId)"
    }

    /// The heading of an instrument: "#12 grant (position 0, lines 5-52), read".
    static func heading(_ shown: DocumentView.Shown) -> String {
        var heading = "#\(shown.id) \(shown.instrument.kind.rawValue) (position \(shown.position), lines \(shown.lineStart)-\(shown.lineEnd)), "
        heading += shown.source == .entered ? "entered by hand" : shown.source == .corrected ? "corrected by hand" : "read"
        if let copy = shown.copyOf {
            heading += "; a copy of instrument #\(shown.id), first recorded from document #\(copy.documentId) \(copy.path)"
        }
        return heading
    }

    /// Text that cannot steer a terminal or break a page: control characters other than tab
    /// become U+FFFD.
    static func printable(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { scalars.append(isControl(scalar) ? "\u{FFFD}" : scalar) }
        return String(scalars)
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar != "\t" && (scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value))
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }

    // MARK: Text

    /// ANSI colours of the facts in the margin, one per fact name.
    private static let palette = ["36", "33", "32", "35", "34", "31", "96", "93", "92", "95", "94", "91"]

    private static func paint(_ text: String, _ code: String, _ colour: Bool) -> String {
        colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    private static func colourCode(_ fact: String) -> String {
        let index = InstrumentSource.Fact(rawValue: fact).flatMap { InstrumentSource.Fact.allCases.firstIndex(of: $0) }
        return index.map { palette[$0 % palette.count] } ?? "1"
    }

    /// The document's text with numbered lines and the facts in the margin, then each
    /// instrument field by field; ANSI colours when `colour`.
    static func text(_ view: DocumentView, colour: Bool) -> String {
        let document = view.document
        var out = paint("Document #\(document.id ?? 0) \(printable(document.path))", "1", colour) + "\n"
        out += "  sha256 \(document.sha256), \(printable(document.mediaType)), \(document.status.rawValue), imported \(printable(document.importedAt))\n"
        if let reason = document.reason { out += "  reason: \(printable(reason))\n" }
        if document.accessionNumber != nil || document.formType != nil || document.filedOn != nil {
            out += "  EDGAR: accession \(printable(document.accessionNumber ?? "?")), form \(printable(document.formType ?? "?")), filed \(document.filedOn?.description ?? "?")\n"
        }
        out += "\n"

        let numberWidth = String(max(view.lines.count, 1)).count
        let marginWidth = min(view.lines.map { $0.facts.joined(separator: ", ").count }.max() ?? 0, 40)
        for line in view.lines {
            let number = String(repeating: " ", count: numberWidth - String(line.number).count) + String(line.number)
            let plainMargin = pad(line.facts.joined(separator: ", "), marginWidth)
            let margin =
                colour
                ? line.facts.map { paint($0, colourCode($0), true) }.joined(separator: ", ")
                    + String(repeating: " ", count: max(0, marginWidth - line.facts.joined(separator: ", ").count))
                : plainMargin
            let text = printable(line.text)
            out += paint(number, "2", colour) + " " + margin + " | " + (line.facts.isEmpty || !colour ? text : paint(text, "1", true)) + "\n"
        }

        out += "\n" + paint("Instruments (\(view.instruments.count))", "1", colour) + "\n"
        if view.instruments.isEmpty { out += "  none: the ledger holds no instrument from this document\n" }
        for shown in view.instruments {
            out += "\n" + paint(heading(shown), "1", colour) + "\n"
            let fields = fields(of: shown)
            let labelWidth = fields.map(\.name.count).max() ?? 0
            for field in fields {
                let where_ = describe(field, of: shown)
                out += "  " + pad(field.name, labelWidth) + " " + printable(field.value) + "  ("
                    + (where_.isEmpty ? "" : where_ + "; ") + field.origin + ")\n"
            }
            for correction in shown.corrections {
                out += "  correction #\(correction.id ?? 0) of \(printable(correction.field ?? "?")): "
                    + "\"\(printable(correction.readValue ?? ""))\" -> \"\(printable(correction.value))\", "
                    + "by \(printable(correction.recordedBy)) at \(printable(correction.recordedAt)): \(printable(correction.note))\n"
            }
        }
        for entry in view.entries {
            let lines = entry.lineStart.map { start in " (lines \(start)-\(entry.lineEnd ?? start))" } ?? ""
            out += "\nhand entry #\(entry.id ?? 0) at position \(entry.position)\(lines), by \(printable(entry.recordedBy)) at \(printable(entry.recordedAt)): \(printable(entry.note))\n"
        }
        return out
    }

    // MARK: JSON

    /// `{"document": {...}, "lines": [...], "instruments": [...]}` with keys sorted.
    static func json(_ view: DocumentView) -> String {
        let document = view.document
        let documentObject: [String: Any?] = [
            "id": document.id, "path": document.path, "sha256": document.sha256, "media_type": document.mediaType,
            "status": document.status.rawValue, "reason": document.reason, "imported_at": document.importedAt,
            "accession_number": document.accessionNumber, "form_type": document.formType,
            "filed_on": document.filedOn?.description,
        ]
        let lines: [[String: Any?]] = view.lines.map { ["number": $0.number, "text": $0.text, "facts": $0.facts] }
        return AuthorityJSON.render(["document": documentObject, "lines": lines, "instruments": view.instruments.map(instrumentObject)])
    }

    /// One instrument, its fields named as `poa import --format json` names them, with its
    /// id, position and lines in this document, provenance, source and corrections in force.
    static func instrumentObject(_ shown: DocumentView.Shown) -> [String: Any?] {
        let instrument = shown.instrument
        var sources: [String: Any?] = [:]
        for source in shown.sources { sources[source.fact.rawValue] = [source.lineStart, source.lineEnd] }
        return [
            "id": shown.id,
            "position": shown.position,
            "lines": ["start": shown.lineStart, "end": shown.lineEnd],
            "kind": instrument.kind.rawValue,
            "grantor": shown.grantor,
            "issuer": shown.issuer,
            "executed_on": instrument.executedOn.description,
            "attorneys": shown.appointments.compactMap(\.name),
            "appointments": shown.appointments.map { attorney -> [String: Any?] in
                [
                    "name": attorney.name, "office": attorney.office, "as_written": attorney.nameAsWritten,
                    "lines": ["start": attorney.lineStart, "end": attorney.lineEnd],
                ]
            },
            "forms": instrument.forms.map(\.rawValue),
            "delegable": instrument.delegable,
            "supersedes_prior": instrument.supersedesPrior,
            "supersession_clause": instrument.supersessionClause,
            "end_condition": instrument.endCondition,
            "expires_on": instrument.expiresOn?.description,
            "ends_with_attorney_employment": instrument.endsWithAttorneyEmployment,
            "parent": shown.parent.map { parent -> [String: Any?] in
                ["grantor": parent.grantor, "executed_on": parent.executedOn?.description, "instrument": parent.instrumentId]
            },
            "revokes": shown.target.map { target -> [String: Any?] in
                ["grantor": target.grantor, "executed_on": target.executedOn?.description, "attorney": target.attorney]
            },
            "effective_on": shown.target?.effectiveOn.description,
            "sources": sources,
            "source": shown.source.rawValue,
            "copy_of": shown.copyOf.map { copy -> [String: Any?] in
                ["instrument": shown.id, "document": copy.documentId, "path": copy.path]
            },
            "corrections": shown.corrections.map { correction -> [String: Any?] in
                [
                    "id": correction.id, "field": correction.field, "read_value": correction.readValue,
                    "value": correction.value, "note": correction.note, "recorded_by": correction.recordedBy,
                    "recorded_at": correction.recordedAt,
                ]
            },
        ]
    }

    // MARK: HTML

    /// Escapes text for an HTML element or a quoted attribute.
    static func escape(_ text: String) -> String { TimelineSVG.escape(printable(text)) }

    /// A standalone page: the text with the facts' lines highlighted and named in the margin,
    /// then one table per instrument. Inline CSS, no script, every value escaped.
    static func html(_ view: DocumentView) -> String {
        let document = view.document
        let title = "Document #\(document.id ?? 0) \(document.path)"
        var out = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>\(escape(title))</title>
            <style>
            body { font-family: -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; margin: 2em; color: #222; }
            table { border-collapse: collapse; }
            table.text td { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 13px; padding: 0 .6em; white-space: pre-wrap; vertical-align: top; }
            table.text td.n { color: #888; text-align: right; user-select: none; }
            table.text td.f { color: #7a4b00; font-size: 11px; white-space: nowrap; }
            table.text tr.fact td.t { background: #fff3c4; }
            table.fields td, table.fields th { border-bottom: 1px solid #ddd; padding: .25em .6em; text-align: left; vertical-align: top; }
            .entered, .corrected { color: #a03000; font-weight: bold; }
            dl { display: grid; grid-template-columns: max-content auto; gap: .2em 1em; }
            dt { color: #666; }
            </style>
            </head>
            <body>
            <h1>\(escape(title))</h1>
            <dl>

            """
        let facts: [(String, String?)] = [
            ("sha256", document.sha256), ("media type", document.mediaType), ("status", document.status.rawValue),
            ("reason", document.reason), ("imported at", document.importedAt), ("accession number", document.accessionNumber),
            ("form type", document.formType), ("filed on", document.filedOn?.description),
        ]
        for case let (name, value?) in facts { out += "<dt>\(escape(name))</dt><dd>\(escape(value))</dd>\n" }
        out += "</dl>\n<h2>Text</h2>\n<table class=\"text\">\n"
        for line in view.lines {
            let marked = !line.facts.isEmpty
            out += "<tr id=\"L\(line.number)\"\(marked ? " class=\"fact\"" : "")><td class=\"n\">\(line.number)</td>"
            out += "<td class=\"f\">\(escape(line.facts.joined(separator: ", ")))</td><td class=\"t\">\(escape(line.text))</td></tr>\n"
        }
        out += "</table>\n<h2>Instruments (\(view.instruments.count))</h2>\n"
        if view.instruments.isEmpty { out += "<p>None: the ledger holds no instrument from this document.</p>\n" }
        for shown in view.instruments {
            out += "<h3>\(escape(heading(shown)))</h3>\n<table class=\"fields\">\n<tr><th>field</th><th>value</th><th>lines</th><th>source</th></tr>\n"
            for field in fields(of: shown) {
                let kind = field.origin.hasPrefix("entered") ? "entered" : field.origin.hasPrefix("corrected") ? "corrected" : "read"
                out += "<tr><td>\(escape(field.name))</td><td>\(escape(field.value))</td>"
                out += "<td>\(escape(describe(field, of: shown)))</td><td class=\"\(kind)\">\(escape(field.origin))</td></tr>\n"
            }
            out += "</table>\n"
            if !shown.corrections.isEmpty {
                out += "<ul>\n"
                for correction in shown.corrections {
                    out += "<li>correction #\(correction.id ?? 0) of \(escape(correction.field ?? "?")): "
                        + "&ldquo;\(escape(correction.readValue ?? ""))&rdquo; &rarr; &ldquo;\(escape(correction.value))&rdquo;, "
                        + "by \(escape(correction.recordedBy)) at \(escape(correction.recordedAt)): \(escape(correction.note))</li>\n"
                }
                out += "</ul>\n"
            }
        }
        for entry in view.entries {
            let lines = entry.lineStart.map { start in " (lines \(start)-\(entry.lineEnd ?? start))" } ?? ""
            out += "<p>Hand entry #\(entry.id ?? 0) at position \(entry.position)\(lines), by \(escape(entry.recordedBy)) at \(escape(entry.recordedAt)): \(escape(entry.note))</p>\n"
        }
        out += "</body>\n</html>\n"
        return out
    }
}
