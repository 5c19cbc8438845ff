import GRDB
import POACore

// Hand-written row coding for the signature records, column by column as in
// `Migrations/0003_create_signature.sql` (see `Record+Rows.swift` for why).

extension Signature {
    public init(row: Row) throws {
        id = row["id"]
        documentId = row["document_id"]
        position = row["position"]
        form = row["form"]
        formAsFiled = row["form_as_filed"]
        issuerId = row["issuer_id"]
        issuerAsWritten = row["issuer_as_written"]
        periodOfReport = row["period_of_report"]
        signedOn = row["signed_on"]
        signerAsWritten = row["signer_as_written"]
        signerName = row["signer_name"]
        signerKey = row["signer_key"]
        signedAs = row["signed_as"]
        onBehalfOf = row["on_behalf_of"]
        capacity = row["capacity"]
        signerPersonId = row["signer_person_id"]
        lineStart = row["line_start"]
        lineEnd = row["line_end"]
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id
        container["document_id"] = documentId
        container["position"] = position
        container["form"] = form
        container["form_as_filed"] = formAsFiled
        container["issuer_id"] = issuerId
        container["issuer_as_written"] = issuerAsWritten
        container["period_of_report"] = periodOfReport
        container["signed_on"] = signedOn
        container["signer_as_written"] = signerAsWritten
        container["signer_name"] = signerName
        container["signer_key"] = signerKey
        container["signed_as"] = signedAs
        container["on_behalf_of"] = onBehalfOf
        container["capacity"] = capacity
        container["signer_person_id"] = signerPersonId
        container["line_start"] = lineStart
        container["line_end"] = lineEnd
    }
}

extension SignatureOwner {
    public init(row: Row) throws {
        self.init(
            signatureId: row["signature_id"], position: row["position"], nameAsWritten: row["name_as_written"],
            cik: row["cik"], ownerPersonId: row["owner_person_id"], matchedBy: row["matched_by"],
            candidates: row["candidates"])
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["signature_id"] = signatureId
        container["position"] = position
        container["name_as_written"] = nameAsWritten
        container["cik"] = cik
        container["owner_person_id"] = ownerPersonId
        container["matched_by"] = matchedBy
        container["candidates"] = candidates
    }
}

extension StoredVerdict {
    public init(row: Row) throws {
        signatureId = row["signature_id"]
        ownerPosition = row["owner_position"]
        verdict = row["verdict"]
        cause = row["cause"]
        reason = row["reason"]
        via = row["via"]
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["signature_id"] = signatureId
        container["owner_position"] = ownerPosition
        container["verdict"] = verdict
        container["cause"] = cause
        container["reason"] = reason
        container["via"] = via
    }
}
