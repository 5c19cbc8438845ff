import POACore

/// A span of lines in a source document, 1-based and inclusive: where a fact was read.
public struct SourceSpan: Hashable, Sendable, Codable, CustomStringConvertible {
    public var firstLine: Int
    public var lastLine: Int

    public init(firstLine: Int, lastLine: Int) {
        self.firstLine = firstLine
        self.lastLine = max(firstLine, lastLine)
    }

    /// The smallest span covering both.
    public func union(_ other: SourceSpan) -> SourceSpan {
        SourceSpan(firstLine: min(firstLine, other.firstLine), lastLine: max(lastLine, other.lastLine))
    }

    public var description: String { firstLine == lastLine ? "\(firstLine)" : "\(firstLine)-\(lastLine)" }
}

/// A value read from a document, with the lines it came from (its provenance).
public struct Located<Value: Sendable>: Sendable {
    public var value: Value
    public var span: SourceSpan

    public init(_ value: Value, at span: SourceSpan) {
        self.value = value
        self.span = span
    }
}

extension Located: Equatable where Value: Equatable {}

/// An attorney-in-fact as the document names them.
public struct ExtractedAttorney: Equatable, Sendable {
    /// The person's name exactly as written (whitespace folded), suffixes kept: "Edward J. Kelly, III".
    /// When the attorney is named only by office, this is the office as written.
    public var name: String
    /// Set when the document names an office rather than a person
    /// ("the Chief Financial Officer of the Company"): no person may be invented for it.
    public var isOffice: Bool
    public var span: SourceSpan

    public init(name: String, isOffice: Bool = false, span: SourceSpan) {
        self.name = name
        self.isOffice = isOffice
        self.span = span
    }
}

/// What a delegation says about the grant it acts under.
public struct ParentReference: Equatable, Sendable {
    /// The grantor of the parent grant, as written.
    public var grantor: String
    /// The parent grant's date, when stated.
    public var executedOn: Day?
    public var span: SourceSpan

    public init(grantor: String, executedOn: Day?, span: SourceSpan) {
        self.grantor = grantor
        self.executedOn = executedOn
        self.span = span
    }
}

/// What a revocation revokes: one grant (by its date), all of the grantor's grants, or one attorney.
public struct RevocationTarget: Equatable, Sendable {
    /// Whose grants are revoked (normally the revocation's own grantor).
    public var grantor: String
    /// The revoked grant's date; nil when all grants of the grantor for the issuer are revoked.
    public var executedOn: Day?
    /// The one attorney whose appointment is revoked; nil when whole grants are revoked.
    public var attorney: String?
    public var span: SourceSpan

    public init(grantor: String, executedOn: Day?, attorney: String?, span: SourceSpan) {
        self.grantor = grantor
        self.executedOn = executedOn
        self.attorney = attorney
        self.span = span
    }
}

/// One instrument as read from a document: every fact with its source lines.
///
/// Optional facts are nil when the document does not state them. The reader never fills a
/// gap with a guess: a missing required fact makes the document `needs-review` instead.
public struct ExtractedInstrument: Equatable, Sendable {
    public var kind: InstrumentKind
    /// The undersigned; for a delegation the delegator; for a revocation who revokes.
    public var grantor: Located<String>?
    /// True when the grantor is an entity (a fund, an investment manager) signing through an officer.
    public var grantorIsEntity: Bool
    /// The issuer ("the Company") as named in the text, canonicalised; nil when only "the Company".
    public var issuer: Located<String>?
    public var executedOn: Located<Day>?
    /// In the document's order.
    public var attorneys: [ExtractedAttorney]
    /// Canonical, sorted (`Form` order), without duplicates.
    public var forms: Located<[Form]>?
    public var delegable: Located<Bool>
    /// The clause, quoted, when the instrument supersedes prior authorizations.
    public var supersession: Located<String>?
    /// The end condition as quoted ("for so long as the undersigned ...", "until December 31, 2020").
    public var endCondition: Located<String>?
    /// The last day in force, when the instrument states an expiry (a date, or a period from signing).
    public var expiresOn: Located<Day>?
    /// True when an attorney's authority ends with that attorney's employment at the issuer.
    public var endsWithAttorneyEmployment: Bool
    public var parent: ParentReference?
    public var revokes: RevocationTarget?
    /// When a revocation takes effect (its execution date unless it states another).
    public var effectiveOn: Located<Day>?
    /// The whole instrument.
    public var span: SourceSpan

    public init(
        kind: InstrumentKind, grantor: Located<String>? = nil, grantorIsEntity: Bool = false,
        issuer: Located<String>? = nil, executedOn: Located<Day>? = nil, attorneys: [ExtractedAttorney] = [],
        forms: Located<[Form]>? = nil, delegable: Located<Bool>, supersession: Located<String>? = nil,
        endCondition: Located<String>? = nil, expiresOn: Located<Day>? = nil,
        endsWithAttorneyEmployment: Bool = false, parent: ParentReference? = nil,
        revokes: RevocationTarget? = nil, effectiveOn: Located<Day>? = nil, span: SourceSpan
    ) {
        self.kind = kind
        self.grantor = grantor
        self.grantorIsEntity = grantorIsEntity
        self.issuer = issuer
        self.executedOn = executedOn
        self.attorneys = attorneys
        self.forms = forms
        self.delegable = delegable
        self.supersession = supersession
        self.endCondition = endCondition
        self.expiresOn = expiresOn
        self.endsWithAttorneyEmployment = endsWithAttorneyEmployment
        self.parent = parent
        self.revokes = revokes
        self.effectiveOn = effectiveOn
        self.span = span
    }

    /// Whether it supersedes prior authorizations of the same grantor for the same issuer.
    public var supersedesPrior: Bool { supersession != nil }
}

/// Facts from an EDGAR submission header (`<SEC-HEADER>`), kept on the document.
public struct FilingHeader: Equatable, Sendable {
    public struct Party: Equatable, Sendable {
        /// As EDGAR writes it: "Hartford Financial Services Group Inc/DE", "LEVENSON DAVID N".
        public var name: String
        public var cik: String?
        /// The names the company filed under before (the header's "FORMER CONFORMED NAME"s):
        /// a power of attorney signed before a change of name names the company by one of them.
        public var formerNames: [String]
        public init(name: String, cik: String?, formerNames: [String] = []) {
            self.name = name
            self.cik = cik
            self.formerNames = formerNames
        }
    }

    public var accessionNumber: String?
    public var formType: String?
    public var filedOn: Day?
    public var issuer: Party?
    public var reportingOwners: [Party]

    public init(
        accessionNumber: String? = nil, formType: String? = nil, filedOn: Day? = nil, issuer: Party? = nil,
        reportingOwners: [Party] = []
    ) {
        self.accessionNumber = accessionNumber
        self.formType = formType
        self.filedOn = filedOn
        self.issuer = issuer
        self.reportingOwners = reportingOwners
    }
}

/// The reader's verdict on one document, before anything is resolved or stored.
public struct Extraction: Sendable {
    public enum Verdict: Equatable, Sendable {
        /// A document to record: a power of attorney with these instruments, or an ownership
        /// filing whose `signatures` are recorded (with these instruments when it holds a POA too,
        /// with none otherwise).
        case poa([ExtractedInstrument])
        /// Readable text, but no power of attorney; the reason says what it looks like.
        case notPOA(reason: String)
        /// Looks like a POA, but a required fact is missing or uncertain; nothing is guessed.
        /// The instruments read so far are kept for the reviewer.
        case needsReview(reason: String, partial: [ExtractedInstrument])
        /// Unreadable, empty or binary.
        case error(reason: String)
    }

    public var verdict: Verdict
    /// "text/plain", "text/html", "application/edgar-submission", "application/xml".
    public var mediaType: String
    /// The whole source decoded to text, markup included (for HTML and EDGAR submissions): it is
    /// what the ledger stores, and every `SourceSpan` counts lines in it, so provenance points
    /// into the original file, not into a converted copy.
    public var text: String
    public var header: FilingHeader?
    /// The signatures of the Form 3, 4, 5 or 144 ownership filing the document is or holds.
    public var signatures: [ExtractedSignature] = []

    public init(verdict: Verdict, mediaType: String, text: String, header: FilingHeader? = nil) {
        self.verdict = verdict
        self.mediaType = mediaType
        self.text = text
        self.header = header
    }
}
