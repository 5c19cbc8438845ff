import GRDB
import POACore

// Every record's columns, in the order of the migrations: one description serves GRDB's row
// coding and the C API's binding (see `ColumnRecord`). GRDB could derive the coding from
// Codable, but on the import's hot path the derived versions cost more than the SQL they feed.

extension Person: ColumnRecord {
    package static let columns = ["id", "name", "kind", "cik"]
    package static let insertSQL = insertStatement()

    package init(columns: some ColumnSource) throws(StoreError) {
        id = columns.optional(0)
        name = try columns(1)
        kind = try columns(2)
        cik = columns.optional(3)
    }

    public init(row: Row) throws { try self.init(columns: RowColumns(row)) }

    public func encode(to container: inout PersistenceContainer) throws { encodeColumns(to: &container) }

    package mutating func assignRowID(_ rowID: Int64) { id = rowID }

    package func put(into sink: inout ColumnSink) {
        sink.put(id)
        sink.put(name)
        sink.put(kind)
        sink.put(cik)
    }
}

extension PersonAlias: ColumnRecord {
    package static let columns = ["person_id", "alias", "key"]
    package static let insertSQL = insertStatement()

    package init(columns: some ColumnSource) throws(StoreError) {
        personId = try columns(0)
        alias = try columns(1)
        key = try columns(2)
    }

    public init(row: Row) throws { try self.init(columns: RowColumns(row)) }

    public func encode(to container: inout PersistenceContainer) throws { encodeColumns(to: &container) }

    package func put(into sink: inout ColumnSink) {
        sink.put(personId)
        sink.put(alias)
        sink.put(key)
    }
}

extension Issuer: ColumnRecord {
    package static let columns = ["id", "name", "cik"]
    package static let insertSQL = insertStatement()

    package init(columns: some ColumnSource) throws(StoreError) {
        id = columns.optional(0)
        name = try columns(1)
        cik = columns.optional(2)
    }

    public init(row: Row) throws { try self.init(columns: RowColumns(row)) }

    public func encode(to container: inout PersistenceContainer) throws { encodeColumns(to: &container) }

    package mutating func assignRowID(_ rowID: Int64) { id = rowID }

    package func put(into sink: inout ColumnSink) {
        sink.put(id)
        sink.put(name)
        sink.put(cik)
    }
}

extension IssuerAlias: ColumnRecord {
    package static let columns = ["issuer_id", "alias", "key"]
    package static let insertSQL = insertStatement()

    package init(columns: some ColumnSource) throws(StoreError) {
        issuerId = try columns(0)
        alias = try columns(1)
        key = try columns(2)
    }

    public init(row: Row) throws { try self.init(columns: RowColumns(row)) }

    public func encode(to container: inout PersistenceContainer) throws { encodeColumns(to: &container) }

    package func put(into sink: inout ColumnSink) {
        sink.put(issuerId)
        sink.put(alias)
        sink.put(key)
    }
}

extension Document: ColumnRecord {
    package static let columns = [
        "id", "path", "sha256", "size", "media_type", "text", "imported_at", "status", "reason", "accession_number",
        "form_type", "filed_on", "header_issuer_name", "header_issuer_cik",
    ]
    package static let insertSQL = insertStatement()

    package init(columns: some ColumnSource) throws(StoreError) {
        id = columns.optional(0)
        path = try columns(1)
        sha256 = try columns(2)
        size = try columns(3)
        mediaType = try columns(4)
        text = try columns(5)
        importedAt = try columns(6)
        status = try columns(7)
        reason = columns.optional(8)
        accessionNumber = columns.optional(9)
        formType = columns.optional(10)
        filedOn = columns.optional(11)
        headerIssuerName = columns.optional(12)
        headerIssuerCik = columns.optional(13)
    }

    public init(row: Row) throws { try self.init(columns: RowColumns(row)) }

    public func encode(to container: inout PersistenceContainer) throws { encodeColumns(to: &container) }

    package mutating func assignRowID(_ rowID: Int64) { id = rowID }

    package func put(into sink: inout ColumnSink) {
        sink.put(id)
        sink.put(path)
        sink.put(sha256)
        sink.put(size)
        sink.put(mediaType)
        sink.put(text)
        sink.put(importedAt)
        sink.put(status)
        sink.put(reason)
        sink.put(accessionNumber)
        sink.put(formType)
        sink.put(filedOn)
        sink.put(headerIssuerName)
        sink.put(headerIssuerCik)
    }
}

extension ReportingOwner: ColumnRecord {
    package static let columns = ["document_id", "position", "name", "cik"]
    package static let insertSQL = insertStatement()

    package init(columns: some ColumnSource) throws(StoreError) {
        documentId = try columns(0)
        position = try columns(1)
        name = try columns(2)
        cik = columns.optional(3)
    }

    public init(row: Row) throws { try self.init(columns: RowColumns(row)) }

    public func encode(to container: inout PersistenceContainer) throws { encodeColumns(to: &container) }

    package func put(into sink: inout ColumnSink) {
        sink.put(documentId)
        sink.put(position)
        sink.put(name)
        sink.put(cik)
    }
}

extension Instrument: ColumnRecord {
    package static let columns = [
        "id", "document_id", "position", "kind", "grantor_id", "issuer_id", "executed_on", "delegable",
        "supersedes_prior", "supersession_clause", "end_condition", "expires_on", "ends_with_attorney_employment",
        "line_start", "line_end", "forms", "source",
    ]
    package static let insertSQL = insertStatement()

    package init(columns: some ColumnSource) throws(StoreError) {
        id = columns.optional(0)
        documentId = try columns(1)
        position = try columns(2)
        kind = try columns(3)
        grantorId = try columns(4)
        issuerId = columns.optional(5)
        executedOn = try columns(6)
        delegable = try columns(7)
        supersedesPrior = try columns(8)
        supersessionClause = columns.optional(9)
        endCondition = columns.optional(10)
        expiresOn = columns.optional(11)
        endsWithAttorneyEmployment = try columns(12)
        lineStart = try columns(13)
        lineEnd = try columns(14)
        forms = Form.parseStoredList(try columns(15))
        origin = Origin(rawValue: columns.optional(16) ?? "") ?? .read
    }

    public init(row: Row) throws { try self.init(columns: RowColumns(row)) }

    public func encode(to container: inout PersistenceContainer) throws { encodeColumns(to: &container) }

    package mutating func assignRowID(_ rowID: Int64) { id = rowID }

    package func put(into sink: inout ColumnSink) {
        sink.put(id)
        sink.put(documentId)
        sink.put(position)
        sink.put(kind)
        sink.put(grantorId)
        sink.put(issuerId)
        sink.put(executedOn)
        sink.put(delegable)
        sink.put(supersedesPrior)
        sink.put(supersessionClause)
        sink.put(endCondition)
        sink.put(expiresOn)
        sink.put(endsWithAttorneyEmployment)
        sink.put(lineStart)
        sink.put(lineEnd)
        sink.put(Form.storedList(forms))
        sink.put(origin.rawValue)
    }
}

extension InstrumentCopy: ColumnRecord {
    package static let columns = ["instrument_id", "document_id", "position", "line_start", "line_end"]
    package static let insertSQL = insertStatement()

    package init(columns: some ColumnSource) throws(StoreError) {
        instrumentId = try columns(0)
        documentId = try columns(1)
        position = try columns(2)
        lineStart = try columns(3)
        lineEnd = try columns(4)
    }

    public init(row: Row) throws { try self.init(columns: RowColumns(row)) }

    public func encode(to container: inout PersistenceContainer) throws { encodeColumns(to: &container) }

    package func put(into sink: inout ColumnSink) {
        sink.put(instrumentId)
        sink.put(documentId)
        sink.put(position)
        sink.put(lineStart)
        sink.put(lineEnd)
    }
}

extension InstrumentAttorney: ColumnRecord {
    package static let columns = [
        "instrument_id", "position", "person_id", "office", "name_as_written", "line_start", "line_end",
    ]
    package static let insertSQL = insertStatement()

    package init(columns: some ColumnSource) throws(StoreError) {
        instrumentId = try columns(0)
        position = try columns(1)
        personId = columns.optional(2)
        office = columns.optional(3)
        nameAsWritten = try columns(4)
        lineStart = try columns(5)
        lineEnd = try columns(6)
    }

    public init(row: Row) throws { try self.init(columns: RowColumns(row)) }

    public func encode(to container: inout PersistenceContainer) throws { encodeColumns(to: &container) }

    package func put(into sink: inout ColumnSink) {
        sink.put(instrumentId)
        sink.put(position)
        sink.put(personId)
        sink.put(office)
        sink.put(nameAsWritten)
        sink.put(lineStart)
        sink.put(lineEnd)
    }
}

extension InstrumentSource: ColumnRecord {
    package static let columns = ["instrument_id", "fact", "line_start", "line_end"]
    /// None: the rows of a view are written through ``InstrumentProvenance``.
    package static let insertSQL = ""

    package init(columns: some ColumnSource) throws(StoreError) {
        instrumentId = try columns(0)
        fact = try columns(1)
        lineStart = try columns(2)
        lineEnd = try columns(3)
    }

    public init(row: Row) throws { try self.init(columns: RowColumns(row)) }

    package func put(into sink: inout ColumnSink) {
        sink.put(instrumentId)
        sink.put(fact)
        sink.put(lineStart)
        sink.put(lineEnd)
    }
}

extension DelegationParent: ColumnRecord {
    package static let columns = ["delegation_id", "stated_grantor_id", "stated_executed_on", "parent_id"]
    package static let insertSQL = insertStatement()

    package init(columns: some ColumnSource) throws(StoreError) {
        delegationId = try columns(0)
        statedGrantorId = try columns(1)
        statedExecutedOn = columns.optional(2)
        parentId = columns.optional(3)
    }

    public init(row: Row) throws { try self.init(columns: RowColumns(row)) }

    public func encode(to container: inout PersistenceContainer) throws { encodeColumns(to: &container) }

    package func put(into sink: inout ColumnSink) {
        sink.put(delegationId)
        sink.put(statedGrantorId)
        sink.put(statedExecutedOn)
        sink.put(parentId)
    }
}

extension Revocation: ColumnRecord {
    package static let columns = [
        "revocation_id", "target_grantor_id", "target_executed_on", "target_attorney_id", "effective_on",
    ]
    package static let insertSQL = insertStatement()

    package init(columns: some ColumnSource) throws(StoreError) {
        revocationId = try columns(0)
        targetGrantorId = try columns(1)
        targetExecutedOn = columns.optional(2)
        targetAttorneyId = columns.optional(3)
        effectiveOn = try columns(4)
    }

    public init(row: Row) throws { try self.init(columns: RowColumns(row)) }

    public func encode(to container: inout PersistenceContainer) throws { encodeColumns(to: &container) }

    package func put(into sink: inout ColumnSink) {
        sink.put(revocationId)
        sink.put(targetGrantorId)
        sink.put(targetExecutedOn)
        sink.put(targetAttorneyId)
        sink.put(effectiveOn)
    }
}

extension RecordedFact: ColumnRecord {
    package static let columns = [
        "id", "kind", "person_id", "issuer_id", "on_day", "target_executed_on", "target_attorney_id", "note",
        "recorded_by", "recorded_at", "undone_at",
    ]
    package static let insertSQL = insertStatement()

    package init(columns: some ColumnSource) throws(StoreError) {
        id = columns.optional(0)
        kind = try columns(1)
        personId = try columns(2)
        issuerId = columns.optional(3)
        onDay = try columns(4)
        targetExecutedOn = columns.optional(5)
        targetAttorneyId = columns.optional(6)
        note = columns.optional(7)
        recordedBy = try columns(8)
        recordedAt = try columns(9)
        undoneAt = columns.optional(10)
    }

    public init(row: Row) throws { try self.init(columns: RowColumns(row)) }

    public func encode(to container: inout PersistenceContainer) throws { encodeColumns(to: &container) }

    package mutating func assignRowID(_ rowID: Int64) { id = rowID }

    package func put(into sink: inout ColumnSink) {
        sink.put(id)
        sink.put(kind)
        sink.put(personId)
        sink.put(issuerId)
        sink.put(onDay)
        sink.put(targetExecutedOn)
        sink.put(targetAttorneyId)
        sink.put(note)
        sink.put(recordedBy)
        sink.put(recordedAt)
        sink.put(undoneAt)
    }
}

extension Supersession: ColumnRecord {
    package static let columns = [
        "id", "ended_id", "attorney_id", "ended_on", "by_instrument_id", "by_fact_id", "cause", "clause",
    ]
    package static let insertSQL = insertStatement()

    package init(columns: some ColumnSource) throws(StoreError) {
        id = columns.optional(0)
        endedId = try columns(1)
        attorneyId = columns.optional(2)
        endedOn = try columns(3)
        byInstrumentId = columns.optional(4)
        byFactId = columns.optional(5)
        cause = try columns(6)
        clause = columns.optional(7)
    }

    public init(row: Row) throws { try self.init(columns: RowColumns(row)) }

    public func encode(to container: inout PersistenceContainer) throws { encodeColumns(to: &container) }

    package mutating func assignRowID(_ rowID: Int64) { id = rowID }

    package func put(into sink: inout ColumnSink) {
        sink.put(id)
        sink.put(endedId)
        sink.put(attorneyId)
        sink.put(endedOn)
        sink.put(byInstrumentId)
        sink.put(byFactId)
        sink.put(cause)
        sink.put(clause)
    }
}

extension StoredInterval: ColumnRecord {
    package static let columns = [
        "grantor_id", "valid_from", "attorney_id", "via", "valid_until", "issuer_id", "forms", "grant_id", "links",
    ]
    package static let insertSQL = insertStatement()

    package init(columns: some ColumnSource) throws(StoreError) {
        grantorId = try columns(0)
        validFrom = try columns(1)
        attorneyId = try columns(2)
        via = try columns(3)
        validUntil = columns.optional(4)
        issuerId = columns.optional(5)
        forms = try columns(6)
        grantId = try columns(7)
        links = try columns(8)
    }

    public init(row: Row) throws { try self.init(columns: RowColumns(row)) }

    package func put(into sink: inout ColumnSink) {
        sink.put(grantorId)
        sink.put(validFrom)
        sink.put(attorneyId)
        sink.put(via)
        sink.put(validUntil)
        sink.put(issuerId)
        sink.put(forms)
        sink.put(grantId)
        sink.put(links)
    }
}

extension StoredInvalidDelegation: ColumnRecord {
    package static let columns = ["delegation_id", "grantor_id", "reason"]
    package static let insertSQL = insertStatement()

    package init(columns: some ColumnSource) throws(StoreError) {
        delegationId = try columns(0)
        grantorId = try columns(1)
        reason = try columns(2)
    }

    public init(row: Row) throws { try self.init(columns: RowColumns(row)) }

    package func put(into sink: inout ColumnSink) {
        sink.put(delegationId)
        sink.put(grantorId)
        sink.put(reason)
    }
}
