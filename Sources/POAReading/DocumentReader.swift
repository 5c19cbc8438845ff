import POACore

/// Reads one document's bytes into an ``Extraction``: the module's front door.
///
/// The reader is pure (no files, no database): the import pipeline hands it the bytes of one
/// file and stores what comes back. It recognises the container by content (plain text, HTML,
/// an EDGAR full-submission file, ownership XML), reads every power-of-attorney instrument in
/// it with the source lines of each fact, and gives one verdict: `.poa`, `.notPOA` with what
/// the text looks like, `.needsReview` naming what is missing, or `.error` for empty or binary
/// input. It never guesses: a fact it cannot read is left out and named.
///
/// For example:
///
/// ```swift
/// let extraction = DocumentReader.read(Array(try Data(contentsOf: url)))
/// if case .poa(let instruments) = extraction.verdict {
///     instruments[0].grantor?.value      // "Edward J. Kelly, III"
///     instruments[0].executedOn?.span    // SourceSpan(firstLine: 38, lastLine: 39)
/// }
/// ```
public enum DocumentReader {
    /// Reads `bytes` (one file) into an extraction.
    public static func read(_ bytes: [UInt8]) -> Extraction {
        let decoded: SourceDecoder.Decoded
        switch SourceDecoder.decode(bytes) {
        case .success(let value): decoded = value
        case .failure(let error): return Extraction(verdict: .error(reason: error.description), mediaType: "application/octet-stream", text: "")
        }
        let source = decoded.utf8
        // The text is made once the passage is read and no longer used: the two are not held
        // together, which keeps a large file's peak memory down.
        var text: String { String(decoding: source, as: UTF8.self) }
        let probe = ASCII.lowercased(source.prefix(8192))[...]
        let container = ContainerProbe(probe)
        if container.isSubmission {
            return readSubmission(source)
        }
        if container.isOwnershipXML || container.isForm144XML {
            return OwnershipXML.extraction(source, text: text)
        }
        let isXML = probe.drop(while: { SourceDecoder.isSpace($0) }).starts(with: Array("<?xml".utf8))
        if isXML || container.isMarkup {
            let passage = HTMLText.passage(source, 0..<source.count)
            var reading = readPassage(passage)
            if reading.readings.isEmpty, ImageOnly.isImageOnly(source, 0..<source.count, passage: passage) {
                reading.problems.append(ImageOnly.reason)
            }
            let verdict = passage.isEmpty && reading.problems.isEmpty
                ? .error(reason: "markup with no text in it") : verdictOf([reading], fallback: passage)
            return Extraction(verdict: verdict, mediaType: isXML ? "application/xml" : "text/html", text: text)
        }
        let passage = Passage.plainText(source, 0..<source.count)
        return Extraction(verdict: verdictOf([readPassage(passage)], fallback: passage), mediaType: "text/plain", text: text)
    }

    /// What one passage holds.
    struct PassageReading {
        var readings: [InstrumentReader.Reading] = []
        /// Segments that look like a POA but whose operative clause could not be read.
        var unreadable: [SourceSpan] = []
        /// Why a POA that is there cannot be read at all (``ImageOnly``).
        var problems: [String] = []
    }

    static func readPassage(_ passage: Passage) -> PassageReading {
        var result = PassageReading()
        for segment in InstrumentSegmenter.segments(passage) where !segment.isEmpty {
            let range = passage.lines[segment.lowerBound].lowerBound..<passage.lines[segment.upperBound - 1].upperBound
            let classification = InstrumentClassifier.classification(passage, range)
            switch classification.kind {
            case .instrument(let kind):
                var readings = InstrumentReader.readings(
                    passage, lines: segment, kind: kind, appointment: classification.appointment, stated: classification.stated)
                // Only a superseding grant with no issuer read needs to know (see verdictOf): the
                // search runs for those alone, through the passage's word index.
                for index in readings.indices {
                    let instrument = readings[index].instrument
                    guard instrument.kind == .grant, instrument.supersedesPrior, instrument.issuer == nil else { continue }
                    readings[index].speaksOfAnIssuer = InstrumentReader.issuerTerms.contains { passage.contains($0, in: range) }
                }
                result.readings += readings
            case .unreadablePOA: result.unreadable.append(passage.span(range))
            case .none: break
            }
        }
        return result
    }

    /// The verdict on the readings of a document's passages.
    ///
    /// `issuerInHeader` says whether the filing's header names an issuer (an EDGAR submission):
    /// a grant whose text names none is then for the header's. A grant that speaks of an issuer
    /// ("the Company") but has no issuer read in either place, and supersedes earlier powers of
    /// attorney, cannot be applied safely (which grants it ends depends on the issuer), so it
    /// needs review rather than being imported with the clause ignored. A grant that speaks of
    /// no issuer at all (an entity's POA for its holdings) is not for one, and is left alone.
    static func verdictOf(
        _ readings: [PassageReading], fallback: Passage?, noPOAReason: String? = nil, issuerInHeader: Bool = false
    ) -> Extraction.Verdict {
        let all = readings.flatMap(\.readings)
        let unreadable = readings.flatMap(\.unreadable)
        var problems: [String] = []
        for reading in all {
            var missing = reading.missing
            let instrument = reading.instrument
            if instrument.kind == .grant, instrument.supersedesPrior, instrument.issuer == nil, !issuerInHeader,
                reading.speaksOfAnIssuer
            {
                missing.append(Self.unplacedSupersession)
            }
            guard !missing.isEmpty else { continue }
            problems.append("\(instrument.kind) at lines \(instrument.span): " + missing.joined(separator: "; "))
        }
        for span in unreadable {
            problems.append("text at lines \(span) looks like a power of attorney, but no appointment or revocation could be read")
        }
        problems += readings.flatMap(\.problems)
        if all.isEmpty && unreadable.isEmpty && problems.isEmpty {
            return .notPOA(reason: noPOAReason ?? fallback.map(InstrumentClassifier.notPOAReason) ?? "no power of attorney found")
        }
        if problems.isEmpty { return .poa(all.map(\.instrument)) }
        return .needsReview(reason: problems.joined(separator: " | "), partial: all.map(\.instrument))
    }

    /// Why a superseding grant with no issuer waits for review.
    static let unplacedSupersession =
        "supersedes earlier powers of attorney, but its issuer could not be read: which grants it ends is unknown"

    private static func readSubmission(_ source: [UInt8]) -> Extraction {
        let submission = EDGARSubmission(source)
        var readings: [PassageReading] = []
        // EX-24 exhibits that hold only a picture or a PDF: a problem unless another part of the
        // filing holds the POA's text (an official text copy beside an unofficial PDF).
        var pictures: [String] = []
        for part in submission.parts {
            let isPOAExhibit = part.type.uppercased().hasPrefix("EX-24")
            guard let passage = part.passage else {
                if isPOAExhibit, !part.isOwnershipXML { pictures.append("the \(part.type) exhibit is not text (an image or a PDF)") }
                continue
            }
            var reading = readPassage(passage)
            // Outside an EX-24 exhibit only readable instruments count: a Schedule 13G body that
            // mentions its power-of-attorney exhibit is not itself one.
            if !isPOAExhibit { reading.unreadable = [] }
            if isPOAExhibit, reading.readings.isEmpty, reading.unreadable.isEmpty, ImageOnly.isImageOnly(source, part.body, passage: passage) {
                pictures.append("the \(part.type) exhibit: " + ImageOnly.reason)
            }
            readings.append(reading)
        }
        if !pictures.isEmpty, readings.allSatisfy({ $0.readings.isEmpty }) { readings.append(PassageReading(problems: pictures)) }
        let header = submission.header
        let reason = "EDGAR submission (\(header.formType ?? "filing")) with no power-of-attorney document in it"
        let ownership = submission.parts.filter(\.isOwnershipXML).map { OwnershipXML.read(source, $0.body, firstLine: $0.firstLine) }
        let verdict = OwnershipXML.combining(
            verdictOf(readings, fallback: nil, noPOAReason: reason, issuerInHeader: header.issuer != nil), with: ownership)
        // The text is made once the submission's passages are no longer used (see read(_:)).
        var extraction = Extraction(
            verdict: verdict, mediaType: "application/edgar-submission", text: String(decoding: source, as: UTF8.self),
            header: header)
        extraction.signatures = ownership.flatMap(\.signatures)
        return extraction
    }
}
