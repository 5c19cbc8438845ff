import Foundation
import GRDB
import POATestSupport
import Testing

/// Issue 23, items 5, 7 and 8: files `poa import` and `poa restore` are given that no filing is:
/// too large to hold in memory, not files at all, named in bytes that are not UTF-8 or that
/// would steer a terminal, links that lead back to their folder, and backups that are not.
struct HostileFilesTests {
    let workspace: Workspace
    let filings: String

    init() throws {
        workspace = try Workspace()
        filings = workspace.path("filings")
        try FileManager.default.createDirectory(atPath: filings, withIntermediateDirectories: true)
    }

    /// Copies the sample POA into the filings folder as `name`.
    func addSamplePOA(as name: String = "poa.txt") throws {
        try FileManager.default.copyItem(
            atPath: AuthorityCommandTests.samples.appendingPathComponent("know_all_signing_singly.txt").path,
            toPath: filings + "/" + name)
    }

    /// Makes a file of `bytes` zero bytes without writing them (a sparse file).
    func addSparseFile(_ name: String, bytes: UInt64) throws {
        let path = filings + "/" + name
        try #require(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: bytes)
        try handle.close()
    }

    // MARK: Item 5: memory follows the largest file

    @Test func aFileAboveTheDefaultLimitIsRefusedUnreadAndTheOthersImport() throws {
        try addSamplePOA()
        try addSparseFile("huge.txt", bytes: 9 << 20)
        let result = try workspace.poa("import", "filings")
        #expect(result.status == 1)
        #expect(
            result.stdout.contains(
                "error         filings/huge.txt: the file is 9 MiB (9,437,184 bytes), larger than the import's limit of 8 MiB"),
            "\(result.stdout)")
        #expect(result.stdout.contains("raise the limit: --max-file-size 16M"))
        #expect(result.stdout.contains("imported      filings/poa.txt"))
        #expect(result.stdout.contains("2 document(s): 1 imported"))
    }

    @Test func theLimitIsSetWithMaxFileSize() throws {
        try addSamplePOA()
        let size = try #require(try FileManager.default.attributesOfItem(atPath: filings + "/poa.txt")[.size] as? Int)
        let below = try workspace.poa("import", "filings", "--max-file-size", "1K", "--dry-run", "--format", "json")
        #expect(below.status == 1)
        #expect(below.stdout.contains("larger than the import's limit of 1 KiB"), "\(below.stdout)")
        let exact = try workspace.poa("import", "filings", "--max-file-size", String(size), "--dry-run")
        #expect(exact.status == 0, "\(exact.stdout)")
        let unit = try workspace.poa("import", "filings", "--max-file-size", "1.5MiB", "--dry-run")
        #expect(unit.status == 0, "\(unit.stdout)")
    }

    @Test(arguments: ["0", "lots", "12X", "1.5", "-3", "64Mi B"])
    func aSizeThatIsNoSizeIsAUsageError(_ size: String) throws {
        let result = try workspace.poa("import", "filings", "--max-file-size", size)
        #expect(result.status == 64, "\(result.stderr)")
        #expect(result.stderr.contains("--max-file-size <size>  The largest file read: 64M, 1G"), "\(result.stderr)")
    }

    @Test func aNamedPipeIsRefusedNotWaitedFor() throws {
        try addSamplePOA()
        try #require(mkfifo(filings + "/pipe.txt", 0o644) == 0)
        let result = try Self.run(in: workspace, ["import", "filings"], timeout: 60)
        #expect(result.status == 1)
        #expect(result.stdout.contains("error         filings/pipe.txt: not a regular file (a named pipe)"), "\(result.stdout)")
        #expect(result.stdout.contains("imported      filings/poa.txt"))
    }

    // MARK: Item 7: file names

    /// Copies the sample POA into the filings folder under a name given in bytes.
    func addSamplePOA(named name: [UInt8]) throws {
        let data = try Data(contentsOf: AuthorityCommandTests.samples.appendingPathComponent("know_all_signing_singly.txt"))
        let path = Array(filings.utf8) + [UInt8(ascii: "/")] + name + [0]
        let descriptor = path.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_WRONLY | O_CREAT | O_EXCL, 0o644) }
        }
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        try #require(data.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) } == data.count)
    }

    /// "café.txt" in Latin-1: the é is the byte E9, which UTF-8 never has alone.
    static let latin1Name: [UInt8] = Array("caf".utf8) + [0xE9] + Array(".txt".utf8)

    @Test func aFileNamedInBytesThatAreNotUTF8IsImportedAndKeptWithItsBytesEscaped() throws {
        try addSamplePOA(named: Self.latin1Name)
        let result = try workspace.poa("import", "filings")
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("imported      filings/caf\\xE9.txt: grant by"), "\(result.stdout)")
        let stored = try workspace.poa("sql", "SELECT path FROM documents", "--format", "csv")
        #expect(stored.stdout == "path\nfilings/caf\\xE9.txt\n")
        let shown = try workspace.poa("show", "filings/caf\\xE9.txt")
        #expect(shown.status == 0, "\(shown.stderr)")
    }

    @Test func aFileNamedInBytesThatAreNotUTF8CanBeNamedOnTheCommandLine() throws {
        try addSamplePOA(named: Self.latin1Name)
        // Process passes its arguments as UTF-8: the shell passes printf's bytes as they are.
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/sh")
        shell.arguments = ["-c", #""$0" import "$(printf 'filings/caf\351.txt')""#, PoaProcess.executable.path]
        shell.currentDirectoryURL = workspace.folder
        let output = Pipe()
        shell.standardOutput = output
        shell.standardError = FileHandle.nullDevice
        try shell.run()
        let stdout = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        shell.waitUntilExit()
        #expect(shell.terminationStatus == 0, "\(stdout)")
        #expect(stdout.contains("imported      filings/caf\\xE9.txt: grant by"), "\(stdout)")
    }

    @Test func aNameThatWouldSteerTheTerminalIsEscapedOnEveryLineAndValidInJSON() throws {
        let name = "a\nimported      forged.txt: grant by Mallory\u{1B}[2J\u{7}.txt"
        try addSamplePOA(named: Array(name.utf8))
        let link = "loop\nerror         \u{1B}]0;owned\u{7}"
        try FileManager.default.createSymbolicLink(atPath: filings + "/" + link, withDestinationPath: ".")
        let text = try workspace.poa("import", "filings", "--dry-run")
        #expect(text.status == 0, "\(text.stderr)")
        #expect(
            text.stdout.split(separator: "\n").map(String.init) == [
                "imported      filings/a\\nimported      forged.txt: grant by Mallory\\u{1B}[2J\\u{7}.txt: "
                    + "grant by Margaret L. Okafor of 2015-03-03",
                "note: symbolic-link cycle: filings/loop\\nerror         \\u{1B}]0;owned\\u{7} leads back to filings, walked once",
                "1 document(s) (dry run: nothing written): 1 imported, 0 duplicate, 0 not-poa, 0 needs-review, 0 error",
            ], "\(text.stdout)")
        let json = try workspace.poa("import", "filings", "--dry-run", "--format", "json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let documents = try #require(object["documents"] as? [[String: Any]])
        #expect(documents.first?["path"] as? String == "filings/" + name)
        let skipped = try #require(object["skipped_folders"] as? [[String: String]])
        #expect(skipped.first?["path"] == "filings/" + link)
    }

    // MARK: Item 7: links that lead back

    @Test func aLinkBackToAFolderThatHoldsItIsANoteNotAFailure() throws {
        try addSamplePOA()
        try FileManager.default.createDirectory(atPath: filings + "/inner", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: filings + "/inner/up", withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: filings + "/same", withDestinationPath: "inner")
        let text = try workspace.poa("import", "filings", "--dry-run")
        #expect(text.status == 0, "\(text.stderr)")
        #expect(
            text.stdout.split(separator: "\n").map(String.init) == [
                "note: symbolic-link cycle: filings/inner/up leads back to filings, walked once",
                "imported      filings/poa.txt: grant by Margaret L. Okafor of 2015-03-03",
                "note: filings/same is the folder filings/inner, walked already",
                "1 document(s) (dry run: nothing written): 1 imported, 0 duplicate, 0 not-poa, 0 needs-review, 0 error",
            ], "\(text.stdout)")
        let json = try workspace.poa("import", "filings", "--dry-run", "--format", "json")
        #expect(json.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let skipped = try #require(object["skipped_folders"] as? [[String: String]])
        #expect(skipped.count == 2)
        #expect(skipped.first == [
            "path": "filings/inner/up", "walked_as": "filings",
            "reason": "symbolic-link cycle: filings/inner/up leads back to filings, walked once",
        ])
        let quiet = try workspace.poa("import", "filings", "--dry-run", "--quiet")
        #expect(quiet.stdout.isEmpty)
    }

    // MARK: Item 8: what poa restore says of a file that is no backup

    @Test func everyRefusedRestoreNamesTheFileGivenAndWhatToDo() throws {
        try #require(try workspace.poa("import", AuthorityCommandTests.samples.path).status == 0)
        try #require(try workspace.poa("backup", "good.sqlite").status == 0)
        let good = try Data(contentsOf: URL(fileURLWithPath: workspace.path("good.sqlite")))
        let manager = FileManager.default
        func write(_ name: String, _ data: Data) { manager.createFile(atPath: workspace.path(name), contents: data) }
        /// A copy of the good backup, changed by `change`.
        func copy(_ name: String, _ change: (DatabaseQueue) throws -> Void) throws {
            write(name, good)
            let queue = try DatabaseQueue(path: workspace.path(name))
            try change(queue)
            try queue.close()
        }

        try manager.createDirectory(atPath: workspace.path("backups"), withIntermediateDirectories: true)
        write("backups/monday.sqlite", good)
        write("empty.sqlite", Data())
        write("minutes.txt", Data("Minutes of the board meeting of May 2\nPresent: ...\n".utf8))
        write("cut.sqlite", good.prefix(8292))
        try manager.createSymbolicLink(atPath: workspace.path("link.sqlite"), withDestinationPath: "moved.sqlite")
        try copy("dropped.sqlite") { try $0.write { try $0.execute(sql: "DROP TABLE supersession") } }
        try copy("newer.sqlite") {
            try $0.write { try $0.execute(sql: "INSERT INTO schema_migrations VALUES ('9999_future', 'x', '2030-01-01')") }
        }
        // An index's first page overwritten with a page header that cannot be: the file opens
        // and its migrations read, and only a check of every page finds it.
        let root = try DatabaseQueue(path: workspace.path("good.sqlite")).read { db in
            try Int.fetchOne(db, sql: "SELECT rootpage FROM sqlite_master WHERE name = 'person_alias_by_key'")
        }
        let page = (try #require(root) - 1) * 4096
        var damaged = good
        damaged.replaceSubrange(page..<page + 8, with: [0x0D, 0xFF, 0xFF, 0x00, 0x05, 0x0F, 0xFF, 0x00] as [UInt8])
        write("damaged.sqlite", damaged)

        let giveTheBackup = "give the file poa backup wrote"
        let cutShort: String = "it is a database cut short (8,292 bytes of the \(grouped(good.count)) its header announces): "
            + "a copy or download that did not finish; copy it again from where it came, or restore another backup"
        let newer: String = "it was written by a newer version of poa (it has migration(s) 9999_future that this one "
            + "does not know); restore it with that version, or upgrade poa"
        let damage: String = "it fails its checks (it cannot be read to the end (SQLite: database disk image is malformed)); "
            + "restore an earlier backup"
        let cases: [(source: String, status: Int32, said: String)] = [
            ("nope.sqlite", 1, "no file at nope.sqlite; give the path of the file poa backup wrote"),
            ("link.sqlite", 1, "it is a symbolic link to moved.sqlite, which does not exist; \(giveTheBackup)"),
            ("backups", 3, "it is a folder, not a backup; \(giveTheBackup) (the folder holds monday.sqlite)"),
            ("empty.sqlite", 3, "it is not a POA Ledger backup: it is empty (0 bytes); \(giveTheBackup)"),
            ("minutes.txt", 3, "it is not a POA Ledger backup but text (\"Minutes of the board meeting of May 2\"); \(giveTheBackup)"),
            ("cut.sqlite", 3, cutShort),
            ("dropped.sqlite", 3, "the table supersession is missing); restore an earlier backup, or run poa check --db dropped.sqlite"),
            ("newer.sqlite", 3, newer),
            ("damaged.sqlite", 3, damage),
        ]
        let ledger = try Data(contentsOf: URL(fileURLWithPath: workspace.path("poa.sqlite")))
        for (source, status, said) in cases {
            let result = try workspace.poa("restore", source)
            #expect(result.status == status, "\(source): \(result.stderr)")
            #expect(result.stderr.hasPrefix("Error: \(source) cannot be restored: "), "\(source): \(result.stderr)")
            #expect(result.stderr.contains(said), "\(source): \(result.stderr)")
            #expect(!result.stderr.contains(".tmp"), "\(source): \(result.stderr)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: workspace.path("poa.sqlite"))) == ledger)
        #expect(try workspace.poa("restore", "backups/monday.sqlite").status == 0)
    }

    /// `368640` as "368,640".
    func grouped(_ number: Int) -> String {
        let formatter = NumberFormatter()
        formatter.numberStyle = .decimal
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.usesGroupingSeparator = true
        formatter.groupingSeparator = ","
        return formatter.string(from: NSNumber(value: number)) ?? String(number)
    }

    /// Runs `poa` and kills it after `timeout` seconds: a test of something that used to hang.
    static func run(in workspace: Workspace, _ arguments: [String], timeout: TimeInterval) throws -> PoaProcess.Result {
        let process = Process()
        process.executableURL = PoaProcess.executable
        process.arguments = arguments
        process.currentDirectoryURL = workspace.folder
        let output = workspace.folder.appendingPathComponent("stdout-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: output.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = FileHandle.nullDevice
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        try process.run()
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            finished.wait()
        }
        let stdout = try String(contentsOf: output, encoding: .utf8)
        try FileManager.default.removeItem(at: output)
        return PoaProcess.Result(status: process.terminationStatus, stdout: stdout, stderr: "")
    }
}
