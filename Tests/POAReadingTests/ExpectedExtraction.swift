import Foundation
import POACore
import Testing

@testable import POAReading

/// An extraction checked against its expected JSON: the shape of `Samples/expected/*.json`
/// (`status`, `instruments` with the import's field names, optional `header` and `signatures`).
enum ExpectedExtraction {
    static func check(_ extraction: Extraction, against url: URL, file: String) throws {
        let expected = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let status = expected["status"] as? String
        let label = extraction.verdict.label
        #expect((status == "imported" ? "poa" : status) == label, "\(file): \(extraction.verdict.reason ?? "")")
        if let reason = expected["reason_contains"] as? String {
            #expect(extraction.verdict.reason?.contains(reason) == true, "\(file): \(extraction.verdict.reason ?? "no reason")")
        }
        if let mediaType = expected["media_type"] as? String { #expect(extraction.mediaType == mediaType) }
        if let header = expected["header"] as? [String: Any] { try checkHeader(header, extraction.header) }

        let wanted = expected["instruments"] as? [[String: Any]] ?? []
        let got = extraction.verdict.instruments
        try #require(got.count == wanted.count, "\(file): \(got.count) instruments, expected \(wanted.count)")
        for (instrument, want) in zip(got, wanted) { check(instrument, against: want, in: file) }

        let signatures = expected["signatures"] as? [[String: Any]] ?? []
        try #require(extraction.signatures.count == signatures.count, "\(file): \(extraction.signatures.count) signatures")
        for (signature, want) in zip(extraction.signatures, signatures) { check(signature, against: want, in: file) }
    }

    static func check(_ signature: ExtractedSignature, against want: [String: Any], in file: String) {
        let comment = Comment(rawValue: file)
        #expect(signature.formAsFiled == want["form"] as? String, comment)
        #expect(signature.issuerName == want["issuer"] as? String, comment)
        #expect(signature.owners.map(\.name) == want["owners"] as? [String], comment)
        #expect(signature.signedOn.description == want["signed_on"] as? String, comment)
        #expect(signature.signer.name == want["signer"] as? String, comment)
        #expect(signature.signerAsWritten == want["signer_as_written"] as? String, comment)
        #expect(signature.signer.capacity.rawValue == want["signed_as"] as? String, comment)
    }

    static func checkHeader(_ want: [String: Any], _ header: FilingHeader?) throws {
        let header = try #require(header)
        #expect(header.accessionNumber == want["accession_number"] as? String)
        #expect(header.formType == want["form_type"] as? String)
        #expect(header.filedOn?.description == want["filed_on"] as? String)
        let issuer = want["issuer"] as? [String: Any]
        #expect(header.issuer?.name == issuer?["name"] as? String)
        #expect(header.issuer?.cik == issuer?["cik"] as? String)
        let owners = want["reporting_owners"] as? [[String: Any]] ?? []
        #expect(header.reportingOwners.map(\.name) == owners.compactMap { $0["name"] as? String })
        #expect(header.reportingOwners.map(\.cik) == owners.map { $0["cik"] as? String })
    }

    static func check(_ instrument: ExtractedInstrument, against want: [String: Any], in file: String) {
        let comment = Comment(rawValue: file)
        #expect(instrument.kind.rawValue == want["kind"] as? String, comment)
        #expect(instrument.grantor?.value == want["grantor"] as? String, comment)
        #expect(instrument.issuer?.value == want["issuer"] as? String, comment)
        #expect(instrument.executedOn?.value.description == want["executed_on"] as? String, comment)
        #expect(instrument.attorneys.map(\.name) == want["attorneys"] as? [String], comment)
        #expect(instrument.forms?.value.map(\.rawValue) ?? [] == want["forms"] as? [String], comment)
        #expect(instrument.delegable.value == want["delegable"] as? Bool, comment)
        #expect(instrument.supersedesPrior == want["supersedes_prior"] as? Bool, comment)
        if want.keys.contains("end_condition") {
            #expect(instrument.endCondition?.value == want["end_condition"] as? String, comment)
            #expect(instrument.expiresOn?.value.description == want["expires_on"] as? String, comment)
            #expect(instrument.effectiveOn?.value.description == want["effective_on"] as? String, comment)
        }
        let parent = want["parent"] as? [String: Any]
        #expect(instrument.parent?.grantor == parent?["grantor"] as? String, comment)
        #expect(instrument.parent?.executedOn?.description == parent?["executed_on"] as? String, comment)
        let revokes = want["revokes"] as? [String: Any]
        #expect(instrument.revokes?.grantor == revokes?["grantor"] as? String, comment)
        #expect(instrument.revokes?.executedOn?.description == revokes?["executed_on"] as? String, comment)
        #expect(instrument.revokes?.attorney == revokes?["attorney"] as? String, comment)
        #expect(instrument.grantorIsEntity == (want["grantor_is_entity"] as? Bool ?? false), comment)
        #expect(instrument.endsWithAttorneyEmployment == (want["ends_with_attorney_employment"] as? Bool ?? false), comment)
        let offices = want["office_attorneys"] as? [String] ?? []
        #expect(instrument.attorneys.filter(\.isOffice).map(\.name) == offices, comment)
        if let spans = want["spans"] as? [String: Int] {
            if let line = spans["grantor"] { #expect(instrument.grantor?.span.lastLine == line, comment) }
            if let line = spans["executed_on"] { #expect(instrument.executedOn?.span.lastLine == line, comment) }
        }
    }
}
