import Foundation
import POACore
import Testing

@testable import POAReading

/// Files under the repository's `Samples/` folder, found from this file's path.
enum SampleFiles {
    static let folder = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Samples")

    static func bytes(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: folder.appendingPathComponent(name)))
    }

    static func read(_ name: String) throws -> Extraction {
        DocumentReader.read(try bytes(name))
    }
}

/// Reads a literal text as a document.
func readText(_ text: String) -> Extraction {
    DocumentReader.read(Array(text.utf8))
}

/// The passage of a literal text, for testing grammar pieces.
func passage(_ text: String) -> Passage {
    let bytes = Array(text.utf8)
    return Passage.plainText(bytes, 0..<bytes.count)
}

extension Extraction.Verdict {
    var instruments: [ExtractedInstrument] {
        switch self {
        case .poa(let list): return list
        case .needsReview(_, let partial): return partial
        case .notPOA, .error: return []
        }
    }

    var label: String {
        switch self {
        case .poa: return "poa"
        case .notPOA: return "not-poa"
        case .needsReview: return "needs-review"
        case .error: return "error"
        }
    }

    var reason: String? {
        switch self {
        case .poa: return nil
        case .notPOA(let reason), .error(let reason), .needsReview(let reason, _): return reason
        }
    }
}
