import POACore

/// Finds calendar dates written in the ways powers of attorney write them.
///
/// Recognised: "19th day of February, 2004", "19 day of Feb. 2004", "14th of June, 2023",
/// "February 19, 2004", "Feb. 19th 2004", "19 February 2004", "13-Feb-2023" (as DocuSign
/// stamps it), "2004-02-19", "5/1/2009" (US month/day/year), "5-1-09". The ordinal may be
/// split from its number ("10 th", as a superscript reads when its tag becomes a space), typed
/// wrong before "day of" ("18thy day of", "27h day of"), or spelled out ("twenty-first day of"),
/// a filled-in blank may wrap the day number ("__5__ day of"), and "A.D." may stand before the
/// year. Impossible dates (February 30th, month 13) are not dates. The scan
/// is one pass over the range, so it is linear in its length.
enum DateScanner {
    /// A date found in a passage.
    struct Found: Equatable {
        var day: Day
        var range: Range<Int>
    }

    /// Every date in `range`, in order.
    static func dates(in passage: Passage, _ range: Range<Int>) -> [Found] {
        var found: [Found] = []
        var index = range.lowerBound
        let lower = passage.lower
        while index < range.upperBound {
            let byte = lower[index]
            guard ASCII.isWordByte(byte) else {
                index += 1
                continue
            }
            let atWordStart = index == 0 || !ASCII.isWordByte(lower[index - 1])
            if atWordStart, ASCII.isDigit(byte) || mayStartMonth(lower, at: index, limit: range.upperBound),
                let date = date(at: index, in: passage, limit: range.upperBound)
            {
                found.append(date)
                index = date.range.upperBound
                continue
            }
            // No date starts inside a word: go to its end.
            let start = index
            index += 1
            while index < range.upperBound, ASCII.isWordByte(lower[index]) { index += 1 }
            // "this twenty-first day of March, 2023"
            var end = index
            if end + 1 < range.upperBound, lower[end] == UInt8(ascii: "-"), ASCII.isLetter(lower[end + 1]) {
                end += 1
                while end < range.upperBound, ASCII.isWordByte(lower[end]) { end += 1 }
            }
            // Only a word of five letters or more ("first") before " day" is looked up.
            if atWordStart, end - start >= 5, end + 4 <= range.upperBound, lower[end] == 0x20,
                lower[end + 1] == UInt8(ascii: "d"), lower[end + 2] == UInt8(ascii: "a"), lower[end + 3] == UInt8(ascii: "y"),
                start == 0 || lower[start - 1] != UInt8(ascii: "-"),
                let day = ordinalWords[lower[start..<end]],
                let date = spelledOut(day, from: start, after: end, in: passage, limit: range.upperBound)
            {
                found.append(date)
                index = date.range.upperBound
            }
        }
        return found
    }

    /// The day numbers written as ordinal words, "first" to "thirty-first".
    static let ordinalWords: [ArraySlice<UInt8>: Int] = {
        let units = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
        var words = units + [
            "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
            "nineteenth", "twentieth",
        ]
        words += units.map { "twenty-" + $0 } + ["thirtieth", "thirty-first"]
        var table: [ArraySlice<UInt8>: Int] = [:]
        for (offset, word) in words.enumerated() { table[Array(word.utf8)[...]] = offset + 1 }
        return table
    }()

    /// The date whose day is the ordinal word ending at `after`: "twenty-first day of March, 2023".
    private static func spelledOut(_ day: Int, from start: Int, after: Int, in passage: Passage, limit: Int) -> Found? {
        var reader = Reader(lower: passage.lower, index: after, limit: limit)
        reader.spaces()
        guard reader.word(Words.day) else { return nil }
        reader.spaces()
        guard reader.word(Words.of) else { return nil }
        reader.spaces()
        guard let month = reader.month() else { return nil }
        return yearAfterMonth(&reader, month: month, day: day, start: start)
    }

    /// The year after "... day of MONTH": ", 2023", " 2023", ", A.D. 2023", ", in the year 2023".
    private static func yearAfterMonth(_ reader: inout Reader, month: Int, day: Int, start: Int) -> Found? {
        reader.punctuation()
        if reader.word(Words.in) {
            reader.spaces()
            guard reader.word(Words.the), reader.spacesThen(), reader.word(Words.year), reader.spacesThen() else { return nil }
        }
        if reader.word(Words.anno) { reader.punctuation() }
        guard let (year, d3) = reader.number(), d3 == 4, reader.atWordEnd else { return nil }
        return make(year, month, day, start, reader.index)
    }

    /// Whether a month's name can start at `offset`: every name in ``months`` starts with
    /// one of twelve three-letter prefixes, so any other word is no date's start.
    @inline(__always)
    static func mayStartMonth(_ lower: [UInt8], at offset: Int, limit: Int) -> Bool {
        guard offset + 3 <= limit, ASCII.isLower(lower[offset]) else { return false }
        switch UInt32(lower[offset]) << 16 | UInt32(lower[offset + 1]) << 8 | UInt32(lower[offset + 2]) {
        case 0x6A_616E, 0x66_6562, 0x6D_6172, 0x61_7072, 0x6D_6179, 0x6A_756E,  // jan feb mar apr may jun
            0x6A_756C, 0x61_7567, 0x73_6570, 0x6F_6374, 0x6E_6F76, 0x64_6563:  // jul aug sep oct nov dec
            return true
        default:
            return false
        }
    }

    /// The first of `dates` (in text order, as ``dates(in:_:)`` gives them) that starts in
    /// `window`, found by binary search so that looking dates up stays cheap in long texts.
    static func first(in window: Range<Int>, of dates: [Found]) -> Found? {
        var low = 0, high = dates.count
        while low < high {
            let mid = (low + high) / 2
            if dates[mid].range.lowerBound < window.lowerBound { low = mid + 1 } else { high = mid }
        }
        guard low < dates.count, dates[low].range.lowerBound < window.upperBound else { return nil }
        return dates[low]
    }

    /// The date starting exactly at `offset`, if one does.
    static func date(at offset: Int, in passage: Passage, limit: Int) -> Found? {
        var reader = Reader(lower: passage.lower, index: offset, limit: limit)
        if ASCII.isDigit(passage.lower[offset]) { return numericStart(&reader, offset) }
        return monthFirst(&reader, offset)
    }

    private static func numericStart(_ reader: inout Reader, _ start: Int) -> Found? {
        guard let (first, digits) = reader.number() else { return nil }
        if digits == 4, reader.take(UInt8(ascii: "-")) {
            guard let (month, d2) = reader.number(), d2 <= 2, reader.take(UInt8(ascii: "-")),
                let (day, d3) = reader.number(), d3 <= 2, reader.atWordEnd
            else { return nil }
            return make(first, month, day, start, reader.index)
        }
        guard digits <= 2 else { return nil }
        if reader.take(UInt8(ascii: "-")), let month = reader.month(), reader.take(UInt8(ascii: "-")) {
            // 13-Feb-2023
            guard let (year, d3) = reader.number(), d3 == 4, reader.atWordEnd else { return nil }
            return make(year, month, first, start, reader.index)
        }
        reader.index = start + digits
        let mark = reader.index
        for separator in [UInt8(ascii: "/"), UInt8(ascii: "-"), UInt8(ascii: ".")] where reader.take(separator) {
            guard let (day, d2) = reader.number(), d2 <= 2, reader.take(separator),
                let (year, d3) = reader.number(), d3 == 2 || d3 == 4, reader.atWordEnd
            else { return nil }
            let fullYear = d3 == 4 ? year : (year < 50 ? 2000 + year : 1900 + year)
            return make(fullYear, first, day, start, reader.index)
        }
        reader.index = mark
        // 19th day of February, 2004 / 19 February 2004 / 14th of June, 2023
        reader.blanks()
        reader.dayOrdinal()
        reader.blanks()
        if reader.word(Words.day) {
            reader.spaces()
            guard reader.word(Words.of) else { return nil }
            reader.spaces()
        } else if reader.word(Words.of) {
            reader.spaces()
        }
        guard let month = reader.month() else { return nil }
        return yearAfterMonth(&reader, month: month, day: first, start: start)
    }

    private static func monthFirst(_ reader: inout Reader, _ start: Int) -> Found? {
        guard let month = reader.month() else { return nil }
        reader.punctuation()
        guard let (day, d2) = reader.number(), d2 <= 2 else { return nil }
        reader.spacedOrdinalSuffix()
        reader.punctuation()
        guard let (year, d3) = reader.number(), d3 == 4, reader.atWordEnd else { return nil }
        return make(year, month, day, start, reader.index)
    }

    private static func make(_ year: Int, _ month: Int, _ day: Int, _ start: Int, _ end: Int) -> Found? {
        guard let value = Day(year: year, month: month, day: day), (1900...2100).contains(year) else { return nil }
        return Found(day: value, range: start..<end)
    }

    static let months: [(String, Int)] = [
        ("january", 1), ("february", 2), ("march", 3), ("april", 4), ("may", 5), ("june", 6), ("july", 7),
        ("august", 8), ("september", 9), ("october", 10), ("november", 11), ("december", 12), ("sept", 9),
        ("febuary", 2), ("feburary", 2),
        ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8), ("sep", 9),
        ("oct", 10), ("nov", 11), ("dec", 12),
    ]

    static let monthBytes: [([UInt8], Int)] = months.map { (Array($0.0.utf8), $0.1) }

    /// ``monthBytes`` grouped by first letter (`a` is 0), each group in ``months`` order, so
    /// a word is only compared with the months it could be.
    static let monthsByInitial: [[([UInt8], Int)]] = (0..<26).map { letter in
        monthBytes.filter { Int($0.0[0]) - 0x61 == letter }
    }

    /// Words of the date grammar, as bytes.
    enum Words {
        static let day = Array("day".utf8)
        static let of = Array("of".utf8)
        static let `in` = Array("in".utf8)
        static let the = Array("the".utf8)
        static let year = Array("year".utf8)
        /// "A.D." before a year, as its letters and periods.
        static let anno = Array("a.d.".utf8)
        /// Ordinal suffixes, tried in this order ("19th", "2nd", "22d").
        static let ordinals = ["st", "nd", "rd", "th", "d"].map { Array($0.utf8) }
        /// Suffixes that may stand one space from their number ("10 th").
        static let spacedOrdinals = ["st", "nd", "rd", "th"].map { Array($0.utf8) }
    }

    /// A cursor over lowercased bytes.
    struct Reader {
        let lower: [UInt8]
        var index: Int
        let limit: Int

        var atWordEnd: Bool { index >= limit || !ASCII.isWordByte(lower[index]) }

        mutating func number() -> (Int, Int)? {
            var value = 0, digits = 0
            while index < limit, ASCII.isDigit(lower[index]), digits < 5 {
                value = value * 10 + Int(lower[index] - 0x30)
                digits += 1
                index += 1
            }
            return digits == 0 || (index < limit && ASCII.isDigit(lower[index])) ? nil : (value, digits)
        }

        mutating func take(_ byte: UInt8) -> Bool {
            guard index < limit, lower[index] == byte else { return false }
            index += 1
            return true
        }

        mutating func spaces() {
            while index < limit, ASCII.isSpace(lower[index]) { index += 1 }
        }

        mutating func spacesThen() -> Bool {
            spaces()
            return true
        }

        /// Commas, periods and spaces between date parts.
        mutating func punctuation() {
            while index < limit, ASCII.isSpace(lower[index]) || lower[index] == UInt8(ascii: ",")
                || lower[index] == UInt8(ascii: ".")
            {
                index += 1
            }
        }

        mutating func ordinalSuffix() {
            for suffix in Words.ordinals where word(suffix) { return }
        }

        /// An ordinal suffix glued to the number or one space away ("19th", "19 th"); the
        /// spaced form only as a written suffix ("st", "nd", "rd", "th"), never a bare "d".
        mutating func spacedOrdinalSuffix() {
            let mark = index
            for suffix in Words.ordinals where word(suffix) { return }
            spaces()
            for suffix in Words.spacedOrdinals where word(suffix) { return }
            index = mark
        }

        /// The ordinal after a day number: ``spacedOrdinalSuffix()``, or a mistyped one
        /// ("18thy", "27h") of up to three letters glued to the number, taken only when "day
        /// of" follows, so that no other word is read as an ordinal.
        mutating func dayOrdinal() {
            let mark = index
            var end = index
            while end < limit, end - index <= 3, ASCII.isLetter(lower[end]) { end += 1 }
            if end > index, end - index <= 3, end == limit || !ASCII.isWordByte(lower[end]) {
                var probe = Reader(lower: lower, index: end, limit: limit)
                probe.spaces()
                if probe.word(Words.day) {
                    probe.spaces()
                    if probe.word(Words.of) {
                        index = end
                        return
                    }
                }
            }
            index = mark
            spacedOrdinalSuffix()
        }

        /// Underscores and spaces around a day number typed into a blank ("__5__ day of").
        mutating func blanks() {
            while index < limit, ASCII.isSpace(lower[index]) || lower[index] == UInt8(ascii: "_") { index += 1 }
        }

        /// The word at the cursor (whole word), consumed when it matches.
        mutating func word(_ text: String, glued: Bool = false) -> Bool {
            word(Array(text.utf8))
        }

        mutating func word(_ bytes: [UInt8]) -> Bool {
            let end = index + bytes.count
            guard end <= limit else { return false }
            for offset in 0..<bytes.count where lower[index + offset] != bytes[offset] { return false }
            guard end == limit || !ASCII.isLetter(lower[end]) else { return false }
            index = end
            return true
        }

        mutating func month() -> Int? {
            guard index < limit, ASCII.isLower(lower[index]) else { return nil }
            for (name, number) in DateScanner.monthsByInitial[Int(lower[index] - 0x61)] where word(name) {
                if index < limit, lower[index] == UInt8(ascii: ".") { index += 1 }
                return number
            }
            return nil
        }
    }
}
