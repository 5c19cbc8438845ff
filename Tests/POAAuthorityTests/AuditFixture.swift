import Foundation
import POACore
import POAImport
import POAStore
import Testing

@testable import POAAuthority

/// A ledger in memory, and filings written to a scratch folder and imported into it, for the
/// audit's tests.
final class AuditFixture {
    static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Samples")
    static let hartford = (cik: "0000874766", name: "HARTFORD FINANCIAL SERVICES GROUP INC/DE")

    let ledger: Ledger
    let folder: URL
    private var count = 0

    init(seeds: Bool = true) throws {
        ledger = try Ledger.inMemory()
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("audit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        if seeds { try importSamples("000_", "001_", "002_") }
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    /// Imports the samples whose names start with these prefixes.
    func importSamples(_ prefixes: String...) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.samples.path).sorted()
        let paths = prefixes.compactMap { prefix in names.first { $0.hasPrefix(prefix) } }
            .map { Self.samples.appendingPathComponent($0).path }
        try #require(paths.count == prefixes.count)
        _ = try Importer(into: ledger).run(paths: paths) { _ in }
    }

    /// Writes `text` to a file and imports it; returns its outcome.
    @discardableResult
    func importing(_ text: String, as name: String? = nil) throws -> DocumentOutcome {
        count += 1
        let path = folder.appendingPathComponent(name ?? "filing-\(count).txt").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        var outcomes: [DocumentOutcome] = []
        _ = try Importer(into: ledger).run(paths: [path]) { outcomes.append($0) }
        return try #require(outcomes.first)
    }

    /// The audit's rows for signatures made on `day` (all, when nil).
    func audit(on day: String? = nil) throws -> [AuditEntry] {
        let from = try day.map { try Day(iso: $0) }
        return try AuthorityReader(ledger: ledger).signatures(from: from, until: from?.next)
    }

    /// The one audit row for the signature made on `day`.
    func verdict(on day: String) throws -> AuditEntry {
        let rows = try audit(on: day)
        try #require(rows.count == 1, "\(rows.count) signatures on \(day)")
        return rows[0]
    }

    /// A Form 3, 4 or 5 in EDGAR's ownership XML, with one `<reportingOwner>` per owner and one
    /// `<ownerSignature>` per signature.
    static func form(
        _ type: String = "4", owners: [(name: String, cik: String?)], signatures: [(name: String, date: String)],
        issuer: (cik: String, name: String) = hartford, period: String? = nil
    ) -> String {
        let ownerXML = owners.map { owner in
            """
                <reportingOwner>
                    <reportingOwnerId>
                        \(owner.cik.map { "<rptOwnerCik>\($0)</rptOwnerCik>" } ?? "")
                        <rptOwnerName>\(owner.name)</rptOwnerName>
                    </reportingOwnerId>
                    <reportingOwnerRelationship><isOfficer>1</isOfficer></reportingOwnerRelationship>
                </reportingOwner>
            """
        }.joined(separator: "\n")
        let signatureXML = signatures.map { signature in
            """
                <ownerSignature>
                    <signatureName>\(signature.name)</signatureName>
                    <signatureDate>\(signature.date)</signatureDate>
                </ownerSignature>
            """
        }.joined(separator: "\n")
        return """
            <?xml version="1.0"?>
            <ownershipDocument>
                <schemaVersion>X0306</schemaVersion>
                <documentType>\(type)</documentType>
                <periodOfReport>\(period ?? signatures.first?.date ?? "2010-01-01")</periodOfReport>
                <issuer>
                    <issuerCik>\(issuer.cik)</issuerCik>
                    <issuerName>\(issuer.name)</issuerName>
                    <issuerTradingSymbol>HIG</issuerTradingSymbol>
                </issuer>
            \(ownerXML)
            \(signatureXML)
            </ownershipDocument>
            """
    }

    /// A Form 4 with one owner and one signature.
    static func form4(owner: String, cik: String? = nil, signedBy signer: String, on day: String, type: String = "4") -> String {
        form(type, owners: [(owner, cik)], signatures: [(signer, day)])
    }

    /// A Form 144 notice for `person`.
    static func form144(person: String, signedBy signer: String, on day: String, issuer: (cik: String, name: String) = hartford)
        -> String
    {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <edgarSubmission xmlns="http://www.sec.gov/edgar/ownership">
          <headerData><submissionType>144</submissionType></headerData>
          <formData>
            <issuerInfo>
              <issuerCik>\(issuer.cik)</issuerCik>
              <issuerName>\(issuer.name)</issuerName>
              <nameOfPersonForWhoseAccountTheSecuritiesAreToBeSold>\(person)</nameOfPersonForWhoseAccountTheSecuritiesAreToBeSold>
            </issuerInfo>
            <noticeSignature>
              <noticeDate>\(day)</noticeDate>
              <signature>\(signer)</signature>
            </noticeSignature>
          </formData>
        </edgarSubmission>
        """
    }

    /// A one-paragraph grant by `grantor` for `issuer`, signed `written` ("5th day of May, 2011").
    static func grant(
        by grantor: String, appointing attorneys: String, forms: String = "Forms 3, 4 and 5",
        issuer: String = "The Hartford Financial Services Group, Inc.", signed written: String, clause: String = ""
    ) -> String {
        """
        POWER OF ATTORNEY
        The undersigned hereby appoints \(attorneys), or either of them, as attorneys-in-fact
        to sign \(forms) relating to securities of \(issuer) (the "Company"). \(clause)
        IN WITNESS WHEREOF, signed this \(written).
        /s/ \(grantor)
        """
    }
}
