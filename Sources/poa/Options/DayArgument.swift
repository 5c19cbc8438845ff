import ArgumentParser
import POACore

extension Day: ExpressibleByArgument {
    public init?(argument: String) {
        guard let day = Day.parseISO(argument) else { return nil }
        self = day
    }

    public static var defaultCompletionKind: CompletionKind { .default }
}

extension Form: ExpressibleByArgument {
    public init?(argument: String) {
        guard let form = try? Form(parsing: argument) else { return nil }
        self = form
    }
}
