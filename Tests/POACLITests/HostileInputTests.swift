import Foundation
import Testing

/// Issue 23: folders and file names an attacker (or an accident) can make.
struct HostileInputTests {
    @Test func aFolderWithLinksToItselfIsWalkedOnce() throws {
        let workspace = try Workspace()
        let folder = workspace.path("filings")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            atPath: AuthorityCommandTests.samples.appendingPathComponent("know_all_signing_singly.txt").path,
            toPath: folder + "/poa.txt")
        try FileManager.default.createSymbolicLink(atPath: folder + "/s1", withDestinationPath: ".")
        try FileManager.default.createSymbolicLink(atPath: folder + "/s2", withDestinationPath: ".")
        // Walked from the folder itself: "." and "./s1" are one folder.
        let result = try PoaProcess.run(["import", ".", "--db", workspace.path("poa.sqlite")], in: URL(fileURLWithPath: folder))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("1 document(s): 1 imported, 0 duplicate"), "\(result.stdout)")
        #expect(!result.stdout.contains("s1/"))
    }

    @Test func aFileNameCannotForgeALineOfOutput() throws {
        let workspace = try Workspace()
        let folder = workspace.path("filings")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let forged = "a\nimported      forged.txt: grant by Mallory of 2020-01-01\u{1B}[2J.txt"
        try "nothing here".write(toFile: folder + "/" + forged, atomically: true, encoding: .utf8)
        let result = try workspace.poa("import", "filings")
        let lines = result.stdout.split(separator: "\n")
        #expect(!lines.contains { $0.hasPrefix("imported      forged.txt") }, "\(result.stdout)")
        #expect(result.stdout.contains("a\\nimported      forged.txt"))
        #expect(!result.stdout.contains("\u{1B}"))
    }
}
