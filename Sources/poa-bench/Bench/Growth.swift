import ArgumentParser
import Foundation
import POAAuthority
import POAImport
import POAStore

extension PoaBench {
    /// `poa-bench growth CORPUS`: imports a corpus one folder (a thousand documents) at a time,
    /// as a ledger grows by one import after another, and reports the time per document of the
    /// imports made as the ledger reaches each checkpoint: flat when a batch costs what it adds,
    /// rising when it costs the history behind it.
    struct Growth: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import a corpus folder by folder and report the time per document as the ledger grows.",
            discussion: """
                With a fixed pool of insiders, the same grantors come back in every import:
                  poa-bench generate --documents 100000 --insiders 880 --seed 1 /tmp/pool
                  poa-bench growth /tmp/pool --checkpoints 10000,40000,100000
                """)

        @Argument(help: "A folder written by poa-bench generate.") var corpus: String
        @Option(help: "The ledger to create (replaced if it exists).") var db = "/tmp/poa-bench-growth.sqlite"
        @Option(help: "Ledger sizes, in documents, at which to report (comma-separated).")
        var checkpoints = "10000,40000,100000"
        @Option(help: "Documents before each checkpoint whose imports are averaged.") var window = 5_000
        @Flag(help: "After the last import, check that a full rebuild changes nothing.") var verify = false

        func run() throws {
            let docs = URL(fileURLWithPath: corpus).appendingPathComponent("docs")
            let folders = try FileManager.default.contentsOfDirectory(atPath: docs.path).sorted()
                .map { docs.appendingPathComponent($0).path }
            guard !folders.isEmpty else { throw BenchError.missing(docs.path) }
            let marks = checkpoints.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db + suffix) }
            let ledger = try Ledger.open(at: db)
            // Per import: the ledger's size after it, its documents, its seconds.
            var imports: [(size: Int, documents: Int, seconds: Double)] = []
            var size = 0
            print("documents  µs per document (imports of the last \(window) documents)")
            var next = marks.sorted()[...]
            for folder in folders {
                let (summary, seconds) = try Measure.time { try Importer(into: ledger).run(paths: [folder]) { _ in } }
                size += summary.total
                imports.append((size, summary.total, seconds))
                while let mark = next.first, size >= mark {
                    next = next.dropFirst()
                    let recent = imports.filter { $0.size > size - window }
                    let perDocument = recent.map(\.seconds).reduce(0, +) * 1e6 / Double(max(1, recent.map(\.documents).reduce(0, +)))
                    print("\(String(size).padding(toLength: 10, withPad: " ", startingAt: 0)) \(String(format: "%.0f", perDocument))")
                }
            }
            let total = imports.map(\.seconds).reduce(0, +)
            print("all        \(String(format: "%.0f", total * 1e6 / Double(max(1, size)))) µs per document, "
                + "\(size) documents in \(String(format: "%.1f", total)) s, peak memory \(Int(Measure.peakMemoryMB)) MB")
            if verify {
                let summary = try AuthorityEngine.rebuildAll(ledger)
                print("rebuild    \(summary.changedIntervals) interval rows changed (0: the imports derived what a rebuild does)")
            }
            try ledger.close()
        }
    }
}
