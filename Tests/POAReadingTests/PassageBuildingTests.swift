import Testing

@testable import POAReading

/// ``Passage/appendText(_:_:firstLine:)`` writes a range at once; the passage it makes is the
/// one appending its bytes one at a time (``Passage/append(_:sourceLine:)``) makes.
struct PassageBuildingTests {
    /// The passage of `source[range]` appended byte by byte, typographic characters folded.
    static func oneByteAtATime(_ source: [UInt8], _ ranges: [Range<Int>]) -> Passage {
        var passage = Passage()
        var line = 1
        for range in ranges {
            var index = range.lowerBound
            while index < range.upperBound {
                if source[index] >= 0xC2, let (ascii, length) = Passage.typographic(source, at: index) {
                    passage.append(ascii, sourceLine: line)
                    index += length
                    continue
                }
                passage.append(source[index], sourceLine: line)
                if source[index] == 0x0A { line += 1 }
                index += 1
            }
        }
        passage.finish()
        return passage
    }

    static func written(_ source: [UInt8], _ ranges: [Range<Int>]) -> Passage {
        var passage = Passage()
        var line = 1
        for range in ranges { line = passage.appendText(source, range, firstLine: line) }
        passage.finish()
        return passage
    }

    static func expectSame(_ one: Passage, _ other: Passage, _ source: [UInt8]) {
        #expect(one.bytes == other.bytes, "\(source)")
        #expect(one.lower == other.lower, "\(source)")
        #expect(one.lines == other.lines, "\(source)")
        #expect(one.marks.map(\.offset) == other.marks.map(\.offset), "\(source)")
        #expect(one.marks.map(\.line) == other.marks.map(\.line), "\(source)")
    }

    /// Random text of words, spaces, tabs, line ends (LF, CR LF), NBSP, curly quotes, dashes,
    /// accented letters, control bytes and truncated UTF-8.
    static func samples(count: Int) -> [[UInt8]] {
        let pieces: [[UInt8]] = [
            Array("Jane".utf8), Array("DOE".utf8), [0x20], [0x20, 0x20], [0x09], [0x0A], [0x0D, 0x0A], [0x0A, 0x0A], [0x0C],
            [0xC2, 0xA0], [0xE2, 0x80, 0x9C], [0xE2, 0x80, 0x99], [0xE2, 0x80, 0x94], [0xE2, 0x80, 0x8B], [0xC3, 0xA9],
            [0xC2], [0xE2, 0x80], [0xE2], [0x01], [0x7F], [0x80], [0xFF], Array("/s/".utf8), Array(",".utf8), Array("-".utf8),
        ]
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        return (0..<count).map { _ in (0..<next(30)).flatMap { _ in pieces[next(pieces.count)] } }
    }

    @Test func writingARangeIsAppendingItsBytes() {
        for source in PassageBuildingTests.samples(count: 2000) {
            PassageBuildingTests.expectSame(
                PassageBuildingTests.written(source, [0..<source.count]),
                PassageBuildingTests.oneByteAtATime(source, [0..<source.count]), source)
        }
    }

    /// HTML text comes in runs between tags: a space pending at the end of one run is written
    /// before the next run's first byte.
    @Test func writingRangesInTurnIsAppendingTheirBytes() {
        for source in PassageBuildingTests.samples(count: 2000) where source.count > 2 {
            let cut = source.count / 2
            PassageBuildingTests.expectSame(
                PassageBuildingTests.written(source, [0..<cut, cut..<source.count]),
                PassageBuildingTests.oneByteAtATime(source, [0..<cut, cut..<source.count]), source)
        }
    }

    @Test func lowerIsTheTextLowercasedWithLineBreaksAsSpaces() {
        let passage = Passage.plainText(Array("Jane DOE\nÉtienne".utf8), 0..<"Jane DOE\nÉtienne".utf8.count)
        #expect(passage.lower == Array("jane doe Étienne ".utf8))  // the last line break too
    }

    /// The word index built with the passage finds every phrase where a scan of the text does.
    @Test func theWordIndexFindsWhatAScanFinds() {
        let phrases: [Phrase] = ["jane", "doe", "jane doe", "doe jane", "s", "jan*", "/s/", ",", "\u{E9}"]
        for source in PassageBuildingTests.samples(count: 500) {
            let passage = Passage.plainText(source, 0..<source.count)
            for phrase in phrases {
                for from in stride(from: 0, to: passage.count, by: 7) {
                    let range = from..<passage.count
                    let scanned = passage.lower.withUnsafeBufferPointer { text in
                        range.first { $0 + phrase.count <= range.upperBound && phrase.matches(text, at: $0) }
                    }
                    #expect(passage.find(phrase, in: range) == scanned, "\(source) \(phrase.bytes)")
                }
            }
        }
    }

    /// Several needles looked for at once are found where looking for each in turn finds them,
    /// one-byte needles and matches at the very end included.
    @Test func needlesAreFoundWhereEachIsFound() {
        let needles = ["ab", "b", "abc", "ca", "x", "cab", "bb", "xa", "xab", "xb", "xc", "xxa"]
        let all = Needles(needles)
        var state: UInt64 = 7
        for _ in 0..<3000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let length = Int(state >> 59)
            let hay: [UInt8] = (0..<length).map { Array("abcx".utf8)[Int((state >> UInt64(2 * $0 % 60)) & 3)] }
            let expected = needles.enumerated().reduce(UInt64(0)) { found, needle in
                let bytes = Array(needle.element.utf8)
                let occurs = hay.count >= bytes.count && (0...(hay.count - bytes.count)).contains { hay[$0..<($0 + bytes.count)].elementsEqual(bytes) }
                return occurs ? found | 1 << UInt64(needle.offset) : found
            }
            #expect(all.occurrences(in: hay[...]) == expected, "\(hay)")
            #expect(all.occursIn(hay[...]) == (expected != 0), "\(hay)")
        }
    }

    /// The eight-at-a-time byte search finds the first occurrence in the bounds, or none.
    @Test func firstIndexIsTheFirstOccurrenceInBounds() {
        var state: UInt64 = 99
        for _ in 0..<3000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let count = Int((state >> 58) & 31)
            let hay: [UInt8] = (0..<count).map { Array("ab/".utf8)[Int((state >> UInt64(($0 * 3) % 56)) % 3)] }
            let first = count == 0 ? 0 : Int((state >> 20) % UInt64(count))
            let last = min(count - 1, Int((state >> 30) % UInt64(count + 2)) - 1)
            let expected = first <= last ? (first...last).first { hay[$0] == UInt8(ascii: "/") } : nil
            let found = hay.withUnsafeBufferPointer { ByteSearch.firstIndex(of: UInt8(ascii: "/"), in: $0, from: first, through: last) }
            #expect(found == expected, "\(hay) \(first) \(last)")
        }
    }
}

