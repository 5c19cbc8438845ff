import ArgumentParser
import Foundation

/// Who makes a change, for the recorded facts and the ledger's log: `$POA_USER`, else `$USER`,
/// else "unknown" (an empty variable counts as unset, so the log never names nobody).
var changeAuthor: String { environmentAuthor ?? "unknown" }

/// `$POA_USER`, else `$USER`; nil when both are unset or empty.
var environmentAuthor: String? {
    let environment = ProcessInfo.processInfo.environment
    for name in ["POA_USER", "USER"] {
        if let value = environment[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty { return value }
    }
    return nil
}

/// Who records a fact: `--by NAME` when given, else `$POA_USER`, else `$USER`. A fact says who
/// knew it, so with none of them this fails asking for `--by` rather than writing "unknown".
func changeAuthor(by given: String?) throws -> String {
    if let given = given?.trimmingCharacters(in: .whitespacesAndNewlines), !given.isEmpty { return given }
    if let known = environmentAuthor { return known }
    throw Failure(
        message: "who records this fact is not known: $POA_USER and $USER are unset or empty; "
            + "give --by NAME (or set POA_USER) and run the command again")
}

/// `--by NAME`: who records a fact, when `$POA_USER` and `$USER` do not say.
struct AuthorOption: ParsableArguments {
    @Option(help: ArgumentHelp("Who records this (default: $POA_USER, else $USER; required when both are unset).", valueName: "name"))
    var by: String?
}
