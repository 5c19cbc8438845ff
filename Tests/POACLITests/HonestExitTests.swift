import Foundation
import POATestSupport
import Testing

/// Exit codes and error advice that tell the truth (issue 22, items 5 and 10): an import that
/// failed for some path or document exits 1 and leaves no empty ledger behind, a PDF is named
/// as such, and `poa restore` / `poa backup` say what would actually help.
struct HonestExitTests {
    let workspace: Workspace

    init() throws {
        workspace = try Workspace()
    }

    static func sample(_ name: String) -> String { AuthorityCommandTests.samples.appendingPathComponent(name).path }

    static let seed = sample("000_40181d8beca446a8.txt")
    static let other = sample("001_d4854451c619ed0f.txt")

    /// Whether the default ledger, or any file SQLite keeps beside it, exists in the workspace.
    func ledgerExists() -> Bool {
        ["", "-wal", "-shm", "-journal"].contains { FileManager.default.fileExists(atPath: workspace.path("poa.sqlite" + $0)) }
    }

    /// The ledger's documents, one `status path` line each, in id order.
    func documents() throws -> [String] {
        let result = try workspace.poa("sql", "--format", "csv", "SELECT status, path FROM document ORDER BY id")
        try #require(result.status == 0, "\(result.stderr)")
        return result.stdout.split(separator: "\n").dropFirst().map(String.init)
    }

    func write(_ name: String, _ bytes: [UInt8]) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: workspace.path(name)))
    }

    // MARK: - poa import

    @Test func aMissingPathExitsOneAndCreatesNoLedger() throws {
        let result = try workspace.poa("import", "nope.txt")
        #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("error") && result.stdout.contains("nope.txt"), "\(result.stdout)")
        #expect(result.stderr.contains("no ledger was created"), "\(result.stderr)")
        #expect(!ledgerExists(), "no ledger file is left behind")
    }

    @Test func anExistingLedgerAndAMissingPathExitsOneAndTheLedgerKeepsItsDocuments() throws {
        #expect(try workspace.poa("import", Self.seed).status == 0)
        let before = try documents()
        try #require(before.count == 1)
        let result = try workspace.poa("import", "nope.txt")
        #expect(result.status == 1, "\(result.stderr)")
        #expect(!result.stderr.contains("no ledger was created"), "the ledger existed: \(result.stderr)")
        #expect(try documents() == before)
        #expect(try workspace.poa("check").status == 0)
    }

    @Test func goodFilesBesideAMissingOneAreImportedAndTheImportExitsOne() throws {
        let result = try workspace.poa("import", "--format", "json", Self.seed, "missing.txt", Self.other)
        #expect(result.status == 1, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let summary = try #require(object["summary"] as? [String: Int])
        #expect(summary["imported"] == 2 && summary["error"] == 1, "\(summary)")
        #expect(try documents().map { $0.hasPrefix("imported,") } == [true, true])
    }

    @Test func onlyFailedDocumentsCreateNoLedger() throws {
        try write("scan.pdf", Array("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".utf8))
        try write("empty.txt", [])
        let result = try workspace.poa("import", "scan.pdf", "empty.txt")
        #expect(result.status == 1, "\(result.stderr)")
        #expect(!ledgerExists())
    }

    @Test(arguments: [
        ("scan.pdf", Array("%PDF-1.7\n%\u{E2}\u{E3}\n1 0 obj << /Type /Catalog >> endobj\nPOWER OF ATTORNEY\n".utf8), "PDF"),
        ("letter.docx", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00] + Array("[Content_Types].xml".utf8), "ZIP archive"),
        ("page.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array("IHDR text after".utf8), "PNG image"),
        ("page.jpg", [0xFF, 0xD8, 0xFF, 0xE0] + Array("JFIF and then some text".utf8), "JPEG image"),
        ("page.gif", Array("GIF89a and then some text of the image".utf8), "GIF image"),
        ("page.tif", [0x49, 0x49, 0x2A, 0x00] + Array("then some text of the image".utf8), "TIFF image"),
    ])
    func aBinaryFormatIsNamedAsNotSupported(name: String, bytes: [UInt8], format: String) throws {
        try write(name, bytes)
        let result = try workspace.poa("import", "--format", "json", name)
        #expect(result.status == 1, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let document = try #require((object["documents"] as? [[String: Any]])?.first)
        #expect(document["status"] as? String == "error")
        let reason = document["reason"] as? String ?? ""
        #expect(reason.hasPrefix("not supported: \(format)"), "\(reason)")
        #expect(reason.contains("convert it to text first"), "\(reason)")
    }

    @Test func strictExitsTwoForADocumentToReviewAndOneWhenAnotherFailed() throws {
        try HandChangeCommandTests.undated.write(toFile: workspace.path("finch_poa.txt"), atomically: true, encoding: .utf8)
        let review = try workspace.poa("import", "--strict", "finch_poa.txt")
        #expect(review.status == 2, "\(review.stderr)")
        #expect(review.stdout.contains("needs-review"))
        try FileManager.default.copyItem(atPath: Self.seed, toPath: workspace.path("seed.txt"))
        try HandChangeCommandTests.undated.replacingOccurrences(of: "Harold Finch", with: "Harriet Finch")
            .write(toFile: workspace.path("finch_poa_2.txt"), atomically: true, encoding: .utf8)
        let both = try workspace.poa("import", "--strict", "finch_poa_2.txt", "nope.txt", "seed.txt")
        #expect(both.status == 1, "an error outranks a document to review: \(both.stderr)")
        #expect(try documents().count == 3)
    }

    @Test func aDryRunThatFailsExitsOneAndWritesNothing() throws {
        let result = try workspace.poa("import", "--dry-run", Self.seed, "nope.txt")
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stdout.contains("imported"))
        #expect(!ledgerExists())
    }

    // MARK: - poa restore and poa backup

    /// Runs `poa restore SRC` against an existing ledger and returns its stderr, having checked
    /// that it failed and left the ledger as it was.
    func refusedRestore(_ source: String, status: Int32) throws -> String {
        let ledger = URL(fileURLWithPath: workspace.path("poa.sqlite"))
        if !FileManager.default.fileExists(atPath: ledger.path) {
            #expect(try workspace.poa("import", Self.seed).status == 0)
        }
        let before = try Data(contentsOf: ledger)
        let result = try workspace.poa("restore", source)
        #expect(result.status == status, "\(source): \(result.stderr)")
        #expect(try Data(contentsOf: ledger) == before)
        #expect(!result.stderr.contains("poa import"), "\(result.stderr)")
        #expect(!result.stderr.contains("poa restore"), "\(result.stderr)")
        #expect(!result.stderr.contains("--db"), "\(result.stderr)")
        return result.stderr
    }

    @Test func restoreSaysWhatAFileThatIsNotABackupIs() throws {
        try write("junk.txt", Array("just some notes\n".utf8))
        let junk = try refusedRestore("junk.txt", status: 3)
        #expect(junk.contains("junk.txt cannot be restored: it is not a POA Ledger backup"), "\(junk)")
        #expect(junk.contains("give the file poa backup wrote"), "\(junk)")

        try write("notdb.sqlite", Array(repeating: 0x42, count: 8192))
        let notDatabase = try refusedRestore("notdb.sqlite", status: 3)
        #expect(notDatabase.contains("notdb.sqlite cannot be restored: it is not a POA Ledger backup"), "\(notDatabase)")
        #expect(notDatabase.contains("give the file poa backup wrote"), "\(notDatabase)")

        try write("empty.sqlite", [])
        let empty = try refusedRestore("empty.sqlite", status: 3)
        #expect(empty.contains("empty.sqlite cannot be restored: it is not a POA Ledger backup"), "\(empty)")
    }

    @Test func restoreOfAMissingFileSaysThereIsNoFile() throws {
        let missing = try refusedRestore("nope.sqlite", status: 1)
        #expect(missing.contains("no file at nope.sqlite"), "\(missing)")
    }

    @Test func backupSaysTheLedgerIsMissingOrBrokenNotThatItCannotBeRestored() throws {
        let missing = try workspace.poa("backup", "copy.sqlite")
        #expect(missing.status == 1, "\(missing.stderr)")
        #expect(missing.stderr.contains("no ledger at poa.sqlite"), "\(missing.stderr)")
        #expect(!missing.stderr.contains("restored") && !missing.stderr.contains("poa import"), "\(missing.stderr)")
        #expect(!FileManager.default.fileExists(atPath: workspace.path("copy.sqlite")))

        try write("poa.sqlite", Array(repeating: 0x42, count: 8192))
        let broken = try workspace.poa("backup", "copy.sqlite")
        #expect(broken.status == 3, "\(broken.stderr)")
        #expect(broken.stderr.contains("poa.sqlite cannot be backed up"), "\(broken.stderr)")
        #expect(!broken.stderr.contains("cannot be restored"), "\(broken.stderr)")
    }
}
