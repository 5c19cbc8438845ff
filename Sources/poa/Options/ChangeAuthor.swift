import Foundation

/// Who makes a change, for the recorded facts and the ledger's log: `$POA_USER`, else `$USER`,
/// else "unknown" (an empty variable counts as unset, so the log never names nobody).
var changeAuthor: String {
    let environment = ProcessInfo.processInfo.environment
    for name in ["POA_USER", "USER"] {
        if let value = environment[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty { return value }
    }
    return "unknown"
}
