import Foundation
import POACore
import Testing

@testable import POAReading

/// Every file in `Samples/` read against its expected extraction in `Samples/expected/`.
struct SampleExpectationTests {
    static let expectations: [String] = {
        let folder = SampleFiles.folder.appendingPathComponent("expected")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted()
    }()

    @Test func everySampleHasAnExpectation() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: SampleFiles.folder.path)
            .filter { !$0.hasPrefix(".") && $0 != "expected" && !$0.hasSuffix(".md") }
        #expect(files.count >= 13)
        for file in files {
            let stem = file.split(separator: ".").dropLast().joined(separator: ".")
            #expect(Self.expectations.contains(stem + ".json"), "no expectation for \(file)")
        }
    }

    @Test(arguments: expectations)
    func sampleMatchesItsExpectedExtraction(_ expectationName: String) throws {
        let url = SampleFiles.folder.appendingPathComponent("expected").appendingPathComponent(expectationName)
        let stem = String(expectationName.dropLast(5))
        let files = try FileManager.default.contentsOfDirectory(atPath: SampleFiles.folder.path)
        let file = try #require(files.first { $0.hasPrefix(stem + ".") })
        try ExpectedExtraction.check(try SampleFiles.read(file), against: url, file: file)
    }
}
