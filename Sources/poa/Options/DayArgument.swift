import ArgumentParser
import POACore

extension Day: ExpressibleByArgument {
    public init?(argument: String) {
        guard let day = Day.parseISO(argument) else { return nil }
        self = day
    }

    public static var defaultCompletionKind: CompletionKind { .default }
}

/// `--form` of every command: one of the forms `poa` answers for (``Form/named``), written any
/// usual way. Anything else (`form4`, `10`, `13G`) is a usage error (exit 64) listing them, so a
/// typo never reads as "nobody may sign".
extension Form: ExpressibleByArgument {
    public init?(argument: String) {
        guard let form = try? Form(naming: argument) else { return nil }
        self = form
    }

    /// The forms there are, for the help ("values: ...") and the usage error.
    public static var allValueStrings: [String] { Form.named.map(\.rawValue) }

    public static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }
}
