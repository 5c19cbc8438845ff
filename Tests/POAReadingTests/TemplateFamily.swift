import Foundation
import Testing

@testable import POAReading

/// The documents of one template family: `Tests/POAReadingTests/Templates/<family>/`, each
/// beside its expected extraction (`<name>.json`, the shape ``ExpectedExtraction`` reads).
///
/// The documents are written for these tests, modelled on real filings of the family with
/// other names, dates and issuers. A family's test file reads them all:
///
/// ```swift
/// @Test(arguments: TemplateFamily.documents("letter-to-sec"))
/// func letterReadsAsExpected(_ name: String) throws { try TemplateFamily.check("letter-to-sec", name) }
/// ```
enum TemplateFamily {
    static let folder = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent()
        .appendingPathComponent("Templates")

    /// The documents of `family` (file names, without their expectations), sorted.
    static func documents(_ family: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(family).path)) ?? []
        return names.filter { !$0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted()
    }

    /// Reads `document` of `family` and checks it against its expectation.
    static func check(_ family: String, _ document: String) throws {
        let directory = folder.appendingPathComponent(family)
        let bytes = Array(try Data(contentsOf: directory.appendingPathComponent(document)))
        let stem = document.split(separator: ".").dropLast().joined(separator: ".")
        let expectation = directory.appendingPathComponent(stem + ".json")
        try #require(FileManager.default.fileExists(atPath: expectation.path), "no expectation for \(family)/\(document)")
        try ExpectedExtraction.check(DocumentReader.read(bytes), against: expectation, file: "\(family)/\(document)")
    }
}

/// Every template family has documents, and every document its expectation.
struct TemplateFamilyTests {
    @Test func everyDocumentHasAnExpectation() throws {
        let families = try FileManager.default.contentsOfDirectory(atPath: TemplateFamily.folder.path).filter { !$0.hasPrefix(".") }
        #expect(!families.isEmpty)
        for family in families {
            let documents = TemplateFamily.documents(family)
            #expect(!documents.isEmpty, "family \(family) has no documents")
            for document in documents {
                let stem = document.split(separator: ".").dropLast().joined(separator: ".")
                let path = TemplateFamily.folder.appendingPathComponent(family).appendingPathComponent(stem + ".json").path
                #expect(FileManager.default.fileExists(atPath: path), "no expectation for \(family)/\(document)")
            }
        }
    }
}
