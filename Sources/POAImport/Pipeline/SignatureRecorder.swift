import POAAuthority
import POACore
import POAReading
import POAStore

/// Records the signatures of one ownership filing with their issuer and reporting owners, then
/// has the audit judge them, after its instruments (a submission's own EX-24 is in force for
/// the judgement). All of it is kept, or none (see ``Importer``).
struct SignatureRecorder {
    let tx: LedgerTransaction

    func record(_ signatures: [ExtractedSignature], documentId: Int64) throws {
        guard !signatures.isEmpty else { return }
        let owners = OwnerResolver(tx: tx)
        var matched: [Int: OwnerResolver.Match] = [:]
        var recorded: [Int64] = []
        for (position, extracted) in signatures.enumerated() {
            var rows: [SignatureOwner] = []
            for owner in extracted.owners {
                let match = try matched[owner.position] ?? owners.match(owner)
                matched[owner.position] = match
                rows.append(
                    SignatureOwner(
                        signatureId: 0, position: owner.position, nameAsWritten: owner.name, cik: owner.cik,
                        ownerPersonId: match.personId, matchedBy: match.matchedBy, candidates: match.candidates))
            }
            var signature = Signature(
                documentId: documentId, position: position, form: extracted.form, formAsFiled: extracted.formAsFiled,
                issuerId: try issuer(of: extracted), issuerAsWritten: extracted.issuerName,
                periodOfReport: extracted.periodOfReport, signedOn: extracted.signedOn,
                signerAsWritten: extracted.signerAsWritten, signerName: extracted.signer.name,
                signedAs: Signature.SignedAs(rawValue: extracted.signer.capacity.rawValue) ?? .unknown,
                onBehalfOf: extracted.signer.onBehalfOf, capacity: extracted.signer.role,
                lineStart: extracted.span.firstLine, lineEnd: extracted.span.lastLine)
            signature.signerPersonId = try SignatureAudit.signerPersonId(of: signature, owners: rows, in: tx.reader)
            guard let id = try tx.insert(signature).id else { throw StoreError.writeFailed(detail: "no id for a new signature") }
            for var row in rows {
                row.signatureId = id
                try tx.insert(row)
            }
            recorded.append(id)
        }
        try SignatureAudit.refresh(signatures: recorded, in: tx)
        // Owners recorded as new people may be the unresolved signers of forms already imported.
        let newPeople = matched.values.filter { $0.matchedBy == .new }.compactMap(\.personId)
        try SignatureAudit.refresh(afterAuthorityOf: [], people: newPeople, in: tx)
    }

    /// The issuer the filing names, found by CIK or name (learning the CIK), or recorded.
    private func issuer(of signature: ExtractedSignature) throws -> Int64? {
        if let name = signature.issuerName {
            return try PartyResolver(tx: tx).issuer(named: nil, header: FilingHeader.Party(name: name, cik: signature.issuerCik))
        }
        return try signature.issuerCik.flatMap { try tx.reader.issuer(cik: $0)?.id }
    }
}
