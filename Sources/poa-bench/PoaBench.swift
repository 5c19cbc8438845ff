import ArgumentParser
import Foundation

/// `poa-bench`: generates a synthetic corpus and measures POA Ledger on it (release builds).
@main
struct PoaBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "poa-bench",
        abstract: "Generate a corpus of POA filings and measure import, queries and rebuilds on it.",
        discussion: """
            Typical use (release build):
              swift run -c release poa-bench generate --documents 100000 --seed 1 /tmp/corpus
              swift run -c release poa-bench run /tmp/corpus --db /tmp/bench.sqlite
            """,
        subcommands: [Generate.self, Run.self, Read.self, Growth.self])
}

extension PoaBench {
    struct Generate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write N documents in several template families, with expected answers to sampled queries.")

        @Option(help: "How many documents.") var documents = 10_000
        @Option(help: "The random seed: the same seed writes the same corpus.") var seed: UInt64 = 1
        @Option(help: "A fixed pool of this many insiders who keep filing (default: a new insider for each plan).")
        var insiders: Int?
        @Argument(help: "The folder to write (docs/ and expected.jsonl).") var output: String

        func run() throws {
            let started = Date()
            let summary = try CorpusGenerator(
                documents: documents, seed: seed, output: URL(fileURLWithPath: output), insiders: insiders
            ).run()
            print(
                "wrote \(summary.documents) documents (\(summary.bytes / 1_000_000) MB) for \(summary.insiders) insiders "
                    + "of \(summary.issuers) issuers, \(summary.queries) expected queries, in "
                    + String(format: "%.1f s", Date().timeIntervalSince(started)))
        }
    }
}
