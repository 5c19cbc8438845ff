import POACore
import Testing

@testable import POAReading

/// Every verdict the reader gives, and why.
struct VerdictTests {
    static let complete = """
        POWER OF ATTORNEY
        The undersigned hereby appoints Ann Lee and Bo Chen, or either of them, as attorneys-in-fact
        to sign Forms 3, 4 and 5 relating to securities of Acme Widgets, Inc. (the "Company").
        IN WITNESS WHEREOF, signed this 5th day of May, 2011.
        /s/ Carl Grantor
        """

    @Test func completeInstrumentIsAPOA() throws {
        let extraction = readText(Self.complete)
        guard case .poa(let instruments) = extraction.verdict else {
            Issue.record("expected poa, got \(extraction.verdict)")
            return
        }
        #expect(instruments.first?.grantor?.value == "Carl Grantor")
        #expect(instruments.first?.issuer?.value == "Acme Widgets, Inc.")
    }

    @Test func missingDateNeedsReviewNamingIt() {
        let text = Self.complete.replacing("this 5th day of May, 2011", with: "on the day written below")
        guard case .needsReview(let reason, let partial) = readText(text).verdict else {
            Issue.record("expected needs-review")
            return
        }
        #expect(reason.contains("no execution date found"))
        #expect(reason.contains("lines 1-5"))
        #expect(partial.first?.attorneys.map(\.name) == ["Ann Lee", "Bo Chen"])
    }

    @Test func missingSignatureNeedsReview() {
        let text = Self.complete.replacing("/s/ Carl Grantor", with: "")
        guard case .needsReview(let reason, _) = readText(text).verdict else {
            Issue.record("expected needs-review")
            return
        }
        #expect(reason.contains("no grantor signature found"))
    }

    @Test func missingFormsNeedsReview() {
        let text = Self.complete.replacing("Forms 3, 4 and 5", with: "reports")
        guard case .needsReview(let reason, _) = readText(text).verdict else {
            Issue.record("expected needs-review")
            return
        }
        #expect(reason.contains("no forms named"))
    }

    @Test func poaWhoseClauseCannotBeReadNeedsReview() {
        let text = "POWER OF ATTORNEY\nKnow all by these presents that [illegible] as attorney-in-fact.\n/s/ Carl Grantor"
        #expect(readText(text).verdict.label == "needs-review")
    }

    @Test func unrelatedTextIsNotAPOA() {
        #expect(readText("Quarterly dividend declared. The Board met on May 1, 2010.").verdict.label == "not-poa")
    }

    @Test func emptyAndBinaryAreErrors() {
        #expect(DocumentReader.read([]).verdict.label == "error")
        #expect(DocumentReader.read(Array("   \n\n ".utf8)).verdict.label == "error")
        #expect(DocumentReader.read([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A, 0x0A]).verdict.label == "error")
    }

    @Test func ownershipXMLWithoutOwnerOrSignatureNeedsReviewNamingWhatIsMissing() {
        let xml = "<?xml version=\"1.0\"?>\n<ownershipDocument><documentType>4</documentType></ownershipDocument>"
        let extraction = readText(xml)
        #expect(extraction.verdict.label == "needs-review")
        #expect(extraction.verdict.reason?.contains("no reporting owner named") == true)
        #expect(extraction.verdict.reason?.contains("no signature") == true)
        #expect(extraction.mediaType == "application/xml")
    }

    @Test func executionDateIsNeverTheNotaryDate() throws {
        let extraction = try SampleFiles.read("know_all_signing_singly.txt")
        let grant = try #require(extraction.verdict.instruments.first)
        #expect(grant.executedOn?.value == Day(year: 2015, month: 3, day: 3))
        #expect(grant.grantor?.value == "Margaret L. Okafor")
    }

    @Test func periodFromSigningGivesTheLastDayInForce() throws {
        let grant = try #require(try SampleFiles.read("entity_grantor.txt").verdict.instruments.first)
        #expect(grant.executedOn?.value == Day(year: 2018, month: 11, day: 14))
        #expect(grant.expiresOn?.value == Day(year: 2021, month: 11, day: 13))
    }

    @Test func windows1252FileKeepsAccentsAndLines() throws {
        let extraction = try SampleFiles.read("cp1252_old_edgar.txt")
        #expect(extraction.text.contains("undersigned\u{2019}s"))
        #expect(!extraction.text.contains("\r"))
        let grant = try #require(extraction.verdict.instruments.first)
        #expect(grant.grantor?.value == "H\u{E9}l\u{E8}ne M. Tremblay")
        #expect(grant.attorneys.map(\.name) == ["Ren\u{E9} Beaulieu", "G\u{E9}rard Lafontaine"])
    }
}
