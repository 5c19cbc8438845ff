import GRDB
import POACore

/// One imported file, with its text, its import outcome and, for an EDGAR submission, its header facts.
public struct Document: Codable, Hashable, Sendable, FetchableRecord, MutablePersistableRecord {
    public var id: Int64?
    public var path: String
    /// Lowercase hexadecimal SHA-256 of the file's bytes: a document is stored once.
    public var sha256: String
    /// Size of the file in bytes.
    public var size: Int64
    public var mediaType: String
    /// The whole source decoded to text; instrument line spans count lines in it.
    public var text: String
    public var importedAt: String
    /// Never `.duplicate`: a duplicate is not stored again.
    public var status: DocumentStatus
    /// Why the document is not `imported` (required by the schema otherwise).
    public var reason: String?
    public var accessionNumber: String?
    public var formType: String?
    public var filedOn: Day?
    public var headerIssuerName: String?
    public var headerIssuerCik: String?

    public init(
        id: Int64? = nil, path: String, sha256: String, size: Int64, mediaType: String, text: String,
        importedAt: String, status: DocumentStatus, reason: String? = nil, accessionNumber: String? = nil,
        formType: String? = nil, filedOn: Day? = nil, headerIssuerName: String? = nil, headerIssuerCik: String? = nil
    ) {
        self.id = id
        self.path = path
        self.sha256 = sha256
        self.size = size
        self.mediaType = mediaType
        self.text = text
        self.importedAt = importedAt
        self.status = status
        self.reason = reason
        self.accessionNumber = accessionNumber
        self.formType = formType
        self.filedOn = filedOn
        self.headerIssuerName = headerIssuerName
        self.headerIssuerCik = headerIssuerCik
    }

    public static let databaseTableName = "document"

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    enum CodingKeys: String, CodingKey {
        case id, path, sha256, size, text, status, reason
        case mediaType = "media_type", importedAt = "imported_at", accessionNumber = "accession_number"
        case formType = "form_type", filedOn = "filed_on", headerIssuerName = "header_issuer_name"
        case headerIssuerCik = "header_issuer_cik"
    }
}

/// A reporting owner named in a submission header, in order.
public struct ReportingOwner: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
    public var documentId: Int64
    public var position: Int
    /// As EDGAR writes it: "LEVENSON DAVID N".
    public var name: String
    public var cik: String?

    public init(documentId: Int64, position: Int, name: String, cik: String?) {
        self.documentId = documentId
        self.position = position
        self.name = name
        self.cik = cik
    }

    public static let databaseTableName = "document_reporting_owner"

    enum CodingKeys: String, CodingKey {
        case documentId = "document_id", position, name, cik
    }
}
