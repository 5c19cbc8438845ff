import POACore
import POAReading

/// One signature of an import outcome, as read (names as written in the filing).
public struct SignatureSummary: Encodable, Sendable, Equatable {
    /// The document type as filed: "4", "4/A", "144".
    public var form: String
    public var issuer: String?
    /// The reporting owners it signs for, as written.
    public var owners: [String]
    public var signedOn: Day
    /// The signer's name as read, nil when none could be.
    public var signer: String?
    public var signerAsWritten: String
    /// `attorney-in-fact`, `signatory`, `in-person` or `unknown`.
    public var signedAs: String

    public init(_ signature: ExtractedSignature) {
        form = signature.formAsFiled
        issuer = signature.issuerName
        owners = signature.owners.map(\.name)
        signedOn = signature.signedOn
        signer = signature.signer.name
        signerAsWritten = signature.signerAsWritten
        signedAs = signature.signer.capacity.rawValue
    }

    public func encode(to encoder: any Encoder) throws {
        // Every key is always present (null when unknown): scripts rely on the shape.
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(form, forKey: .form)
        try container.encode(issuer, forKey: .issuer)
        try container.encode(owners, forKey: .owners)
        try container.encode(signedOn, forKey: .signedOn)
        try container.encode(signer, forKey: .signer)
        try container.encode(signerAsWritten, forKey: .signerAsWritten)
        try container.encode(signedAs, forKey: .signedAs)
    }

    enum CodingKeys: String, CodingKey {
        case form, issuer, owners, signer
        case signedOn = "signed_on", signerAsWritten = "signer_as_written", signedAs = "signed_as"
    }
}
