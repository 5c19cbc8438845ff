import Foundation
import POATestSupport
import Testing

/// Output people can read (issue 22, item 11), end to end on `Samples/`: the `table` format fits
/// the width (`COLUMNS`, else the terminal, else 120), cutting the audit's reason first with "…";
/// csv, json and markdown keep every value whole; no colour reaches a pipe; `poa sql --file -`
/// reads the statement from standard input.
struct ReadableOutputTests {
    let workspace: Workspace

    init() throws {
        workspace = try Workspace()
        let result = try workspace.poa("import", AuthorityCommandTests.samples.path)
        try #require(result.status == 0, "\(result.stderr)")
    }

    /// Runs `poa ARGUMENTS` like ``PoaProcess/run(_:in:environment:)``, with `stdin` as its
    /// standard input (else an empty one) and the variables in `removing` taken out of the
    /// environment (so a `COLUMNS` exported by the shell running the tests cannot change them).
    func poa(
        _ arguments: [String], environment: [String: String] = [:], removing: [String] = ["COLUMNS", "NO_COLOR"],
        stdin: String = ""
    ) throws -> PoaProcess.Result {
        let process = Process()
        process.executableURL = PoaProcess.executable
        process.arguments = arguments
        process.currentDirectoryURL = workspace.folder
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "POA_DB")
        for name in removing { env.removeValue(forKey: name) }
        env.merge(environment) { _, new in new }
        process.environment = env
        let input = Pipe(), out = Pipe(), err = Pipe()
        process.standardInput = input
        process.standardOutput = out
        process.standardError = err
        try process.run()
        input.fileHandleForWriting.write(Data(stdin.utf8))
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return PoaProcess.Result(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Terminal columns of `text`: one per character, two for East Asian wide ones (enough for
    /// the names in `Samples/`).
    static func columns(_ text: Substring) -> Int {
        text.reduce(0) { width, character in
            let value = character.unicodeScalars.first?.value ?? 0
            return width + ((0x1100...0x115F).contains(value) || (0x2E80...0xFFDC).contains(value) ? 2 : 1)
        }
    }

    /// The text in display columns `start..<end` of `line`, trimmed.
    static func cell(_ line: Substring, from start: Int, to end: Int) -> String {
        var column = 0
        var out = ""
        for character in line {
            if column >= start && column < end { out.append(character) }
            column += columns(Substring(String(character)))
        }
        return out.trimmingCharacters(in: .whitespaces)
    }

    @Test func theAuditTableFitsEightyColumnsAndCutsTheReasonFirst() throws {
        let result = try poa(["audit", "--format", "table"], environment: ["COLUMNS": "80"])
        try #require(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 12)
        for line in lines { #expect(Self.columns(line) <= 80, "\(Self.columns(line)) columns: \(line)") }
        let header = try #require(lines.first)
        let start = try #require(header.range(of: "reason")).lowerBound.utf16Offset(in: header)
        let end = try #require(header.range(of: "via")).lowerBound.utf16Offset(in: header) - 2
        let reasons = lines.dropFirst(2).map { Self.cell($0, from: start, to: end) }
        #expect(reasons.contains { $0.hasSuffix("…") }, "\(reasons)")
        #expect(!result.stdout.contains("\u{1B}"), "no colour in a pipe")
    }

    @Test func aPipedTableIsAHundredAndTwentyColumnsWideWithoutColumns() throws {
        let result = try poa(["audit", "--format", "table"])
        try #require(result.status == 0, "\(result.stderr)")
        let widths = result.stdout.split(separator: "\n").map(Self.columns)
        #expect(widths.allSatisfy { $0 <= 120 }, "\(widths)")
        #expect(widths.contains { $0 > 100 }, "the room is used: \(widths)")
        #expect(result.stdout.contains("  unauthorized  "), "the verdict is whole at 120 columns")
        #expect(result.stdout.contains("…"))
        #expect(!result.stdout.contains("\u{1B}"))
    }

    @Test(arguments: ["csv", "json", "markdown"])
    func otherFormatsKeepTheWholeReason(format: String) throws {
        let json = try poa(["audit", "--format", "json"], environment: ["COLUMNS": "80"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let reasons = try #require(object["signatures"] as? [[String: Any]]).compactMap { $0["reason"] as? String }
        let longest = try #require(reasons.max { $0.count < $1.count })
        #expect(longest.count > 40)
        let result = try poa(["audit", "--format", format], environment: ["COLUMNS": "80"])
        try #require(result.status == 0, "\(result.stderr)")
        if format == "json" {
            let again = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            let whole = try #require(again["signatures"] as? [[String: Any]]).compactMap { $0["reason"] as? String }
            #expect(whole.contains(longest))
        } else {
            // Markdown escapes only pipes and line breaks, which the samples' reasons lack.
            #expect(result.stdout.contains(format == "csv" ? longest.replacingOccurrences(of: "\"", with: "\"\"") : longest))
        }
        #expect(!result.stdout.contains("…") && !result.stdout.contains("\u{1B}"))
    }

    @Test func noColourReachesAPipeWhateverNoColorSays() throws {
        for environment in [[:], ["NO_COLOR": "1"], ["NO_COLOR": ""]] {
            let result = try poa(["audit", "--format", "table"], environment: environment)
            try #require(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("unauthorized") && !result.stdout.contains("\u{1B}"))
        }
    }

    @Test func sqlAndReportTablesFitTheWidthToo() throws {
        let sql = try poa(
            ["sql", "SELECT path, text FROM document ORDER BY length(text) DESC LIMIT 3", "--format", "table"],
            environment: ["COLUMNS": "60"])
        try #require(sql.status == 0, "\(sql.stderr)")
        for line in sql.stdout.split(separator: "\n") { #expect(Self.columns(line) <= 60, "\(line)") }
        #expect(sql.stdout.contains("…"))
        let report = try poa(["report", "unauthorized-signatures", "--format", "table"], environment: ["COLUMNS": "70"])
        try #require(report.status == 0, "\(report.stderr)")
        for line in report.stdout.split(separator: "\n") { #expect(Self.columns(line) <= 70, "\(line)") }
    }

    @Test func sqlFileDashReadsTheStatementFromStandardInput() throws {
        let result = try poa(["sql", "--file", "-"], stdin: "SELECT count(*) AS documents,\n 'piped' AS how FROM document\n")
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first == "documents,how")
        #expect(lines.count == 2 && lines[1].hasSuffix(",piped"))
        let json = try poa(["sql", "--file", "-", "--format", "json"], stdin: "SELECT 1 AS one")
        #expect(json.status == 0 && json.stdout.contains("\"one\":1"), "\(json.stdout) \(json.stderr)")
    }

    @Test func sqlFileDashWithAStatementIsAUsageError() throws {
        let result = try poa(["sql", "SELECT 1", "--file", "-"], stdin: "SELECT 2")
        #expect(result.status == 64, "\(result.stderr)")
    }
}
