import POACore

/// Why a hand entry, a correction or an undo was refused. Nothing was changed.
public enum HandChangeError: Error, Equatable, Sendable, CustomStringConvertible {
    /// `--note` was missing or blank.
    case noteRequired
    case unknownInstrument(Int64)
    case unknownField(String)
    case badValue(field: String, value: String, expected: String)
    /// `FIELD=VALUE` was written without `=`.
    case badAssignment(String)
    /// The fields given leave the instrument without a fact it needs.
    case incomplete(kind: String, missing: [String])
    /// A name that must already be in the ledger (whose grant is revoked, or delegated) is not.
    case unknownGrantor(String, detail: String)
    /// An identical instrument is recorded already.
    case alreadyRecorded(instrumentId: Int64)
    case unknownChange(Int64)
    case alreadyUndone(Int64, at: String)
    /// The field does not belong to an instrument of this kind.
    case fieldNotOfKind(field: String, kind: String)

    public var description: String {
        switch self {
        case .noteRequired:
            return "a note is required: say why with --note \"...\" (it is kept with the change, in the log)"
        case .unknownInstrument(let id):
            return "there is no instrument #\(id): list them with poa sql \"SELECT id, kind, grantor, executed_on, document FROM instruments\""
        case .unknownField(let field):
            return "\"\(field)\" is not a field of an instrument; the fields are: \(InstrumentField.names)"
        case .badValue(let field, let value, let expected):
            return "\"\(value)\" is not a value of \(field): expected \(expected)"
        case .badAssignment(let text):
            return "\"\(text)\" is not FIELD=VALUE (for example --set executed_on=2009-05-01)"
        case .incomplete(let kind, let missing):
            return "a \(kind) needs \(missing.joined(separator: ", ")): give it with the matching option"
        case .unknownGrantor(let name, let detail):
            return "\(name) is not in the ledger (\(detail)): import their power of attorney first, or check the spelling"
        case .alreadyRecorded(let id):
            return "the same instrument is recorded already, as instrument #\(id); nothing was entered (correct it with poa correct \(id))"
        case .unknownChange(let id):
            return "there is no recorded fact, hand entry or correction #\(id): see them with poa log"
        case .alreadyUndone(let id, let at):
            return "#\(id) was already undone at \(at)"
        case .fieldNotOfKind(let field, let kind):
            return "a \(kind) has no field \(field); the fields of a \(kind) are: "
                + (InstrumentKind(rawValue: kind).map { InstrumentField.fields(of: $0).map(\.rawValue).joined(separator: ", ") } ?? "")
        }
    }
}
