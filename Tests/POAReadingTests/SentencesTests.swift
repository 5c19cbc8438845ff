import Testing

@testable import POAReading

/// Sentence boundaries: where a clause is quoted from and to.
struct SentencesTests {
    static let text = "This Power of Attorney revokes all prior powers of attorney. It is signed by J. Doe of Acme Inc. on May 1. Done"

    func sentence(around word: StaticString, maximum: Int = 1200) -> String {
        let p = passage(Self.text)
        let offset = p.find(Phrase(stringLiteral: word), in: p.whole) ?? 0
        return p.text(Sentences.sentence(p, containing: offset, in: p.whole, maximum: maximum))
    }

    @Test func aSentenceRunsFromThePeriodBeforeToThePeriodAfter() {
        #expect(sentence(around: "revokes") == "This Power of Attorney revokes all prior powers of attorney.")
    }

    @Test func initialsAndAbbreviationsDoNotEndASentence() {
        #expect(sentence(around: "signed") == "It is signed by J. Doe of Acme Inc. on May 1.")
    }

    @Test func theLastSentenceEndsWithTheText() {
        #expect(sentence(around: "Done") == "Done")
    }

    @Test func aSentenceIsCutAtTheMaximumEitherSide() {
        let cut = sentence(around: "prior", maximum: 10)
        #expect(cut.utf8.count <= 21)
        #expect(cut.contains("prior"))
    }

    @Test func offsetsAtTheEdgesOfThePassageAreSafe() {
        let p = passage(Self.text)
        #expect(Sentences.sentence(p, containing: 0, in: p.whole).lowerBound == 0)
        #expect(Sentences.sentence(p, containing: p.count, in: p.whole).upperBound == p.count)
        #expect(Sentences.sentenceEnd(p, from: p.count, in: p.whole) == p.count)
        let empty = passage("")
        #expect(Sentences.sentence(empty, containing: 0, in: empty.whole) == 0..<0)
    }
}

/// The last name two spellings end with, compared on their bytes.
struct SameLastWordTests {
    @Test(arguments: [
        ("Lisa P. Doe", "/s/ lisa doe"), ("Edward J. Kelly, III", "Edward Kelly"), ("Ann Roe, Jr.", "ANN ROE"),
        ("Mary-Kate O'Brien", "M. O'Brien"),
    ])
    func theSameLastName(_ a: String, _ b: String) {
        #expect(NameText.sameLastWord(a, b))
    }

    @Test(arguments: [("Lisa P. Doe", "Lisa P. Dow"), ("Ann Roe", "Ann Roeder"), ("Jr.", "Ann Roe, Jr."), ("", "Ann Roe")])
    func anotherLastName(_ a: String, _ b: String) {
        #expect(!NameText.sameLastWord(a, b))
    }
}
