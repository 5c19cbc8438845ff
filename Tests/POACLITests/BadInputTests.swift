import Foundation
import POATestSupport
import Testing

/// Bad input of every kind: a clear outcome for each file, and nothing lost.
struct BadInputTests {
    let workspace: Workspace

    init() throws {
        workspace = try Workspace()
    }

    static var seed: URL { AuthorityCommandTests.samples.appendingPathComponent("000_40181d8beca446a8.txt") }

    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let path = workspace.path(name)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    func outcomes(_ result: PoaProcess.Result) throws -> [String: (status: String, reason: String?)] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let documents = try #require(object["documents"] as? [[String: Any]])
        var byName: [String: (String, String?)] = [:]
        for document in documents {
            let path = document["path"] as? String ?? ""
            byName[(path as NSString).lastPathComponent] = (document["status"] as? String ?? "", document["reason"] as? String)
        }
        return byName
    }

    @Test func eachBadFileGetsItsOwnClearOutcomeAndTheGoodOneIsImported() throws {
        let folder = workspace.path("in")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        _ = try write("in/empty.txt", [])
        _ = try write("in/binary.bin", [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D] + Array(repeating: 0, count: 512))
        _ = try write("in/invalid-utf8.txt", Array("POWER OF ATTORNEY\n".utf8) + [0xC3, 0x28, 0xFF, 0xFE] + Array(" text\n".utf8))
        try FileManager.default.copyItem(atPath: Self.seed.path, toPath: workspace.path("in/good.txt"))
        try FileManager.default.createSymbolicLink(atPath: workspace.path("in/dangling.txt"), withDestinationPath: "/no/such/target")
        try FileManager.default.createSymbolicLink(atPath: workspace.path("in/loop"), withDestinationPath: folder)
        let result = try workspace.poa("import", "--format", "json", folder, workspace.path("missing.txt"))
        #expect(result.status == 1, "documents ended in error: \(result.stderr)")
        let got = try outcomes(result)
        #expect(got["empty.txt"]?.status == "error")
        #expect(got["binary.bin"]?.status == "error")
        #expect(got["invalid-utf8.txt"].map { $0.status != "error" } == true, "bad UTF-8 is decoded, not rejected")
        #expect(got["good.txt"]?.status == "imported")
        #expect(got["dangling.txt"]?.status == "error")
        #expect(got["dangling.txt"]?.reason?.contains("symbolic link") == true)
        #expect(got["missing.txt"]?.status == "error")
        #expect(got["missing.txt"]?.reason?.contains("no such file") == true)
        #expect(got.count == 6, "the link loop is walked once")
        #expect(try workspace.poa("check").status == 0)
    }

    @Test func aCorruptDatabaseIsRefusedAndLeftAsItWas() throws {
        let bytes = Array(repeating: UInt8(0x42), count: 64 * 1024)
        let db = try write("corrupt.sqlite", bytes)
        let result = try workspace.poa("import", "--db", db, Self.seed.path)
        #expect(result.status == 3)
        #expect(result.stderr.contains("not a readable SQLite database"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == Data(bytes))
    }

    @Test func aReadOnlyDatabaseIsAClearErrorAndStaysIntact() throws {
        #expect(try workspace.poa("import", Self.seed.path).status == 0)
        let db = workspace.path("poa.sqlite")
        let before = try Data(contentsOf: URL(fileURLWithPath: db))
        // Root ignores permission bits; the immutable attribute holds even for root.
        try #require(Self.shell("chattr +i '\(db)'") == 0, "chattr +i must work on the test folder's file system")
        defer { _ = Self.shell("chattr -i '\(db)'") }
        let other = AuthorityCommandTests.samples.appendingPathComponent("001_d4854451c619ed0f.txt").path
        let result = try workspace.poa("import", other)
        #expect(result.status != 0)
        #expect(result.stderr.contains("cannot write") || result.stderr.contains("readable"), "\(result.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before)
    }

    @Test func aFullDiskStopsTheImportWithAClearErrorAndTheLedgerStaysHealthy() throws {
        // RLIMIT_FSIZE stands in for a full disk: writes past 300 KB fail with EFBIG.
        let docs = try workspace.corpus(documents: 400, seed: 9)
        #expect(try workspace.poa("migrate").status == 0)
        let command = "trap '' XFSZ; ulimit -f 600; exec '\(PoaProcess.executable.path)' import '\(docs)' > /dev/null"
        let status = Self.shell(command, in: workspace.folder)
        #expect(status == 1)
        let check = try workspace.poa("check")
        #expect(check.status == 0, "\(check.stderr)")
        // Every document recorded is whole: none imported without its instruments.
        let torn = try workspace.poa(
            "sql", "--format", "csv",
            "SELECT count(*) FROM document d WHERE d.status = 'imported' AND NOT EXISTS (SELECT 1 FROM instrument i WHERE i.document_id = d.id) AND NOT EXISTS (SELECT 1 FROM instrument_copy c WHERE c.document_id = d.id) AND NOT EXISTS (SELECT 1 FROM signature s WHERE s.document_id = d.id)")
        #expect(torn.stdout == "count(*)\n0\n")
        // With room again, the import finishes.
        #expect(try workspace.poa("import", docs).status == 0)
    }

    @Test func aHundredMegabyteFileIsReadToTheEndAndImported() throws {
        var bytes = try Array(Data(contentsOf: AuthorityCommandTests.samples.appendingPathComponent("know_all_signing_singly.txt")))
        bytes += Array("\n\nSCHEDULE A\n\n".utf8)
        let filler = Array("An exhibit schedule line with numbers 12345 and words that appoint nobody to anything.\n".utf8)
        bytes.reserveCapacity(100 * 1_048_576 + filler.count)
        while bytes.count < 100 * 1_048_576 { bytes += filler }
        let path = try write("big.txt", bytes)
        bytes = []
        // Above the default limit (8 MiB), so read only when the limit is raised.
        let result = try workspace.poa("import", "--format", "json", "--max-file-size", "128M", path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try outcomes(result)["big.txt"]?.status == "imported")
        let size = try workspace.poa("sql", "--format", "csv", "SELECT size, length(text) > 100000000 FROM document")
        #expect(size.stdout.hasSuffix(",1\n"))
    }

    @discardableResult
    static func shell(_ command: String, in folder: URL? = nil) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        if let folder { process.currentDirectoryURL = folder }
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }
}

/// Readers running reports while an import writes: no lock errors, no torn reads.
struct ConcurrentReaderTests {
    @Test func reportsInALoopDuringAnImportNeverFailNorSeeHalfADocument() throws {
        let workspace = try Workspace()
        let docs = try workspace.corpus(documents: 800, seed: 3)
        #expect(try workspace.poa("migrate").status == 0)
        let importer = try workspace.start("import", "--batch-size", "16", docs)
        let torn = """
            SELECT (SELECT count(*) FROM document d WHERE d.status = 'imported'
                    AND NOT EXISTS (SELECT 1 FROM instrument i WHERE i.document_id = d.id)
                    AND NOT EXISTS (SELECT 1 FROM instrument_copy c WHERE c.document_id = d.id)
                    AND NOT EXISTS (SELECT 1 FROM signature s WHERE s.document_id = d.id))
                 + (SELECT count(*) FROM instrument i WHERE i.kind = 'grant'
                    AND NOT EXISTS (SELECT 1 FROM authority_interval a WHERE a.grant_id = i.id)
                    AND NOT EXISTS (SELECT 1 FROM supersession s WHERE s.ended_id = i.id)) AS torn,
                   (SELECT count(*) FROM document) AS documents
            """
        var reads = 0, sawProgress = Set<String>()
        while importer.isRunning || reads < 3 {
            let result = try workspace.poa("sql", "--format", "csv", torn)
            #expect(result.status == 0, "\(result.stderr)")
            let row = result.stdout.split(separator: "\n").last.map(String.init) ?? ""
            #expect(row.hasPrefix("0,"), "torn read: \(row)")
            sawProgress.insert(row)
            reads += 1
        }
        importer.waitUntilExit()
        #expect(importer.terminationStatus == 0)
        #expect(sawProgress.count >= 2, "the reports ran while the import was writing")
    }
}

/// A backup taken while an import writes is a healthy ledger as of one instant.
struct BackupDuringImportTests {
    @Test func aBackupDuringAnImportHoldsEveryDocumentWhollyOrNotAtAll() throws {
        let workspace = try Workspace()
        let docs = try workspace.corpus(documents: 800, seed: 4)
        #expect(try workspace.poa("migrate").status == 0)
        let importer = try workspace.start("import", "--batch-size", "16", docs)
        // Wait for the import to report its first documents (it prints each once its batch is
        // committed), then copy while the rest is being written.
        #expect(importer.waitForLines(1), "the import reported no document")
        let backup = try workspace.poa("backup", "copy.sqlite")
        let wasRunning = importer.isRunning
        importer.waitUntilExit()
        #expect(backup.status == 0, "\(backup.stderr)")
        #expect(wasRunning, "the import was still writing when the backup finished")
        #expect(try workspace.poa("check", "--db", "copy.sqlite").status == 0)
        let torn = try workspace.poa(
            "sql", "--db", "copy.sqlite", "--format", "csv",
            "SELECT count(*) FROM document d WHERE d.status = 'imported' AND NOT EXISTS (SELECT 1 FROM instrument i WHERE i.document_id = d.id) AND NOT EXISTS (SELECT 1 FROM instrument_copy c WHERE c.document_id = d.id) AND NOT EXISTS (SELECT 1 FROM signature s WHERE s.document_id = d.id)")
        #expect(torn.stdout == "count(*)\n0\n")
        let copied = try workspace.poa("sql", "--db", "copy.sqlite", "--format", "csv", "SELECT count(*) FROM document")
        let total = try workspace.poa("sql", "--format", "csv", "SELECT count(*) FROM document")
        let copiedCount = Int(copied.stdout.split(separator: "\n").last ?? "") ?? -1
        let totalCount = Int(total.stdout.split(separator: "\n").last ?? "") ?? -1
        #expect(copiedCount > 0 && copiedCount < totalCount, "the copy holds the ledger as it was mid-import: \(copiedCount) of \(totalCount)")
    }
}
