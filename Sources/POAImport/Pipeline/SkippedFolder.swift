/// A folder the walk met again, by a symbolic link or by a second path given, and did not walk
/// again: its files are imported once, under the path it was first walked by.
///
/// It is a note, not a failure: nothing is left unread (`poa import` prints it, and exits as it
/// would without it). A link back to a folder that holds it (`filings/again -> ..`) is a cycle
/// that would otherwise be walked forever.
public struct SkippedFolder: Equatable, Sendable, Encodable {
    /// The path met again, as ``RawPath/text`` writes it.
    public var path: String
    /// The path the folder was walked by.
    public var walkedAs: String

    public init(path: String, walkedAs: String) {
        self.path = path
        self.walkedAs = walkedAs
    }

    /// Whether `path` is inside the folder it leads to: a cycle of links.
    public var isCycle: Bool {
        let folder = walkedAs.hasSuffix("/") ? walkedAs : walkedAs + "/"
        return path.hasPrefix(folder)
    }

    /// Why the folder was not walked again, in words: "symbolic-link cycle: filings/loop leads
    /// back to filings, walked once", or "filings/alias is the folder filings, walked already".
    public var reason: String {
        isCycle
            ? "symbolic-link cycle: \(path) leads back to \(walkedAs), walked once"
            : "\(path) is the folder \(walkedAs), walked already"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(path, forKey: .path)
        try container.encode(walkedAs, forKey: .walkedAs)
        try container.encode(reason, forKey: .reason)
    }

    enum CodingKeys: String, CodingKey {
        case path, reason, walkedAs = "walked_as"
    }
}
