import ArgumentParser
import Foundation
import POACore
import POAImport
import POAReading

extension PoaBench {
    /// `poa-bench read CORPUS`: the document reader alone (file reading, hashing, reading the
    /// POA), without a ledger: separates the reader's share of an import from the store's.
    struct Read: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read every document of a corpus (hash and extract, no ledger) and report documents/s.")

        @Argument(help: "A folder written by poa-bench generate.") var corpus: String

        func run() throws {
            let docs = URL(fileURLWithPath: corpus).appendingPathComponent("docs").path
            guard FileManager.default.fileExists(atPath: docs) else { throw BenchError.missing(docs) }
            var documents = 0, bytes = 0, instruments = 0
            let (_, seconds) = Measure.time {
                for case .file(let path) in DocumentWalker(roots: [docs]) {
                    guard let data = FileManager.default.contents(atPath: path.text) else { continue }
                    let content = [UInt8](data)
                    _ = SHA256.hex(of: content)
                    if case .poa(let found) = DocumentReader.read(content).verdict { instruments += found.count }
                    documents += 1
                    bytes += content.count
                }
            }
            print("read \(documents) documents (\(instruments) instruments) in \(String(format: "%.2f", seconds)) s: "
                + "\(Int(Double(documents) / seconds)) documents/s, \(String(format: "%.1f", Double(bytes) / 1e6 / seconds)) MB/s, "
                + "\(String(format: "%.0f", seconds * 1e6 / Double(max(documents, 1)))) µs per document")
        }
    }
}
