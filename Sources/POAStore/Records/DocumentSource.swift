import GRDB

/// Where a document was fetched from: the filing's EDGAR address, for `poa fetch`'s documents.
///
/// For example:
///
/// ```swift
/// try tx.insert(DocumentSource(documentId: id, url: "https://www.sec.gov/Archives/edgar/data/1500777/000120919116101234/0001209191-16-101234.txt"))
/// ```
public struct DocumentSource: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
    public var documentId: Int64
    public var url: String

    public init(documentId: Int64, url: String) {
        self.documentId = documentId
        self.url = url
    }

    public static let databaseTableName = "document_source"

    enum CodingKeys: String, CodingKey {
        case documentId = "document_id", url
    }
}

extension DocumentSource: LedgerRow {}
