import Foundation
import GRDB
import POACore
import POATestSupport
import Testing

/// Issue 23, item 2: the commands that only read never change the ledger's files, even when a
/// killed writer left committed transactions in its `-wal`, and they read a ledger in a folder
/// they may not write.
struct ReadOnlyLedgerTests {
    /// A read command, what it is run with, and what it must print once it has read the
    /// transaction that is only in the `-wal` (the revocation of David N. Levenson's grants).
    struct ReadCommand: Sendable, CustomTestStringConvertible {
        let arguments: [String]
        let status: Int32
        let sees: @Sendable (PoaProcess.Result, Workspace) throws -> Bool

        var testDescription: String { arguments.prefix(2).joined(separator: " ") }
    }

    static let levenson = "David N. Levenson"

    static let readCommands: [ReadCommand] = [
        ReadCommand(arguments: ["sql", "SELECT kind, on_day FROM recorded_fact", "--format", "csv"], status: 0) { result, _ in
            result.stdout == "kind,on_day\nrevocation,2010-07-08\n"
        },
        ReadCommand(arguments: ["report", "authority-on", "--param", "day=2010-07-09", "--format", "csv"], status: 0) { result, _ in
            !result.stdout.contains("\n\(levenson),") && result.stdout.contains("\nAlan J. Kreczko,")
        },
        ReadCommand(arguments: ["check"], status: 0) { result, _ in result.stdout.contains(": ok") },
        ReadCommand(arguments: ["authority", "--grantor", levenson, "--on", "2010-07-09", "--form", "4"], status: 0) { result, _ in
            result.stdout.contains("Nobody known may sign Form 4 for \(levenson) on 2010-07-09.")
        },
        ReadCommand(arguments: ["timeline", "--grantor", levenson], status: 0) { result, _ in
            result.stdout.contains("from 2010-07-07 until 2010-07-08 (revoked)")
        },
        ReadCommand(
            arguments: ["explain", "--attorney", "Alan J. Kreczko", "--grantor", levenson, "--on", "2010-07-09", "--form", "4"],
            status: 1
        ) { result, _ in result.stdout.contains("was revoked (recorded fact #1)") },
        ReadCommand(arguments: ["audit", "--format", "csv"], status: 0) { result, _ in
            result.stdout.hasPrefix("document,form,owner,")
        },
        ReadCommand(arguments: ["migrate", "--status"], status: 0) { result, _ in
            result.stdout.contains("applied") && !result.stdout.contains("pending")
        },
        ReadCommand(arguments: ["import", "--dry-run", AuthorityCommandTests.samples.path], status: 0) { result, _ in
            result.stdout.contains("(dry run: nothing written): 0 imported")
        },
        ReadCommand(arguments: ["backup", "copy.sqlite"], status: 0) { _, workspace in
            let copy = try workspace.poa(
                "authority", "--db", "copy.sqlite", "--grantor", levenson, "--on", "2010-07-09", "--form", "4")
            return copy.stdout.contains("Nobody known may sign Form 4 for \(levenson) on 2010-07-09.")
        },
    ]

    @Test(arguments: readCommands)
    func aReadCommandLeavesAPendingLogAsItFoundItAndReadsIt(command: ReadCommand) throws {
        let workspace = try Workspace()
        let ledger = try Self.ledgerWithPendingLog(in: workspace)
        let before = try Self.digests(ledger)
        let result = try PoaProcess.run(command.arguments, in: workspace.folder)
        #expect(result.status == command.status, "\(result.stdout)\n\(result.stderr)")
        #expect(try Self.digests(ledger) == before, "the ledger and its -wal are unchanged")
        #expect(try command.sees(result, workspace), "\(result.stdout)\n\(result.stderr)")
    }

    /// Ledgers in a folder that cannot be written (0555, its files 0444), as on a read-only mount.
    enum Leftover: String, CaseIterable, Sendable {
        /// Closed cleanly: no `-wal`, no `-shm`.
        case nothing
        /// A killed writer's `-wal` with committed transactions, and its `-shm`.
        case logAndIndex
    }

    @Test(arguments: Leftover.allCases)
    func aLedgerInAReadOnlyFolderIsRead(leftover: Leftover) throws {
        let workspace = try Workspace()
        let ledger = try leftover == .nothing ? Self.closedLedger(in: workspace) : Self.ledgerWithPendingLog(in: workspace)
        let before = try Self.digests(ledger)
        let folder = try ReadOnlyFolder(workspace.folder)
        defer { folder.restore() }
        let authority = try folder.poa("authority", "--grantor", Self.levenson, "--on", "2010-07-09", "--form", "4")
        #expect(authority.status == 0, "\(authority.stderr)")
        let expected = leftover == .nothing ? "Alan J. Kreczko" : "Nobody known may sign Form 4"
        #expect(authority.stdout.contains(expected), "\(authority.stdout)")
        let sql = try folder.poa("sql", "SELECT count(*) AS facts FROM recorded_fact", "--format", "csv")
        #expect(sql.status == 0, "\(sql.stderr)")
        #expect(sql.stdout == "facts\n\(leftover == .nothing ? 0 : 1)\n")
        let check = try folder.poa("check")
        #expect(check.status == 0, "\(check.stdout)\n\(check.stderr)")
        #expect(check.stdout.contains(": ok"))
        #expect(!(check.stdout + check.stderr).contains("restore it from a backup"))
        #expect(try Self.digests(ledger) == before)
    }

    @Test func aLedgerInAReadOnlyFolderIsBackedUpElsewhere() throws {
        let workspace = try Workspace()
        let ledger = try Self.closedLedger(in: workspace)
        let elsewhere = try Workspace()
        // The reader (`nobody` when the tests run as root) writes the copy in a folder of its own.
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: elsewhere.folder.path)
        let before = try Self.digests(ledger)
        let folder = try ReadOnlyFolder(workspace.folder)
        defer { folder.restore() }
        let backup = try folder.poa("backup", elsewhere.path("copy.sqlite"))
        #expect(backup.status == 0, "\(backup.stderr)")
        folder.restore()
        let copy = try elsewhere.poa("authority", "--db", "copy.sqlite", "--grantor", Self.levenson, "--on", "2010-07-09")
        #expect(copy.stdout.contains("Alan J. Kreczko"), "\(copy.stdout)\n\(copy.stderr)")
        #expect(try Self.digests(ledger) == before)
    }

    @Test func aPendingLogThatCannotBeReadIsNamedNotCalledDamage() throws {
        let workspace = try Workspace()
        let ledger = try Self.ledgerWithPendingLog(in: workspace)
        // Without its -shm, SQLite can read a -wal only by making one, which this folder forbids.
        try FileManager.default.removeItem(atPath: ledger + "-shm")
        let before = try Self.digests(ledger)
        let folder = try ReadOnlyFolder(workspace.folder)
        defer { folder.restore() }
        for arguments in [["authority", "--grantor", Self.levenson, "--on", "2010-07-09"], ["sql", "SELECT 1"], ["check"]] {
            let result = try folder.poa(arguments)
            #expect(result.status != 0, "\(arguments): \(result.stdout)")
            let said = result.stdout + result.stderr
            #expect(said.contains("poa.sqlite-wal"), "\(arguments): \(said)")
            #expect(said.contains("writable"), "\(arguments): \(said)")
            #expect(!said.contains("restore it from a backup"), "\(arguments): \(said)")
        }
        #expect(try Self.digests(ledger) == before)
    }

    // MARK: - Ledgers

    /// `poa.sqlite` in `workspace` with the samples imported, closed cleanly (no `-wal`).
    static func closedLedger(in workspace: Workspace) throws -> String {
        let imported = try workspace.poa("import", AuthorityCommandTests.samples.path, "--quiet")
        try #require(imported.status == 0, "\(imported.stderr)")
        let path = workspace.path("poa.sqlite")
        try #require(!FileManager.default.fileExists(atPath: path + "-wal"))
        return path
    }

    /// `poa.sqlite` in `workspace` as a killed writer leaves it: the samples in the file, and a
    /// revocation of David N. Levenson's grants on 2010-07-08 committed in the `-wal` only, with
    /// its `-shm`.
    ///
    /// The revocation is recorded by `poa revoke` while this process holds a read-only
    /// connection: `poa` is then not the last connection when it closes, so it cannot copy its
    /// log into the file. The three files are copied aside at that moment, which is what a
    /// SIGKILL would leave, without its timing.
    static func ledgerWithPendingLog(in workspace: Workspace) throws -> String {
        let source = try Workspace()
        let original = try closedLedger(in: source)
        var configuration = Configuration()
        configuration.readonly = true
        let holder = try DatabaseQueue(path: original, configuration: configuration)
        try holder.read { db in _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_schema") }
        let revoked = try source.poa("revoke", "--grantor", levenson, "--on", "2010-07-08", "--note", "test")
        try #require(revoked.status == 0, "\(revoked.stderr)")
        let path = workspace.path("poa.sqlite")
        for suffix in ["", "-wal", "-shm"] {
            try FileManager.default.copyItem(atPath: original + suffix, toPath: path + suffix)
        }
        try holder.close()
        try #require((try FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int ?? 0) > 0)
        return path
    }

    /// The SHA-256 of the ledger and of its `-wal` when there is one: a command that only reads
    /// changes neither, and does not remove the log. (The `-shm` is SQLite's scratch index of the
    /// log, which every reader may rebuild.)
    static func digests(_ path: String) throws -> [String: String] {
        var digests = [path: try digest(path)]
        if FileManager.default.fileExists(atPath: path + "-wal") { digests[path + "-wal"] = try digest(path + "-wal") }
        return digests
    }

    static func digest(_ path: String) throws -> String {
        SHA256.hex(of: try Data(contentsOf: URL(fileURLWithPath: path)))
    }
}

/// A workspace folder made read-only (0555, its files 0444) for as long as the value is used,
/// and `poa` run in it by a user those permissions bind.
///
/// Root ignores file permissions, so when the tests run as root `poa` runs as `nobody`
/// (`setpriv`), for whom they hold as they would on a read-only mount.
struct ReadOnlyFolder {
    let folder: URL

    init(_ folder: URL) throws {
        self.folder = folder
        if getuid() == 0 {
            try #require(FileManager.default.isExecutableFile(atPath: Self.setpriv), "root needs \(Self.setpriv) to read as nobody")
        }
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: folder.appendingPathComponent(name).path)
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder.path)
    }

    static let setpriv = "/usr/bin/setpriv"

    /// Makes the folder writable again, so that the workspace can be removed.
    func restore() {
        try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path)
    }

    func poa(_ arguments: String...) throws -> PoaProcess.Result { try poa(arguments) }

    /// Runs `poa ARGUMENTS` in the folder as a user who may not write it.
    func poa(_ arguments: [String]) throws -> PoaProcess.Result {
        let process = Process()
        if getuid() == 0 {
            process.executableURL = URL(fileURLWithPath: Self.setpriv)
            process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", PoaProcess.executable.path] + arguments
        } else {
            process.executableURL = PoaProcess.executable
            process.arguments = arguments
        }
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "POA_DB")
        process.environment = environment
        return try PoaProcess.run(process)
    }
}
