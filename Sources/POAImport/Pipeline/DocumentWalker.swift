import Foundation

/// Lists the files to import under the paths a user gave, in a stable order.
///
/// A file given by name is always read. A folder is walked recursively, in byte order of the
/// paths, skipping hidden entries (`.git`, `.DS_Store`) and notes that are never filings
/// (`*.md`, `*.json`: a sample folder's README and expected extractions) and a ledger kept beside
/// the filings (`*.sqlite` and its `-wal`, `-shm`, `-journal`, a restore's `*.bak`). Names are
/// read as the file system gives them, in bytes (``RawPath``), so a name that is not UTF-8 is
/// read like any other. Symbolic links are followed, but a folder already visited (by a link
/// back to a folder that holds it, or by a second path to it) is not walked again: it is listed
/// as skipped, with the path it was walked by.
public struct DocumentWalker: Sequence {
    /// One entry: a file to read, a path that could not be walked and why, or a folder not
    /// walked again.
    public enum Entry: Equatable, Sendable {
        case file(RawPath)
        case unreadable(path: String, reason: String)
        case skipped(SkippedFolder)
    }

    public let roots: [RawPath]

    /// A walker of `roots`, paths as the file system takes them.
    public init(roots: [RawPath]) {
        self.roots = roots
    }

    /// A walker of `roots`, paths typed as text.
    public init(roots: [String]) {
        self.roots = roots.map(RawPath.init)
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

    /// A folder's device and inode: the same folder by any path ("." and "./link").
    struct FolderIdentity: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    /// What `stat` says of a path, following links: a folder, something else, or nothing (and
    /// why, in words).
    enum Kind {
        case folder(FolderIdentity)
        case other
        case missing(reason: String)
    }

    static func kind(of path: RawPath) -> Kind {
        path.withCString { name in
            var info = stat()
            guard stat(name, &info) == 0 else {
                let code = errno
                var link = stat()
                if code == ENOENT, lstat(name, &link) == 0 { return .missing(reason: "a symbolic link to nothing") }
                if code == EACCES { return .missing(reason: "cannot be reached: permission denied (check the folders' permissions)") }
                if code == ELOOP { return .missing(reason: "a symbolic link in a loop of links") }
                return .missing(reason: "no such file or folder: check the path")
            }
            guard info.st_mode & S_IFMT == S_IFDIR else { return .other }
            return .folder(FolderIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino)))
        }
    }

    /// The names in the folder at `path` but `.` and `..`, in bytes; nil when it cannot be read.
    static func names(in path: RawPath) -> [[UInt8]]? {
        guard let folder = path.withCString({ opendir($0) }) else { return nil }
        defer { closedir(folder) }
        var names: [[UInt8]] = []
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: &entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
            if name == [UInt8(ascii: ".")] || name == [UInt8(ascii: "."), UInt8(ascii: ".")] { continue }
            names.append(name)
        }
        return names
    }

    public func makeIterator() -> AnyIterator<Entry> {
        var pending = roots.reversed().map { (path: $0, explicit: true) }
        // Each folder walked, with the path it was walked by.
        var walked: [FolderIdentity: String] = [:]
        return AnyIterator {
            while let (path, explicit) = pending.popLast() {
                let identity: FolderIdentity
                switch DocumentWalker.kind(of: path) {
                case .missing(let reason):
                    return .unreadable(path: path.text, reason: reason)
                case .other:
                    if !explicit, DocumentWalker.skippedExtensions.contains(DocumentWalker.fileExtension(of: path.text)) {
                        continue
                    }
                    return .file(path)
                case .folder(let folder):
                    identity = folder
                }
                if let first = walked[identity] {
                    return .skipped(SkippedFolder(path: path.text, walkedAs: first))
                }
                walked[identity] = path.text
                guard let names = DocumentWalker.names(in: path) else {
                    return .unreadable(path: path.text, reason: "the folder cannot be read: check its permissions")
                }
                let children = names.filter { $0.first != UInt8(ascii: ".") }
                    .sorted { $0.lexicographicallyPrecedes($1) }
                    .map { (path: path.appending($0), explicit: false) }
                pending.append(contentsOf: children.reversed())
            }
            return nil
        }
    }
}
