import Foundation

/// Lists the files to import under the paths a user gave, in a stable order.
///
/// A file given by name is always read. A folder is walked recursively, in byte order of the
/// paths, skipping hidden entries (`.git`, `.DS_Store`) and notes that are never filings
/// (`*.md`, `*.json`: a sample folder's README and expected extractions) and a ledger kept beside
/// the filings (`*.sqlite` and its `-wal`, `-shm`, `-journal`, a restore's `*.bak`). Symbolic links are
/// followed, but a folder already visited (a link loop) is not walked again.
public struct DocumentWalker: Sequence {
    /// One entry: a file to read, or a path that could not be walked and why.
    public enum Entry: Equatable, Sendable {
        case file(path: String)
        case unreadable(path: String, reason: String)
    }

    public let roots: [String]

    public init(roots: [String]) {
        self.roots = roots
    }

    static let skippedExtensions: Set<String> = [
        "md", "json",
        // A ledger kept beside the filings: its file, its log, its shared memory, a restore's copy.
        "sqlite", "sqlite-wal", "sqlite-shm", "sqlite-journal", "bak",
    ]

    /// The lowercased extension of a path's last component ("" when it has none, or when its only
    /// dot starts the name). Foundation's `pathExtension` normalises the whole path first: 24,000
    /// instructions a file, a few percent of reading a filing.
    static func fileExtension(of path: String) -> String {
        var name = Substring(path)
        while name.utf8.last == UInt8(ascii: "/") { name = name.dropLast() }
        if let slash = name.utf8.lastIndex(of: UInt8(ascii: "/")) { name = name[name.utf8.index(after: slash)...] }
        guard let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")), dot != name.startIndex else { return "" }
        return name[name.utf8.index(after: dot)...].lowercased()
    }

    /// A folder's device and inode, or its resolved path where `stat` fails.
    enum FolderIdentity: Hashable {
        case inode(device: UInt64, inode: UInt64)
        case path(String)
    }

    static func identity(of path: String) -> FolderIdentity {
        var info = stat()
        guard stat(path, &info) == 0 else { return .path((path as NSString).resolvingSymlinksInPath) }
        return .inode(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }

    /// `folder` and `name` joined by one slash.
    static func path(_ folder: String, appending name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    public func makeIterator() -> AnyIterator<Entry> {
        var pending = roots.reversed().map { (path: $0, explicit: true) }
        var visitedFolders = Set<FolderIdentity>()
        let manager = FileManager.default
        return AnyIterator {
            while let (path, explicit) = pending.popLast() {
                var isFolder: ObjCBool = false
                guard manager.fileExists(atPath: path, isDirectory: &isFolder) else {
                    let isLink = (try? manager.destinationOfSymbolicLink(atPath: path)) != nil
                    return .unreadable(
                        path: path,
                        reason: isLink ? "a symbolic link to nothing" : "no such file or folder: check the path")
                }
                if !isFolder.boolValue {
                    if !explicit, DocumentWalker.skippedExtensions.contains(DocumentWalker.fileExtension(of: path)) {
                        continue
                    }
                    return .file(path: path)
                }
                // A folder is the same folder by any path (a link to it, "." and "./link"):
                // known by its device and inode, so a link loop is walked once.
                guard visitedFolders.insert(DocumentWalker.identity(of: path)).inserted else { continue }
                guard let names = try? manager.contentsOfDirectory(atPath: path) else {
                    return .unreadable(path: path, reason: "the folder cannot be read: check its permissions")
                }
                let children = names.filter { !$0.hasPrefix(".") }
                    .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
                    .map { (path: DocumentWalker.path(path, appending: $0), explicit: false) }
                pending.append(contentsOf: children.reversed())
            }
            return nil
        }
    }
}
