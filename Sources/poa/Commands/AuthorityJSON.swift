import Foundation
import POAAuthority
import POACore

/// The JSON shapes of the authority commands, which scripts rely on.
enum AuthorityJSON {
    /// `{"name", "forms", "from", "until", "via"}` — with `name` the attorney (or the principal).
    static func entry(_ entry: AuthorityEntry, name: String) -> [String: Any?] {
        [
            "name": name,
            "issuer": entry.issuer,
            "may_cover": entry.mayCover,
            "forms": entry.forms.map(\.rawValue),
            "from": entry.from.description,
            "until": entry.until?.description,
            "path": entry.path,
            "via": entry.via.map(link),
        ]
    }

    static func link(_ link: ViaLink) -> [String: Any?] {
        [
            "kind": link.kind.rawValue, "grantor": link.grantor, "executed_on": link.executedOn.description,
            "document": link.document, "lines": link.lines,
        ]
    }

    /// Serialises nested dictionaries and arrays, with keys sorted and `nil` as `null`.
    static func render(_ value: Any?) -> String {
        let data = (try? JSONSerialization.data(
            withJSONObject: normalise(value), options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("null".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    private static func normalise(_ value: Any?) -> Any {
        switch value {
        case nil: return NSNull()
        case let dictionary as [String: Any?]:
            return dictionary.mapValues { normalise($0) }
        case let dictionary as [String: Any]:
            return dictionary.mapValues { normalise($0) }
        case let array as [Any?]:
            return array.map { normalise($0) }
        case let array as [Any]:
            return array.map { normalise($0) }
        case let .some(value):
            if case Optional<Any>.none = value as Any? { return NSNull() }
            return value
        }
    }
}
