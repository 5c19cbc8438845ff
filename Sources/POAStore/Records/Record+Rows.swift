import GRDB
import POACore

// Hand-written row decoding and encoding for the ledger's records.
//
// GRDB can derive both from Codable, but on the import's hot path the derived versions cost
// more than the SQL they feed (profiled: a third of an import). These say the same thing
// column by column, in the order of the migrations.

extension Person {
    public init(row: Row) throws {
        self.init(id: row["id"], name: row["name"], kind: row["kind"], cik: row["cik"])
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id
        container["name"] = name
        container["kind"] = kind
        container["cik"] = cik
    }
}

extension PersonAlias {
    public init(row: Row) throws {
        self.init(personId: row["person_id"], alias: row["alias"], key: row["key"])
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["person_id"] = personId
        container["alias"] = alias
        container["key"] = key
    }
}

extension Issuer {
    public init(row: Row) throws {
        self.init(id: row["id"], name: row["name"], cik: row["cik"])
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id
        container["name"] = name
        container["cik"] = cik
    }
}

extension IssuerAlias {
    public init(row: Row) throws {
        self.init(issuerId: row["issuer_id"], alias: row["alias"], key: row["key"])
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["issuer_id"] = issuerId
        container["alias"] = alias
        container["key"] = key
    }
}

extension Document {
    public init(row: Row) throws {
        self.init(
            id: row["id"], path: row["path"], sha256: row["sha256"], size: row["size"], mediaType: row["media_type"],
            text: row["text"], importedAt: row["imported_at"], status: row["status"], reason: row["reason"],
            accessionNumber: row["accession_number"], formType: row["form_type"], filedOn: row["filed_on"],
            headerIssuerName: row["header_issuer_name"], headerIssuerCik: row["header_issuer_cik"])
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id
        container["path"] = path
        container["sha256"] = sha256
        container["size"] = size
        container["media_type"] = mediaType
        container["text"] = text
        container["imported_at"] = importedAt
        container["status"] = status
        container["reason"] = reason
        container["accession_number"] = accessionNumber
        container["form_type"] = formType
        container["filed_on"] = filedOn
        container["header_issuer_name"] = headerIssuerName
        container["header_issuer_cik"] = headerIssuerCik
    }
}

extension ReportingOwner {
    public init(row: Row) throws {
        self.init(documentId: row["document_id"], position: row["position"], name: row["name"], cik: row["cik"])
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["document_id"] = documentId
        container["position"] = position
        container["name"] = name
        container["cik"] = cik
    }
}

extension Instrument {
    public init(row: Row) throws {
        self.init(
            id: row["id"], documentId: row["document_id"], position: row["position"], kind: row["kind"],
            grantorId: row["grantor_id"], issuerId: row["issuer_id"], executedOn: row["executed_on"],
            delegable: row["delegable"], supersessionClause: row["supersession_clause"],
            endCondition: row["end_condition"], expiresOn: row["expires_on"],
            endsWithAttorneyEmployment: row["ends_with_attorney_employment"], lineStart: row["line_start"],
            lineEnd: row["line_end"])
        supersedesPrior = row["supersedes_prior"]
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id
        container["document_id"] = documentId
        container["position"] = position
        container["kind"] = kind
        container["grantor_id"] = grantorId
        container["issuer_id"] = issuerId
        container["executed_on"] = executedOn
        container["delegable"] = delegable
        container["supersedes_prior"] = supersedesPrior
        container["supersession_clause"] = supersessionClause
        container["end_condition"] = endCondition
        container["expires_on"] = expiresOn
        container["ends_with_attorney_employment"] = endsWithAttorneyEmployment
        container["line_start"] = lineStart
        container["line_end"] = lineEnd
    }
}

extension InstrumentCopy {
    public init(row: Row) throws {
        self.init(
            instrumentId: row["instrument_id"], documentId: row["document_id"], position: row["position"],
            lineStart: row["line_start"], lineEnd: row["line_end"])
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["instrument_id"] = instrumentId
        container["document_id"] = documentId
        container["position"] = position
        container["line_start"] = lineStart
        container["line_end"] = lineEnd
    }
}

extension InstrumentAttorney {
    public init(row: Row) throws {
        self.init(
            instrumentId: row["instrument_id"], position: row["position"], personId: row["person_id"],
            office: row["office"], nameAsWritten: row["name_as_written"], lineStart: row["line_start"],
            lineEnd: row["line_end"])
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["instrument_id"] = instrumentId
        container["position"] = position
        container["person_id"] = personId
        container["office"] = office
        container["name_as_written"] = nameAsWritten
        container["line_start"] = lineStart
        container["line_end"] = lineEnd
    }
}

extension InstrumentForm {
    public init(row: Row) throws {
        self.init(instrumentId: row["instrument_id"], form: row["form"])
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["instrument_id"] = instrumentId
        container["form"] = form
    }
}

extension InstrumentSource {
    public init(row: Row) throws {
        self.init(instrumentId: row["instrument_id"], fact: row["fact"], lineStart: row["line_start"], lineEnd: row["line_end"])
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["instrument_id"] = instrumentId
        container["fact"] = fact
        container["line_start"] = lineStart
        container["line_end"] = lineEnd
    }
}

extension DelegationParent {
    public init(row: Row) throws {
        self.init(
            delegationId: row["delegation_id"], statedGrantorId: row["stated_grantor_id"],
            statedExecutedOn: row["stated_executed_on"], parentId: row["parent_id"])
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["delegation_id"] = delegationId
        container["stated_grantor_id"] = statedGrantorId
        container["stated_executed_on"] = statedExecutedOn
        container["parent_id"] = parentId
    }
}

extension Revocation {
    public init(row: Row) throws {
        self.init(
            revocationId: row["revocation_id"], targetGrantorId: row["target_grantor_id"],
            targetExecutedOn: row["target_executed_on"], targetAttorneyId: row["target_attorney_id"],
            effectiveOn: row["effective_on"])
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["revocation_id"] = revocationId
        container["target_grantor_id"] = targetGrantorId
        container["target_executed_on"] = targetExecutedOn
        container["target_attorney_id"] = targetAttorneyId
        container["effective_on"] = effectiveOn
    }
}

extension RecordedFact {
    public init(row: Row) throws {
        self.init(
            id: row["id"], kind: row["kind"], personId: row["person_id"], issuerId: row["issuer_id"], onDay: row["on_day"],
            targetExecutedOn: row["target_executed_on"], targetAttorneyId: row["target_attorney_id"], note: row["note"],
            recordedBy: row["recorded_by"], recordedAt: row["recorded_at"], undoneAt: row["undone_at"])
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id
        container["kind"] = kind
        container["person_id"] = personId
        container["issuer_id"] = issuerId
        container["on_day"] = onDay
        container["target_executed_on"] = targetExecutedOn
        container["target_attorney_id"] = targetAttorneyId
        container["note"] = note
        container["recorded_by"] = recordedBy
        container["recorded_at"] = recordedAt
        container["undone_at"] = undoneAt
    }
}

extension Supersession {
    public init(row: Row) throws {
        self.init(
            id: row["id"], endedId: row["ended_id"], attorneyId: row["attorney_id"], endedOn: row["ended_on"],
            byInstrumentId: row["by_instrument_id"], byFactId: row["by_fact_id"], cause: row["cause"], clause: row["clause"])
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id
        container["ended_id"] = endedId
        container["attorney_id"] = attorneyId
        container["ended_on"] = endedOn
        container["by_instrument_id"] = byInstrumentId
        container["by_fact_id"] = byFactId
        container["cause"] = cause
        container["clause"] = clause
    }
}

extension StoredInterval {
    public init(row: Row) throws {
        grantorId = row["grantor_id"]
        validFrom = row["valid_from"]
        attorneyId = row["attorney_id"]
        via = row["via"]
        validUntil = row["valid_until"]
        issuerId = row["issuer_id"]
        forms = row["forms"]
        grantId = row["grant_id"]
        links = row["links"]
    }
}

extension StoredInvalidDelegation {
    public init(row: Row) throws {
        self.init(delegationId: row["delegation_id"], grantorId: row["grantor_id"], reason: row["reason"])
    }
}
