/// Why a document's bytes could not be read as text at all (the `error` verdict).
///
/// These never stop an import: the reader turns them into ``Extraction/Verdict/error(reason:)``,
/// and the reason is what a person sees next to the file.
public enum ImportError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Zero bytes, or nothing but whitespace.
    case empty
    /// NUL bytes or mostly control bytes: an image, a PDF, a zip, not text.
    case binary(controlBytes: Int, of: Int)
    /// A format recognised by its first bytes that holds no text to read as it is: a PDF, a
    /// ZIP (DOCX, XLSX), an old Office file, an image. `format` names it for people ("PDF").
    case unsupported(format: String)

    public var description: String {
        switch self {
        case .empty:
            return "empty document: no text to read"
        case .binary(let control, let total):
            return "binary content, not text (\(control) control or NUL bytes in the first \(total))"
        case .unsupported(let format):
            return "not supported: \(format) (convert it to text first, or import the EDGAR submission .txt)"
        }
    }
}
