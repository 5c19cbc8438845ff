import Foundation
import Testing

@testable import POAImport

final class DocumentWalkerTests {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("walker-\(UUID().uuidString)")
        let manager = FileManager.default
        try manager.createDirectory(at: root.appendingPathComponent("b/inner"), withIntermediateDirectories: true)
        try manager.createDirectory(at: root.appendingPathComponent(".git"), withIntermediateDirectories: true)
        for name in ["a.txt", "b/inner/z.htm", "b/c.txt", "README.md", "expected.json", ".hidden", ".git/config"] {
            try Data("x".utf8).write(to: root.appendingPathComponent(name))
        }
        try manager.createSymbolicLink(
            at: root.appendingPathComponent("b/inner/loop"), withDestinationURL: root.appendingPathComponent("b"))
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    func files(_ roots: [String]) -> [String] {
        DocumentWalker(roots: roots).map { entry -> String in
            switch entry {
            case .file(let path): return String(path.text.dropFirst(root.path.count + 1))
            case .unreadable(let path, let reason): return "!\(path): \(reason)"
            case .skipped(let folder): return "skipped " + folder.path.dropFirst(root.path.count + 1)
            }
        }
    }

    @Test func foldersAreWalkedRecursivelyInAStableOrderSkippingNotesAndHiddenFilesAndLoops() {
        #expect(files([root.path]) == ["a.txt", "b/c.txt", "skipped b/inner/loop", "b/inner/z.htm"])
    }

    @Test func aFileNamedExplicitlyIsAlwaysRead() {
        #expect(files([root.appendingPathComponent("README.md").path]) == ["README.md"])
    }

    @Test func aMissingPathIsReportedNotFatal() {
        let entries = Array(DocumentWalker(roots: ["/no/such/path", root.appendingPathComponent("a.txt").path]))
        #expect(entries.count == 2)
        #expect(entries.first == .unreadable(path: "/no/such/path", reason: "no such file or folder: check the path"))
    }

    @Test func anExtensionIsWhatFollowsTheLastDotOfTheLastName() {
        let cases: [(String, String)] = [
            ("notes/README.md", "md"), ("x/expected.JSON", "json"), ("a/b.tar.gz", "gz"), ("a/.md", ""),
            ("folder.md/filing", ""), ("a/b.", ""), ("dir.md/", "md"), ("plain", ""), ("/root.txt", "txt"),
        ]
        for (path, expected) in cases {
            #expect(DocumentWalker.fileExtension(of: path) == expected, "\(path)")
            #expect(DocumentWalker.fileExtension(of: path) == (path as NSString).pathExtension.lowercased(), "as Foundation reads \(path)")
        }
    }

    @Test func aNameJoinsItsFolderWithOneSlash() {
        #expect(RawPath("a").appending(Array("b".utf8)).text == "a/b")
        #expect(RawPath("a/").appending(Array("b".utf8)).text == "a/b")
        #expect(RawPath("/").appending(Array("b".utf8)).text == "/b")
    }
}
