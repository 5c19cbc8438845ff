/// How the import of one document ended. Every document ends in exactly one of these.
public enum DocumentStatus: String, Sendable, Codable, CaseIterable, CustomStringConvertible {
    /// Its instruments were read and recorded.
    case imported
    /// A document with the same SHA-256 is already in the ledger: nothing changed.
    case duplicate
    /// Readable, but not a power of attorney (a comment letter, a proxy statement...).
    case notPOA = "not-poa"
    /// It looks like a power of attorney, but a required fact could not be read with confidence.
    /// The text is kept, the reason says what is missing, and nothing is guessed.
    case needsReview = "needs-review"
    /// Unreadable, empty or binary.
    case error

    public var description: String { rawValue }
}
