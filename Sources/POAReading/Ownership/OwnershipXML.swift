import Foundation
import POACore

/// Reads the signatures of an ownership filing's XML: a Form 3, 4 or 5 (`<ownershipDocument>`,
/// amendments included) or a Form 144 notice (`<edgarSubmission>` with `<noticeSignature>`).
///
/// Only what the audit needs is read: the document type, the issuer (CIK, name), the reporting
/// owners (CIK, name as written), and each signature (name as written, date), with the lines it
/// stands on. The XML is read by Foundation's `XMLParser` (``XMLElements``). A required fact that
/// is missing or unreadable is named in `problems`, with the first line where the XML is not
/// well-formed if it is not, and nothing is guessed: the document then needs review.
///
/// For example:
///
/// ```swift
/// let reading = OwnershipXML.read(bytes, 0..<bytes.count, firstLine: 1)
/// reading.signatures.first?.signer.name   // "Terence D. Shields"
/// ```
enum OwnershipXML {
    struct Reading {
        var signatures: [ExtractedSignature] = []
        var problems: [String] = []
    }

    /// Reads the ownership XML in `range` of `source`, whose first line is `firstLine` of the document.
    static func read(_ source: [UInt8], _ range: Range<Int>, firstLine: Int) -> Reading {
        let xml = XMLElements(source, range, firstLine: firstLine)
        var reading: Reading
        if let root = xml.first("ownershipdocument") {
            reading = readSection16(xml, root)
        } else if let root = xml.first("edgarsubmission") {
            reading = readForm144(xml, root)
        } else {
            reading = Reading(problems: ["no <ownershipDocument> or Form 144 <edgarSubmission> element could be read"])
        }
        // A fact missing from malformed XML may be missing for it: say where the XML goes wrong.
        if !reading.problems.isEmpty, let error = xml.errors.first {
            reading.problems.append(error.description + (xml.errors.count > 1 ? " (\(xml.errors.count) errors)" : ""))
        }
        return reading
    }

    /// Forms 3, 4 and 5: `documentType`, `issuer`, `reportingOwner`s, `ownerSignature`s.
    private static func readSection16(_ xml: XMLElements, _ root: XMLElements.Index) -> Reading {
        var reading = Reading()
        let type = xml.text("documenttype", in: root)
        guard let type, let form = Form(filedAs: type), form != .f144 else {
            reading.problems.append(
                type.map { "document type \"\($0)\" is not Form 3, 4 or 5 or an amendment of one" }
                    ?? "no <documentType> in the ownership XML")
            return reading
        }
        let issuer = xml.element("issuer", in: root)
        let owners = xml.all("reportingowner", in: root).enumerated().compactMap { position, element -> ExtractedOwner? in
            let id = xml.element("reportingownerid", in: element) ?? element
            return xml.text("rptownername", in: id).map {
                ExtractedOwner(position: position, name: $0, cik: cik(xml.text("rptownercik", in: id)))
            }
        }
        let signatures = xml.all("ownersignature", in: root).map { element in
            (element, xml.text("signaturename", in: element), xml.text("signaturedate", in: element))
        }
        return assemble(
            xml, form: form, formAsFiled: type.uppercased(), issuerName: issuer.flatMap { xml.text("issuername", in: $0) },
            issuerCik: cik(issuer.flatMap { xml.text("issuercik", in: $0) }),
            period: xml.text("periodofreport", in: root).flatMap(day), owners: owners, signatures: signatures,
            names: ("<ownerSignature>", "<signatureName>", "<signatureDate>", "<rptOwnerName>"))
    }

    /// Form 144: `submissionType`, `issuerInfo` (with the person for whose account securities are
    /// sold), `noticeSignature` (`noticeDate`, `signature`).
    private static func readForm144(_ xml: XMLElements, _ root: XMLElements.Index) -> Reading {
        let type = xml.text("submissiontype", in: root) ?? "144"
        guard Form(filedAs: type) == .f144 else {
            return Reading(problems: ["submission type \"\(type)\" is not a Form 144 notice"])
        }
        let info = xml.element("issuerinfo", in: root) ?? root
        let sellers = xml.all("nameofpersonforwhoseaccountthesecuritiesaretobesold", in: root)
        let owners = sellers.enumerated().compactMap { position, element in
            xml.text(of: element).map { ExtractedOwner(position: position, name: $0, cik: nil) }
        }
        let signatures = xml.all("noticesignature", in: root).map { element in
            (element, xml.text("signature", in: element), xml.text("noticedate", in: element))
        }
        return assemble(
            xml, form: .f144, formAsFiled: type.uppercased(), issuerName: xml.text("issuername", in: info),
            issuerCik: cik(xml.text("issuercik", in: info)), period: nil, owners: owners, signatures: signatures,
            names: ("<noticeSignature>", "<signature>", "<noticeDate>", "<nameOfPersonForWhoseAccountTheSecuritiesAreToBeSold>"))
    }

    /// The signatures of one filing, or the problems that keep them from being recorded.
    private static func assemble(
        _ xml: XMLElements, form: Form, formAsFiled: String, issuerName: String?, issuerCik: String?, period: Day?,
        owners: [ExtractedOwner], signatures: [(XMLElements.Index, String?, String?)],
        names: (element: String, signer: String, date: String, owner: String)
    ) -> Reading {
        var reading = Reading()
        if owners.isEmpty { reading.problems.append("no reporting owner named (\(names.owner))") }
        if issuerName == nil && issuerCik == nil { reading.problems.append("no issuer named") }
        if signatures.isEmpty { reading.problems.append("no signature (\(names.element))") }
        for (element, signer, date) in signatures {
            let lines = xml.elements[element]
            let span = SourceSpan(firstLine: lines.firstLine, lastLine: lines.lastLine ?? lines.firstLine)
            guard let signer else {
                reading.problems.append("the signature at lines \(span) has no signer (\(names.signer))")
                continue
            }
            guard let signedOn = date.flatMap(day) else {
                reading.problems.append(
                    date.map { "the signature date \"\($0)\" at lines \(span) is not a day" }
                        ?? "the signature at lines \(span) has no date (\(names.date))")
                continue
            }
            let read = SignerText.read(signer)
            reading.signatures.append(
                ExtractedSignature(
                    form: form, formAsFiled: formAsFiled, issuerName: issuerName, issuerCik: issuerCik,
                    periodOfReport: period, owners: signedFor(owners, by: read), signedOn: signedOn,
                    signerAsWritten: signer, signer: read, span: span))
        }
        if !reading.problems.isEmpty { reading.signatures = [] }
        return reading
    }

    /// The owners a signature signs for: the one it names ("for David N. Levenson", "XYZ LP, By:",
    /// "General Counsel of XYZ GP, L.L.C."), else the one whose name the signer's is, else all of
    /// them.
    static func signedFor(_ owners: [ExtractedOwner], by signer: SignerReading) -> [ExtractedOwner] {
        guard owners.count > 1 else { return owners }
        // The party of an office: "General Counsel of GV 2019 GP, L.L.C.".
        let office = signer.role.flatMap { role in
            role.range(of: " of ", options: .caseInsensitive).map { String(role[$0.upperBound...]) }
        }
        for name in [signer.onBehalfOf, office, signer.name].compactMap({ $0 }) {
            let named = owners.filter { PersonMatch.compatible(name, $0.name) }
            if named.count == 1 { return named }
        }
        return owners
    }

    /// A CIK as EDGAR writes it, ten digits with leading zeros; nil unless it is all digits.
    static func cik(_ text: String?) -> String? {
        guard let text, !text.isEmpty, text.count <= 10, text.allSatisfy(\.isASCII), text.allSatisfy(\.isNumber) else {
            return nil
        }
        return String(repeating: "0", count: 10 - text.count) + text
    }

    /// `YYYY-MM-DD` as the schema has it, or `MM/DD/YYYY` as some filers write it.
    static func day(_ text: String) -> Day? {
        if let day = Day.parseISO(String(text.prefix(10))) { return day }
        let parts = text.split(separator: "/").map { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard parts.count == 3, let month = parts[0], let date = parts[1], let year = parts[2], year >= 1000 else { return nil }
        return Day(year: year, month: month, day: date)
    }
}

extension OwnershipXML {
    /// The extraction of a document that is ownership XML and nothing else.
    static func extraction(_ source: [UInt8], text: String) -> Extraction {
        let reading = read(source, 0..<source.count, firstLine: 1)
        var extraction = Extraction(verdict: verdict(of: reading), mediaType: "application/xml", text: text)
        extraction.signatures = reading.signatures
        return extraction
    }

    /// Records the signatures, or reviews the problems.
    static func verdict(of reading: Reading) -> Extraction.Verdict {
        reading.problems.isEmpty
            ? .poa([]) : .needsReview(reason: "ownership filing: " + reading.problems.joined(separator: "; "), partial: [])
    }

    /// A submission's verdict on its POA exhibits, joined with the readings of its ownership XML:
    /// signatures read make a submission without a POA one to record; a signature that cannot be
    /// read puts the whole submission up for review (nothing of it is recorded, nothing guessed).
    static func combining(_ verdict: Extraction.Verdict, with readings: [Reading]) -> Extraction.Verdict {
        let problems = readings.flatMap(\.problems)
        guard !readings.isEmpty else { return verdict }
        let ownership = "ownership filing: " + problems.joined(separator: "; ")
        switch verdict {
        case .poa(let instruments) where problems.isEmpty: return .poa(instruments)
        case .poa(let instruments): return .needsReview(reason: ownership, partial: instruments)
        case .notPOA where problems.isEmpty: return .poa([])
        case .notPOA: return .needsReview(reason: ownership, partial: [])
        case .needsReview(let reason, let partial):
            return .needsReview(reason: problems.isEmpty ? reason : reason + " | " + ownership, partial: partial)
        case .error: return verdict
        }
    }
}
