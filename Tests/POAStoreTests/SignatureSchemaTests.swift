import Foundation
import GRDB
import POACore
import Testing

@testable import POAStore

/// The signature tables of migration 0003: rows read back equal, and the schema refuses what
/// cannot be true.
struct SignatureSchemaTests {
    let scratch: Scratch
    let ledger: Ledger

    init() throws {
        scratch = try Scratch()
        ledger = try Ledger.open(at: scratch.path())
    }

    /// A Form 4 signed for one owner, with its verdict.
    func seed() throws -> (Signature, SignatureOwner) {
        try ledger.transaction { tx in
            let owner = try tx.insert(Person(name: "David N. Levenson", cik: "0001498237"))
            let document = try tx.insert(
                Document(
                    path: "form4.xml", sha256: String(repeating: "b", count: 64), size: 10, mediaType: "application/xml",
                    text: "<ownershipDocument/>", importedAt: "2026-11-23T00:00:00Z", status: .imported))
            let signature = try tx.insert(
                Signature(
                    documentId: try #require(document.id), position: 0, form: .four, formAsFiled: "4/A", issuerId: nil,
                    issuerAsWritten: "HARTFORD FINANCIAL SERVICES GROUP INC/DE", periodOfReport: .on("2010-07-06"),
                    signedOn: .on("2010-07-08"), signerAsWritten: "/s/ Terence D. Shields, attorney-in-fact",
                    signerName: "Terence D. Shields", signedAs: .attorneyInFact, lineStart: 76, lineEnd: 79))
            let row = try tx.insert(
                SignatureOwner(
                    signatureId: try #require(signature.id), position: 0, nameAsWritten: "LEVENSON DAVID N",
                    cik: "0001498237", ownerPersonId: owner.id, matchedBy: .cik))
            try tx.replaceVerdicts(
                ofSignature: try #require(signature.id),
                with: [
                    StoredVerdict(
                        signatureId: try #require(signature.id), ownerPosition: 0, verdict: "unauthorized",
                        cause: "not-yet-signed", reason: "begins only on 2010-07-09", via: [])
                ])
            return (signature, row)
        }
    }

    @Test func signaturesOwnersAndVerdictsReadBackEqual() throws {
        let (signature, owner) = try seed()
        let id = try #require(signature.id)
        let (signatures, owners, rows, later) = try ledger.snapshot { reader in
            (
                try reader.all(Signature.self), try reader.owners(ofSignature: id),
                try reader.auditRows(issuerId: nil, from: nil, until: nil),
                try reader.auditRows(issuerId: nil, from: .on("2010-07-09"), until: nil)
            )
        }
        #expect(signatures == [signature])
        #expect(signature.signerKey == PersonName("Terence D. Shields").key)
        #expect(owners == [owner])
        #expect(rows.map(\.verdict) == ["unauthorized"])
        #expect(rows.first?.owner == "David N. Levenson")
        #expect(rows.first?.issuer == "HARTFORD FINANCIAL SERVICES GROUP INC/DE")
        #expect(later.isEmpty)
    }

    @Test(arguments: [
        ("UPDATE signature SET form = '10-K'", "a form that is not signed under Section 16 or Rule 144"),
        ("UPDATE signature SET signed_on = '2010-02-30'", "an impossible day"),
        ("UPDATE signature SET signer_name = NULL, signer_key = NULL", "no name but not signed as unknown"),
        ("UPDATE signature_owner SET owner_person_id = NULL", "an unmatched owner not flagged ambiguous"),
        ("UPDATE signature_verdict SET cause = 'grant'", "a cause that does not go with the verdict"),
        ("UPDATE signature_verdict SET verdict = 'authorized'", "authorized without the chain"),
        ("UPDATE signature_verdict SET verdict = 'maybe'", "a verdict that is not one"),
    ])
    func theSchemaRefuses(_ sql: String, _ what: String) throws {
        _ = try seed()
        #expect(throws: (any Error).self, "the schema accepted \(what)") {
            try ledger.transaction { tx in try tx.execute(sql) }
        }
    }

    @Test func deletingADocumentTakesItsSignaturesAndVerdicts() throws {
        _ = try seed()
        try ledger.transaction { tx in try tx.execute("DELETE FROM document") }
        let counts = try ledger.snapshot { reader in
            [try reader.count(Signature.self), try reader.count(SignatureOwner.self), try reader.count(StoredVerdict.self)]
        }
        #expect(counts == [0, 0, 0])
    }
}

extension LedgerTransaction {
    /// Raw SQL inside the transaction, for the schema's tests.
    func execute(_ sql: String) throws {
        try db.execute(sql: sql)
    }
}
