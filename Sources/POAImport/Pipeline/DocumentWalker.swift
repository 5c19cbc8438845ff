import Foundation

/// Lists the files to import under the paths a user gave, in a stable order.
///
/// A file given by name is always read. A folder is walked recursively, in byte order of the
/// paths, skipping hidden entries (`.git`, `.DS_Store`) and notes that are never filings
/// (`*.md`, `*.json`: a sample folder's README and expected extractions). Symbolic links are
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

    static let skippedExtensions: Set<String> = ["md", "json"]

    public func makeIterator() -> AnyIterator<Entry> {
        var pending = roots.reversed().map { (path: $0, explicit: true) }
        var visitedFolders = Set<String>()
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
                    if !explicit, DocumentWalker.skippedExtensions.contains((path as NSString).pathExtension.lowercased()) {
                        continue
                    }
                    return .file(path: path)
                }
                let real = (path as NSString).resolvingSymlinksInPath
                guard visitedFolders.insert(real).inserted else { continue }
                guard let names = try? manager.contentsOfDirectory(atPath: path) else {
                    return .unreadable(path: path, reason: "the folder cannot be read: check its permissions")
                }
                let children = names.filter { !$0.hasPrefix(".") }
                    .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
                    .map { (path: (path as NSString).appendingPathComponent($0), explicit: false) }
                pending.append(contentsOf: children.reversed())
            }
            return nil
        }
    }
}
