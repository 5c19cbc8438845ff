/// What the first kilobytes of a document say about its container: an EDGAR submission,
/// Form 3/4/5 ownership XML, Form 144 XML, or markup. Every tag is looked for in one pass over the probe.
///
/// For example:
///
/// ```swift
/// let probe = ContainerProbe(Array("<sec-document>0001...".utf8)[...])
/// probe.isSubmission  // true
/// ```
struct ContainerProbe {
    /// The tags, in the order of the bits below.
    private static let tags = Needles([
        "<sec-document>", "<sec-header>", "<document>", "<type>", "<ownershipdocument",
        "<html", "<body", "<p>", "<p ", "<div", "<br", "<table", "<font", "<span", "<!doctype html",
        "<edgarsubmission", "<submissiontype>144", ":ownershipdocument", ":edgarsubmission", ":submissiontype>144",
    ])
    private static let markupBits: UInt64 = 0b111_1111_1110_0000

    private let found: UInt64

    /// Probes `lower`: lowercased bytes from the start of a document or part.
    init(_ lower: ArraySlice<UInt8>) {
        found = ContainerProbe.tags.occurrences(in: lower)
    }

    private func has(_ bit: Int) -> Bool { found & (1 << UInt64(bit)) != 0 }

    /// An EDGAR full-submission file: `<SEC-DOCUMENT>`, `<SEC-HEADER>`, or `<DOCUMENT>` with `<TYPE>`.
    var isSubmission: Bool { has(0) || has(1) || (has(2) && has(3)) }

    /// Form 3/4/5 ownership XML (`<ownershipDocument>`, or with a namespace prefix).
    var isOwnershipXML: Bool { has(4) || has(17) }

    /// Form 144 XML: an EDGAR `<edgarSubmission>` whose submission type is 144.
    var isForm144XML: Bool { (has(15) || has(18)) && (has(16) || has(19)) }

    /// Markup: a known HTML tag near the start.
    var isMarkup: Bool { found & ContainerProbe.markupBits != 0 }
}
