import Foundation

/// Runs the built `poa` binary as a user would, and captures what it prints.
public struct PoaProcess {
    public struct Result: Sendable {
        public let status: Int32
        public let stdout: String
        public let stderr: String

        public init(status: Int32, stdout: String, stderr: String) {
            self.status = status
            self.stdout = stdout
            self.stderr = stderr
        }
    }

    /// The `poa` executable next to the test bundle (both are products of the same build).
    public static var executable: URL {
        let folder = Bundle.main.bundleURL.pathExtension == "xctest"
            ? Bundle.main.bundleURL.deletingLastPathComponent() : Bundle.main.bundleURL
        return folder.appendingPathComponent("poa")
    }

    /// `poa ARGUMENTS` in `folder`, not started yet: the environment is the test's, without the
    /// variables that would point it elsewhere (`POA_DB`, `POA_USER_AGENT`), with `environment`
    /// added.
    public static func process(_ arguments: [String], in folder: URL, environment: [String: String] = [:]) -> Process {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "POA_DB")
        env.removeValue(forKey: "POA_USER_AGENT")
        // A fact command needs to know who records it (`--by`, `$POA_USER` or `$USER`); where the
        // tests run without a user (CI as root may have no `$USER`), they record as "poa-tests".
        if (env["POA_USER"] ?? "").isEmpty && (env["USER"] ?? "").isEmpty { env["POA_USER"] = "poa-tests" }
        env.merge(environment) { _, new in new }
        process.environment = env
        return process
    }

    /// Runs `poa ARGUMENTS` in `folder`, with `environment` added to a clean environment.
    public static func run(_ arguments: [String], in folder: URL, environment: [String: String] = [:]) throws -> Result {
        try run(process(arguments, in: folder, environment: environment))
    }

    /// Runs `process` (a `poa` prepared by a test's own means) to its end, and captures what it prints.
    public static func run(_ process: Process) throws -> Result {
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes before waiting, so a large output cannot block the child.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }
}

/// A fresh folder for one test, removed when the value is released.
public final class Workspace {
    public let folder: URL

    public init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("poa-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    public func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    public func poa(_ arguments: String..., environment: [String: String] = [:]) throws -> PoaProcess.Result {
        try PoaProcess.run(arguments, in: folder, environment: environment)
    }

    /// Writes a generated corpus of `documents` filings (poa-bench generate) under `name`, and
    /// returns the folder of its documents.
    public func corpus(_ name: String = "corpus", documents: Int, seed: Int) throws -> String {
        let generate = Process()
        generate.executableURL = PoaProcess.executable.deletingLastPathComponent().appendingPathComponent("poa-bench")
        generate.arguments = ["generate", "--documents", String(documents), "--seed", String(seed), path(name)]
        generate.standardOutput = FileHandle.nullDevice
        try generate.run()
        generate.waitUntilExit()
        guard generate.terminationStatus == 0 else { throw CocoaError(.fileWriteUnknown) }
        return path(name) + "/docs"
    }

    /// Starts `poa ARGUMENTS` in this folder without waiting for it; its output lines are read
    /// as they come.
    public func start(_ arguments: String..., environment: [String: String] = [:]) throws -> RunningPoa {
        try start(arguments, environment: environment)
    }

    public func start(_ arguments: [String], environment: [String: String] = [:]) throws -> RunningPoa {
        try RunningPoa(PoaProcess.process(arguments, in: folder, environment: environment))
    }
}
