import GRDB
import POACore

// The signature records' columns, in the order of `Migrations/0003_create_signature.sql`
// (see `ColumnRecord` and `Record+Columns.swift`).

extension Signature: ColumnRecord {
    package static let columns = [
        "id", "document_id", "position", "form", "form_as_filed", "issuer_id", "issuer_as_written",
        "period_of_report", "signed_on", "signer_as_written", "signer_name", "signer_key", "signed_as",
        "on_behalf_of", "capacity", "signer_person_id", "line_start", "line_end",
    ]
    package static let insertSQL = insertStatement()

    package init(columns: some ColumnSource) throws(StoreError) {
        id = columns.optional(0)
        documentId = try columns(1)
        position = try columns(2)
        form = try columns(3)
        formAsFiled = try columns(4)
        issuerId = columns.optional(5)
        issuerAsWritten = columns.optional(6)
        periodOfReport = columns.optional(7)
        signedOn = try columns(8)
        signerAsWritten = try columns(9)
        signerName = columns.optional(10)
        signerKey = columns.optional(11)
        signedAs = try columns(12)
        onBehalfOf = columns.optional(13)
        capacity = columns.optional(14)
        signerPersonId = columns.optional(15)
        lineStart = try columns(16)
        lineEnd = try columns(17)
    }

    public init(row: Row) throws { try self.init(columns: RowColumns(row)) }

    public func encode(to container: inout PersistenceContainer) throws { encodeColumns(to: &container) }

    package mutating func assignRowID(_ rowID: Int64) { id = rowID }

    package func put(into sink: inout ColumnSink) {
        sink.put(id)
        sink.put(documentId)
        sink.put(position)
        sink.put(form)
        sink.put(formAsFiled)
        sink.put(issuerId)
        sink.put(issuerAsWritten)
        sink.put(periodOfReport)
        sink.put(signedOn)
        sink.put(signerAsWritten)
        sink.put(signerName)
        sink.put(signerKey)
        sink.put(signedAs)
        sink.put(onBehalfOf)
        sink.put(capacity)
        sink.put(signerPersonId)
        sink.put(lineStart)
        sink.put(lineEnd)
    }
}

extension SignatureOwner: ColumnRecord {
    package static let columns = [
        "signature_id", "position", "name_as_written", "cik", "owner_person_id", "matched_by", "candidates",
    ]
    package static let insertSQL = insertStatement()

    package init(columns: some ColumnSource) throws(StoreError) {
        signatureId = try columns(0)
        position = try columns(1)
        nameAsWritten = try columns(2)
        cik = columns.optional(3)
        ownerPersonId = columns.optional(4)
        matchedBy = try columns(5)
        candidates = columns.optional(6)
    }

    public init(row: Row) throws { try self.init(columns: RowColumns(row)) }

    public func encode(to container: inout PersistenceContainer) throws { encodeColumns(to: &container) }

    package func put(into sink: inout ColumnSink) {
        sink.put(signatureId)
        sink.put(position)
        sink.put(nameAsWritten)
        sink.put(cik)
        sink.put(ownerPersonId)
        sink.put(matchedBy)
        sink.put(candidates)
    }
}

extension StoredVerdict: ColumnRecord {
    package static let columns = [
        "signature_id", "owner_position", "verdict", "cause", "reason", "via",
    ]
    package static let insertSQL = insertStatement()

    package init(columns: some ColumnSource) throws(StoreError) {
        signatureId = try columns(0)
        ownerPosition = try columns(1)
        verdict = try columns(2)
        cause = try columns(3)
        reason = try columns(4)
        via = columns.optional(5)
    }

    public init(row: Row) throws { try self.init(columns: RowColumns(row)) }

    public func encode(to container: inout PersistenceContainer) throws { encodeColumns(to: &container) }

    package func put(into sink: inout ColumnSink) {
        sink.put(signatureId)
        sink.put(ownerPosition)
        sink.put(verdict)
        sink.put(cause)
        sink.put(reason)
        sink.put(via)
    }
}
