import POACore
import Testing

@testable import POAReading

/// The four real seed filings, field by field, with the lines each fact comes from.
struct SeedFilingTests {
    @Test func kellyGrantOf2004ReadsEveryFact() throws {
        let extraction = try SampleFiles.read("000_40181d8beca446a8.txt")
        guard case .poa(let instruments) = extraction.verdict else {
            Issue.record("expected a POA, got \(extraction.verdict)")
            return
        }
        let grant = try #require(instruments.first)
        #expect(instruments.count == 1)
        #expect(grant.kind == .grant)
        #expect(grant.grantor?.value == "Edward J. Kelly, III")
        #expect(grant.grantor?.span == SourceSpan(firstLine: 42, lastLine: 42))
        #expect(grant.executedOn?.value == Day(year: 2004, month: 2, day: 19))
        #expect(grant.executedOn?.span == SourceSpan(firstLine: 39, lastLine: 39))
        #expect(grant.issuer?.value == "The Hartford Financial Services Group, Inc.")
        #expect(grant.issuer?.span == SourceSpan(firstLine: 18, lastLine: 18))
        #expect(grant.attorneys.map(\.name) == ["Neal S. Wolin", "Amy B. Gallent", "Brian S. Becker", "Richard G. Costello", "Steven L. Bray", "Amanda Grabowski Aquino"])
        #expect(grant.attorneys[1].span == SourceSpan(firstLine: 6, lastLine: 7))
        #expect(grant.attorneys[5].span == SourceSpan(firstLine: 7, lastLine: 8))
        #expect(grant.forms?.value == [.three, .four, .five, .f144])
        #expect(grant.delegable.value == false)
        #expect(grant.supersession?.value.hasPrefix("This authorization shall supersede all prior authorizations") == true)
        #expect(grant.supersession?.span == SourceSpan(firstLine: 29, lastLine: 32))
        #expect(grant.endCondition?.value.hasPrefix("for so long as the undersigned") == true)
        #expect(grant.expiresOn == nil)
        #expect(grant.parent == nil && grant.revokes == nil)
        #expect(grant.span == SourceSpan(firstLine: 1, lastLine: 42))
        #expect(extraction.mediaType == "text/plain")
    }

    @Test func kreczkoGrantOf2007() throws {
        let grant = try #require(try SampleFiles.read("001_d4854451c619ed0f.txt").verdict.instruments.first)
        #expect(grant.grantor?.value == "Alan J. Kreczko")
        #expect(grant.executedOn?.value == Day(year: 2007, month: 7, day: 26))
        #expect(grant.executedOn?.span.firstLine == 35)
        #expect(grant.attorneys.map(\.name) == ["Ricardo A. Anzaldua", "Richard G. Costello", "Amanda Grabowski Aquino", "Donald C. Hunt", "Terence D. Shields"])
        #expect(grant.attorneys[0].span == SourceSpan(firstLine: 3, lastLine: 4))
        #expect(grant.forms?.value == [.three, .four, .five, .f144])
        #expect(grant.supersedesPrior)
        #expect(!grant.delegable.value)
    }

    @Test func levensonDocumentHoldsAGrantThenADelegation() throws {
        let extraction = try SampleFiles.read("002_81423e081c3010c2.txt")
        guard case .poa(let instruments) = extraction.verdict else {
            Issue.record("expected a POA, got \(extraction.verdict)")
            return
        }
        try #require(instruments.count == 2)
        let grant = instruments[0], delegation = instruments[1]
        #expect(grant.kind == .grant)
        #expect(grant.grantor?.value == "David N. Levenson")
        #expect(grant.executedOn?.value == Day(year: 2010, month: 7, day: 7))
        #expect(grant.forms?.value == [.id, .three, .four, .five, .f144])
        #expect(grant.delegable.value)
        #expect(grant.delegable.span == SourceSpan(firstLine: 26, lastLine: 27))
        #expect(grant.span == SourceSpan(firstLine: 1, lastLine: 42))

        #expect(delegation.kind == .delegation)
        #expect(delegation.grantor?.value == "Ricardo A. Anzaldua")
        #expect(delegation.grantor?.span.firstLine == 85)
        #expect(delegation.executedOn?.value == Day(year: 2010, month: 7, day: 9))
        #expect(delegation.executedOn?.span.firstLine == 82)
        #expect(delegation.attorneys.map(\.name) == ["Terence D. Shields", "Leslie T. Soler"])
        #expect(delegation.parent?.grantor == "David N. Levenson")
        #expect(delegation.parent?.executedOn == Day(year: 2010, month: 7, day: 7))
        #expect(delegation.issuer?.value == "The Hartford Financial Services Group, Inc.")
        #expect(!delegation.delegable.value)
        #expect(delegation.supersedesPrior)
        #expect(delegation.span == SourceSpan(firstLine: 46, lastLine: 86))
    }

    @Test func commentLetterIsNotAPowerOfAttorney() throws {
        let extraction = try SampleFiles.read("003_c4c344d0137293c2.txt")
        guard case .notPOA(let reason) = extraction.verdict else {
            Issue.record("expected not-poa, got \(extraction.verdict)")
            return
        }
        #expect(reason.contains("comment letter"))
    }

    @Test func textIsTheWholeSourceSoSpansPointIntoIt() throws {
        let extraction = try SampleFiles.read("002_81423e081c3010c2.txt")
        let lines = extraction.text.split(separator: "\n", omittingEmptySubsequences: false)
        let delegation = try #require(extraction.verdict.instruments.last)
        let grantorLine = try #require(delegation.grantor?.span.firstLine)
        #expect(lines[grantorLine - 1].contains("/s/ Ricardo A. Anzaldua"))
        let dateLine = try #require(delegation.executedOn?.span.firstLine)
        #expect(lines[dateLine - 1].contains("9th day of July, 2010"))
    }
}
