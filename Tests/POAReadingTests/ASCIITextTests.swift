import Foundation
import Testing

@testable import POAReading

/// The byte readings of plain ASCII text give exactly what the `Character` readings give.
struct ASCIITextTests {
    @Test func wordsAreTheRunsBetweenSeparators() {
        let text = Array("  Jane\t Doe  III ".utf8)
        let words = text.withUnsafeBufferPointer { bytes in
            ASCIIText.words(bytes) { $0 == 0x20 || $0 == 0x09 }.map { ASCIIText.string(bytes, $0) }
        }
        #expect(words == ["Jane", "Doe", "III"])
    }

    @Test func emptyAndBlankTextHaveNoWords() {
        for text in ["", " ", "   \t "] {
            let count = Array(text.utf8).withUnsafeBufferPointer { ASCIIText.words($0) { $0 == 0x20 || $0 == 0x09 }.count }
            #expect(count == 0)
        }
    }

    @Test func onlyASCIIWithoutCarriageReturnsIsPlain() {
        #expect(ASCIIText.withPlainBytes("Jane Doe, Jr.") { $0.count } == 13)
        #expect(ASCIIText.withPlainBytes("Jos\u{E9} Doe") { $0.count } == nil)
        #expect(ASCIIText.withPlainBytes("Jane\r\nDoe") { $0.count } == nil)
        #expect(ASCIIText.withPlainBytes("") { $0.count } == 0)
    }

    @Test func trimmingDropsBothEnds() {
        let text = Array(",,Jane,".utf8)
        let kept = text.withUnsafeBufferPointer { bytes in
            ASCIIText.string(bytes, ASCIIText.trimming(bytes, 0..<bytes.count) { $0 == UInt8(ascii: ",") })
        }
        #expect(kept == "Jane")
    }

    @Test func wordSetMatchesWholeWordsIgnoringASCIICase() {
        let set = ASCIIWordSet(["jr", "jr.", "iii", "l.p."])
        #expect(set.contains(lowercasing: Array("JR.".utf8)))
        #expect(set.contains(lowercasing: Array("Jr".utf8)))
        #expect(set.contains(lowercasing: Array("L.P.".utf8)))
        #expect(!set.contains(lowercasing: Array("j".utf8)))
        #expect(!set.contains(lowercasing: Array("jr.,".utf8)))
        #expect(!set.contains(lowercasing: Array("".utf8)))
        #expect(!set.contains(lowercasing: Array("ii".utf8)))
    }

    @Test func wordSetAgreesWithSetOfStrings() {
        let words = NameText.entityWords
        let set = ASCIIWordSet(words)
        for word in words.map({ $0.uppercased() }) + ["fund,", "LLC.", "funds", "Gmbh", "s.a.r.l", "x", "management"] {
            #expect(set.contains(lowercasing: Array(word.utf8)) == words.contains(word.lowercased()), "\(word)")
        }
    }

    /// Random names and near-names made of the pieces the name rules look at: honorifics,
    /// suffixes, particles, office and entity words, initials, digits, quotes, punctuation,
    /// runs of spaces, tabs and line breaks, upper, lower and mixed case.
    static func samples(count: Int) -> [String] {
        let pieces = [
            "Jane", "DOE", "doe", "Mr.", "mrs", "DR.", "Jr.", "jr", "III", "iv", "Esq.", "M.D.", "de", "van", "St.", "Officer",
            "Chief", "LLC", "Inc.", "inc", "L.P.", "Corp.", "Fund", "\"Bud\"", "\"A\"", "J.", "A.B.", "X", "O'NEIL", "Smith-Jones",
            "4th", "2010", ",", ", ", ";", ":", ".", "..", "(the", "Company)", "[x]", "_", "*", "'", "  ", "\t", "\n", " ",
            "MCDONALD", "Holdings", "GmbH", "S.A.R.L.", "of", "and", "The", "co.", "ii", "Vice", "President", "Capital",
        ]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        return (0..<count).map { _ in
            (0..<(1 + next(8))).map { _ in
                let piece = pieces[next(pieces.count)]
                return next(4) == 0 ? piece : piece + " "
            }.joined()
        }
    }

    @Test func nameRulesOnBytesAgreeWithTheCharacterRules() {
        let samples = ASCIITextTests.samples(count: 3000)
        for text in samples + samples.map({ $0.uppercased() }) {
            #expect(NameText.person(text) == NameText.personByCharacters(text), "\(text.debugDescription)")
            #expect(NameText.entity(text) == NameText.entityByCharacters(text), "\(text.debugDescription)")
            #expect(NameText.looksLikePerson(text) == NameText.looksLikePersonByCharacters(text), "\(text.debugDescription)")
            #expect(NameText.looksLikeEntity(text) == NameText.looksLikeEntityByCharacters(text), "\(text.debugDescription)")
            #expect(NameText.looksLikeOffice(text) == NameText.looksLikeOfficeByCharacters(text), "\(text.debugDescription)")
            #expect(NameText.isSuffix(text) == NameText.suffixes.contains(text.lowercased()), "\(text.debugDescription)")
        }
    }

    @Test func textThatIsNotPlainASCIIKeepsTheCharacterRules() {
        for text in ["JOS\u{C9} GARC\u{CD}A", "Jane\r\nDoe", "M\u{FC}ller, Jr.", "\u{212A}ELVIN SMITH", "Jane Doe\u{301}."] {
            #expect(NameText.person(text) == NameText.personByCharacters(text))
            #expect(NameText.entity(text) == NameText.entityByCharacters(text))
        }
    }

    @Test func titleCutOnBytesAgreesWithTheCharacterCut() {
        let tails = [
            "", ", Jr.", ", III, Chief Executive Officer", " ---- Signature", "___ x", "   Title: CEO", "\tDirector",
            " Date: May 1, 2010", " dated 5/1/2010", " 5/1/2010", "  12/31/2009", " Its: Manager", " TITLE: x", ",", ", ,",
            " , Esq.", " 3rd day of May, 2011", "-- x", " Jr.,",
        ]
        for name in ASCIITextTests.samples(count: 300) {
            for tail in tails {
                let text = name + tail
                #expect(SignatureBlock.cutTitle(text) == SignatureBlock.cutTitleByCharacters(text), "\(text.debugDescription)")
            }
        }
    }

    @Test(arguments: [
        "3", "4", "5", "144", "10", "ID", "id", "13D", "13d/a", "10-K", "S-8", "s-8.", "-4-", "/A", "13D/A/A", "8-K/A", "X",
        "1234567", "ABC-12", "A-", "144A", "D-1", "5/A", "13G/", "..", "10-Q", "20-F", "N-CSR", "a1", "1a-b2c",
    ])
    func formCodeOnBytesAgreesWithTheStringCode(_ token: String) {
        #expect(FormScope.code(Array(token.utf8)[...]) == FormScope.code(token))
    }

    @Test func trimmingPlainASCIIAgreesWithTrimmingCharacters() {
        for text in ASCIITextTests.samples(count: 1000) + ["", ",", " , ", "\"Jane\"", "Jos\u{E9},"] {
            for set in [",", " .,;", "()", ",:", " ,\"", ".-/", "\u{E9},"] {
                #expect(text.trimmingCharacters(set) == text[...].trimmingCharacters(set), "\(text.debugDescription) \(set)")
            }
        }
    }

    @Test func headingShapeOnBytesAgreesWithTheCharacterShape() {
        let headings = [
            "POWER OF ATTORNEY", "Limited Power of Attorney for Section 16 Reporting Obligations", "Power of Attorney,",
            "power of attorney", "Revocation of Power of Attorney", "Confirming Statement with respect to Forms under Rule",
            "Designation of Attorney-in-Fact by the Undersigned", "Know all by these presents that the undersigned hereby",
        ]
        let samples = ASCIITextTests.samples(count: 2000).map { $0.replacingOccurrences(of: "\n", with: " ") } + headings
        for text in samples + samples.map({ $0.uppercased() }) where !text.isEmpty {
            #expect(InstrumentSegmenter.isHeadingText(Array(text.utf8)[...]) == InstrumentSegmenter.isHeadingText(text), "\(text.debugDescription)")
        }
    }

    @Test func leadInsOnBytesAgreeWithTheCharacterLeadIns() {
        let leads = ["", "and ", "AND ", "or ", "each of ", "Each Of ", "both ", "any of ", "either of ", "and each of ", "or both ", "andy ", "each "]
        for name in ASCIITextTests.samples(count: 300) {
            for lead in leads {
                #expect(AttorneyList.stripLeadIn(lead + name) == AttorneyList.stripLeadInByCharacters(lead + name), "\((lead + name).debugDescription)")
            }
        }
    }

    @Test func issuerNamesOnBytesAgreeWithTheCharacterNames() {
        let names = [
            "the Company", "THE COMPANY", "The Hartford Financial Services Group, Inc.", "the undersigned", "Company", "3M Co",
            "REDWOOD GLACIER LOGISTICS CORP", "the issuer", "THE ISSUER", "x", "the", "the 4th", "The Issuer",
        ]
        let samples = ASCIITextTests.samples(count: 1500).map { $0.replacingOccurrences(of: "\n", with: " ") } + names
        for text in samples + samples.map({ $0.uppercased() }) + samples.map({ "the " + $0 }) {
            #expect(IssuerClause.plainCandidate(text) == IssuerClause.candidateByCharacters(text), "\(text.debugDescription)")
        }
    }
}

