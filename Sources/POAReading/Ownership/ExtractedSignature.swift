import POACore

/// A reporting owner as an ownership filing names them.
public struct ExtractedOwner: Equatable, Sendable {
    /// The owner's order among the filing's reporting owners, from 0.
    public var position: Int
    /// As written: "LEVENSON DAVID N" on Forms 3, 4 and 5 (EDGAR's order), natural order on Form 144.
    public var name: String
    /// The CIK, ten digits with leading zeros, when the filing gives one.
    public var cik: String?

    public init(position: Int, name: String, cik: String?) {
        self.position = position
        self.name = name
        self.cik = cik
    }
}

/// One signature read from an ownership filing (Form 3, 4, 5 or an amendment; Form 144): the
/// form, issuer, the owners it signs for, the day, and the signer as written and as read.
public struct ExtractedSignature: Equatable, Sendable {
    /// The form for scope (Form 4 for a "4/A").
    public var form: Form
    /// The document type as filed: "4", "4/A", "144".
    public var formAsFiled: String
    public var issuerName: String?
    public var issuerCik: String?
    public var periodOfReport: Day?
    /// The owners this signature signs for: the one it names, or every owner of the filing.
    public var owners: [ExtractedOwner]
    public var signedOn: Day
    public var signerAsWritten: String
    public var signer: SignerReading
    /// The lines of the signature element.
    public var span: SourceSpan

    public init(
        form: Form, formAsFiled: String, issuerName: String?, issuerCik: String?, periodOfReport: Day?,
        owners: [ExtractedOwner], signedOn: Day, signerAsWritten: String, signer: SignerReading, span: SourceSpan
    ) {
        self.form = form
        self.formAsFiled = formAsFiled
        self.issuerName = issuerName
        self.issuerCik = issuerCik
        self.periodOfReport = periodOfReport
        self.owners = owners
        self.signedOn = signedOn
        self.signerAsWritten = signerAsWritten
        self.signer = signer
        self.span = span
    }
}
