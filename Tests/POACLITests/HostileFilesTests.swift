import Foundation
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
