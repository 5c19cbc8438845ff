import ArgumentParser
import Foundation
import POAAuthority
import POACore
import POAImport
import POAStore

extension PoaBench {
    /// `poa-bench run CORPUS`: import, check, query, rebuild; prints a table of figures.
    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import a generated corpus into a fresh ledger, check the answers, and measure.")

        @Argument(help: "A folder written by poa-bench generate.") var corpus: String
        @Option(help: "The ledger to create (replaced if it exists).") var db = "/tmp/poa-bench.sqlite"
        @Option(help: "How many in-process point queries to time.") var queries = 20_000
        @Option(help: "How many whole `poa authority` processes to time (0 to skip).") var processes = 30
        @Flag(help: "Reuse the ledger at --db instead of importing again.") var skipImport = false

        func run() throws {
            let docs = URL(fileURLWithPath: corpus).appendingPathComponent("docs").path
            guard FileManager.default.fileExists(atPath: docs) else { throw BenchError.missing(docs) }
            if !skipImport {
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db + suffix) }
                let ledger = try Ledger.open(at: db)
                let bytes = folderBytes(docs)
                let (summary, seconds) = try Measure.time { try Importer(into: ledger).run(paths: [docs]) { _ in } }
                report("import", "\(summary.total) documents in \(format(seconds)) s: \(Int(Double(summary.total) / seconds)) documents/s, "
                    + "\(format(Double(bytes) / 1e6 / seconds)) MB/s, peak memory \(Int(Measure.peakMemoryMB)) MB")
                report("statuses", DocumentStatus.allCases.map { "\(summary[$0]) \($0)" }.joined(separator: ", "))
                try ledger.close()
            }
            let ledger = try Ledger.open(at: db)
            let counts = try ledger.snapshot { [try $0.count(Instrument.self), try $0.count(StoredInterval.self)] }
            report("ledger", "\(counts[0]) instruments, \(counts[1]) intervals, \(fileMB(db)) MB")
            let expected = try loadExpected()
            try check(expected, ledger: ledger)
            try timeQueries(expected, ledger: ledger)
            if processes > 0 { try timeProcesses(expected) }
            let (summary, rebuild) = try Measure.time { try AuthorityEngine.rebuildAll(ledger) }
            report("rebuild", "\(summary.grantors) grantor histories (\(counts[0]) instruments) in \(format(rebuild)) s, "
                + "\(summary.changedIntervals) interval rows changed")
            let (rewritten, rewrite) = try Measure.time { try AuthorityEngine.rebuildAll(ledger, rewritingIntervals: true) }
            report("rebuild, rewrite all", "\(rewritten.grantors) grantor histories in \(format(rewrite)) s, "
                + "every interval deleted and written again (\(rewritten.changedIntervals) rows)")
            try timeReportAndBackup(ledger)
        }

        struct Query {
            let grantor: String
            let on: Day
            let attorneys: Set<String>
        }

        private func loadExpected() throws -> [Query] {
            let text = try String(contentsOfFile: URL(fileURLWithPath: corpus).appendingPathComponent("expected.jsonl").path, encoding: .utf8)
            return text.split(separator: "\n").compactMap { line in
                guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                    let grantor = object["grantor"] as? String, let on = (object["on"] as? String).flatMap(Day.parseISO),
                    let attorneys = object["attorneys"] as? [String]
                else { return nil }
                return Query(grantor: grantor, on: on, attorneys: Set(attorneys))
            }
        }

        private func check(_ expected: [Query], ledger: Ledger) throws {
            let reader = AuthorityReader(ledger: ledger)
            var wrong = 0, failed = 0
            for query in expected {
                do {
                    let got = Set(try reader.attorneys(for: query.grantor, on: query.on, form: .four).entries.map(\.attorney))
                    if !namesMatch(got, query.attorneys) {
                        wrong += 1
                        if wrong <= 5 { printError("  mismatch \(query.grantor) on \(query.on): got \(got.sorted()), expected \(query.attorneys.sorted())") }
                    }
                } catch {
                    failed += 1
                    if failed <= 5 { printError("  failed \(query.grantor) on \(query.on): \(error)") }
                }
            }
            report("correctness", "\(expected.count - wrong - failed) of \(expected.count) sampled answers right (\(wrong) wrong, \(failed) failed)")
        }

        /// Names match when each expected attorney is found under its full or a compatible spelling.
        private func namesMatch(_ got: Set<String>, _ expected: Set<String>) -> Bool {
            guard got.count == expected.count else { return false }
            return expected.allSatisfy { name in got.contains { PersonName($0).isCompatible(with: PersonName(name)) } }
        }

        private func timeQueries(_ expected: [Query], ledger: Ledger) throws {
            guard !expected.isEmpty else { return }
            let reader = AuthorityReader(ledger: ledger)
            var byName: [Double] = []
            for index in 0..<min(queries, 5_000) {
                let query = expected[index % expected.count]
                let (_, seconds) = Measure.time { try? reader.attorneys(for: query.grantor, on: query.on, form: .four) }
                byName.append(seconds * 1e6)
            }
            report("query by name", "p50 \(format(Measure.percentile(byName, 50))) µs, p99 \(format(Measure.percentile(byName, 99))) µs (name resolution, interval lookup, naming)")
            let ids = try ledger.snapshot { try $0.allGrantorIds() }
            var point: [Double] = []
            try ledger.snapshot { tx in
                var random = RandomSource(seed: 7)
                for _ in 0..<queries {
                    let id = random.pick(ids), day = Day(ordinal: 12_000 + random.int(0...8_000))
                    let (_, seconds) = try Measure.time { try tx.intervals(grantorId: id, on: day) }
                    point.append(seconds * 1e6)
                }
            }
            report("point query", "p50 \(format(Measure.percentile(point, 50))) µs, p99 \(format(Measure.percentile(point, 99))) µs (grantor id and day: one primary-key range)")
        }

        private func timeProcesses(_ expected: [Query]) throws {
            let poa = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("poa")
            guard FileManager.default.isExecutableFile(atPath: poa.path), let query = expected.first else { return }
            var samples: [Double] = []
            let arguments = [poa.path, "authority", "--grantor", query.grantor, "--on", query.on.description, "--form", "4", "--db", db, "--format", "json"]
            for _ in 0..<processes {
                // posix_spawn and waitpid: Foundation's Process adds its own tens of milliseconds.
                let (status, seconds) = Measure.time { Self.spawnQuietly(arguments) }
                if status != 0 { printError("  poa authority exited \(status)") }
                samples.append(seconds * 1e3)
            }
            report("poa authority process", "p50 \(format(Measure.percentile(samples, 50))) ms, p99 \(format(Measure.percentile(samples, 99))) ms (whole process)")
        }

        /// A report over every interval (a whole `poa report` process), then a backup of the
        /// ledger against a plain `cp` of the same file.
        private func timeReportAndBackup(_ ledger: Ledger) throws {
            let poa = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("poa")
            if FileManager.default.isExecutableFile(atPath: poa.path) {
                let (status, seconds) = Measure.time {
                    Self.spawnQuietly([poa.path, "report", "authority-intervals", "--db", db, "--format", "csv"])
                }
                if status != 0 { printError("  poa report exited \(status)") }
                report("report, all intervals", "\(format(seconds)) s (poa report authority-intervals --format csv, whole process)")
            }
            // After the rebuild, the latest pages are still in the -wal, which cp would not copy.
            try ledger.checkpoint()
            let copy = db + ".cp", backup = db + ".backup"
            for path in [copy, backup] { try? FileManager.default.removeItem(atPath: path) }
            defer { for path in [copy, backup] { try? FileManager.default.removeItem(atPath: path) } }
            // The backup is on disk when it returns (fsync), so the fair `cp` is one whose copy is
            // synced too; the plain `cp` (into the page cache) is shown beside it. Each starts with
            // nothing left to write back (`sync`): otherwise one pays for the copies before it.
            func settled<T>(_ body: () throws -> T) rethrows -> (T, Double) {
                _ = Self.spawnQuietly(["/bin/sync"])
                return try Measure.time(body)
            }
            // A whole `poa backup` process, as a user runs it. (Inside this process, after the
            // rebuild, the same backup through the bench's own pool takes about twice as long.)
            func backupOnce(verify: Bool) throws {
                guard FileManager.default.isExecutableFile(atPath: poa.path) else {
                    _ = try ledger.backup(to: backup, force: true, verify: verify)
                    return
                }
                let status = Self.spawnQuietly(
                    [poa.path, "backup", backup, "--db", db, "--force"] + (verify ? ["--verify"] : []))
                if status != 0 { printError("  poa backup exited \(status)") }
            }
            // Three rounds of the three, alternating: right after the heavy work before them, this
            // virtual machine's disk is slow for a while (the first round's copies can take three
            // times the later ones), and alternating lets each ratio compare like with like.
            var copies: [Double] = [], syncedCopies: [Double] = [], backups: [Double] = []
            for _ in 1...3 {
                copies.append(settled { Self.spawnQuietly(["/bin/cp", db, copy]) }.1)
                try? FileManager.default.removeItem(atPath: copy)
                syncedCopies.append(settled { Self.spawnQuietly(["/bin/sh", "-c", "cp \"$0\" \"$1\" && sync \"$1\"", db, copy]) }.1)
                try? FileManager.default.removeItem(atPath: copy)
                backups.append(try settled { try backupOnce(verify: false) }.1)
                try? FileManager.default.removeItem(atPath: backup)
            }
            let (_, verifiedSeconds) = try settled { try backupOnce(verify: true) }
            let ratios = zip(backups, syncedCopies).map { $0 / max($1, 1e-6) }
            func rounds(_ samples: [Double]) -> String { samples.map(format).joined(separator: ", ") }
            report("backup", "\(rounds(backups)) s for \(fileMB(db)) MB (synced, three rounds); cp then sync of the copy "
                + "\(rounds(syncedCopies)) s (\(ratios.map { String(format: "%.2fx", $0) }.joined(separator: ", "))); "
                + "plain cp \(rounds(copies)) s; with --verify \(format(verifiedSeconds)) s")
        }

        /// Runs a program with its output discarded; returns its exit status.
        static func spawnQuietly(_ arguments: [String]) -> Int32 {
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            defer { posix_spawn_file_actions_destroy(&actions) }
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
            var pid: pid_t = 0
            var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
            defer { for pointer in argv { free(pointer) } }
            guard posix_spawn(&pid, arguments[0], &actions, nil, &argv, environ) == 0 else { return -1 }
            var status: Int32 = 0
            waitpid(pid, &status, 0)
            return status
        }

        private func report(_ what: String, _ figures: String) {
            print("\(what.padding(toLength: 22, withPad: " ", startingAt: 0)) \(figures)")
        }

        private func format(_ value: Double) -> String { String(format: value < 10 ? "%.2f" : "%.1f", value) }

        private func fileMB(_ path: String) -> Int {
            Int(((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0) / 1_000_000)
        }

        private func folderBytes(_ path: String) -> Int {
            var total = 0
            for case let file as String in FileManager.default.enumerator(atPath: path) ?? FileManager.DirectoryEnumerator() {
                total += (try? FileManager.default.attributesOfItem(atPath: path + "/" + file)[.size] as? Int) ?? 0
            }
            return total
        }
    }
}

func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
