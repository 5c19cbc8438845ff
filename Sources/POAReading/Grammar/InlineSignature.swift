/// A "/s/ Name" signature inside a long line of text: what an exhibit whose text was laid out
/// as one paragraph (the hidden text layer of a scanned page, a block of `<div>`s with no line
/// breaks) gives: "... to be executed as of July 12, 2022. By: /s/ Jane Q. Doe Print Name: JANE Q. DOE".
///
/// Where the signature is an image, the typed name after "Print Name:" stands for it, and so
/// does a name typed alone before a closing "Date:" ("... thereunder. Jane Q. Doe Date: June 6,
/// 2023").
/// The name is the run of name words right after the mark: capitalised words, initials,
/// particles and suffixes, up to six. A label ("Name:"), a rule, a digit, or the name typed
/// again in capitals ends it. A mark followed by "attorney-in-fact", or inside a notary's part,
/// is someone else's signature.
enum InlineSignature {
    /// The first grantor signature in `lines` at or after `operativeLine`. Lines from
    /// `notaryStart` on count only when they are a whole paragraph, whose notary part (if any)
    /// follows the grantor's mark.
    static func signer(_ passage: Passage, lines: Range<Int>, operativeLine: Int, notaryStart: Int?) -> SignatureBlock.Signer? {
        for index in lines where index >= operativeLine {
            let range = passage.lines[index]
            // A short signature line is read by ``SignatureBlock``; here, text that runs on.
            let minimum = index >= (notaryStart ?? lines.upperBound) ? paragraphLength : runOnLength
            guard range.count >= minimum else { continue }
            for mark in marks {
                var from = range.lowerBound
                while let hit = find(mark, in: passage.lower, from: from, before: range.upperBound) {
                    from = hit + mark.count
                    guard !isNotarial(passage, before: hit, lineStart: range.lowerBound) else { continue }
                    guard let name = nameAfter(passage, from: hit + mark.count, end: range.upperBound) else { continue }
                    let person = NameText.person(String(decoding: passage.bytes[name], as: UTF8.self))
                    guard NameText.looksLikePerson(person), !signsAsAttorney(passage, after: name.upperBound, end: range.upperBound) else {
                        continue
                    }
                    return SignatureBlock.Signer(name: person, isEntity: false, span: passage.span(hit..<name.upperBound), lineIndex: index)
                }
            }
            if index < (notaryStart ?? lines.upperBound), let typed = typedBeforeDate(passage, line: range, index: index) { return typed }
        }
        return nil
    }

    /// A name typed alone between the paragraph's last sentence and a closing "Date:" with
    /// nothing after its date: "... the rules thereunder.   Jane Q. Doe   Date: June 6, 2023".
    private static func typedBeforeDate(_ passage: Passage, line: Range<Int>, index: Int) -> SignatureBlock.Signer? {
        guard let label = passage.lastMatch("date:", in: line), !isNotarial(passage, before: label.lowerBound, lineStart: line.lowerBound)
        else { return nil }
        var end = line.upperBound
        while end > label.upperBound, passage.bytes[end - 1] == 0x20 { end -= 1 }
        guard end - label.upperBound <= 24,
            let day = DateScanner.dates(in: passage, label.upperBound..<end).first, day.range.upperBound == end
        else { return nil }
        // Back from "Date:" to the end of the sentence before (an initial's period is no end).
        var nameEnd = label.lowerBound
        while nameEnd > line.lowerBound, passage.bytes[nameEnd - 1] == 0x20 { nameEnd -= 1 }
        var period = nameEnd - 1
        while period > line.lowerBound, nameEnd - period < maximumTypedName, !Sentences.isBoundary(passage, period: period) { period -= 1 }
        guard period > line.lowerBound, Sentences.isBoundary(passage, period: period) else { return nil }
        let nameStart = passage.skipSpaces(from: period + 1, limit: nameEnd)
        guard nameStart < nameEnd else { return nil }
        let name = NameText.person(passage.text(nameStart..<nameEnd))
        guard NameText.looksLikePerson(name) else { return nil }
        return SignatureBlock.Signer(name: name, isEntity: false, span: passage.span(nameStart..<nameEnd), lineIndex: index)
    }

    /// The longest typed name read before a closing "Date:".
    private static let maximumTypedName = 60

    /// A signature mark, then the typed name where the signature is an image.
    private static let marks = [Array("/s/".utf8), Array("print name:".utf8)]
    /// Captions that a signature block lays out beside the name, never part of one.
    private static let captionWords = ASCIIWordSet(["signature", "print", "printed", "name", "date", "title", "signed"])
    /// What DocuSign stamps before the envelope's identifier.
    private static let docuSignStamp = Array("docusign envelope id:".utf8)
    /// The shortest line read here: a signature with more text on its line.
    static let runOnLength = 40
    /// The shortest line read inside a notary's part: a paragraph holding the whole instrument.
    static let paragraphLength = 200

    /// The range of the name words after a mark, or nil when none follows.
    static func nameAfter(_ passage: Passage, from start: Int, end: Int) -> Range<Int>? {
        let bytes = passage.bytes
        var index = start
        while index < end, bytes[index] == 0x20 || bytes[index] == UInt8(ascii: "_") { index += 1 }
        // A DocuSign stamp between the caption and the name ("Print Name: DocuSign Envelope ID:
        // 2D62AD87-... Jane Doe", or "... 3/11/2024 Jane Doe") is the signing service's, not a
        // name: the name follows it.
        if let stamp = find(docuSignStamp, in: passage.lower, from: index, before: min(end, index + docuSignStamp.count)) {
            index = passage.skipSpaces(from: stamp + docuSignStamp.count, limit: end)
            while index < end, bytes[index] != 0x20 { index += 1 }  // the envelope's identifier
            index = passage.skipSpaces(from: index, limit: end)
            // The day the service stamped may come before the name ("7/6/2022 Jane Doe").
            var dateEnd = index
            while dateEnd < end, ASCII.isDigit(bytes[dateEnd]) || bytes[dateEnd] == UInt8(ascii: "/") { dateEnd += 1 }
            if dateEnd > index, dateEnd == end || bytes[dateEnd] == 0x20 { index = passage.skipSpaces(from: dateEnd, limit: end) }
        }
        let nameStart = index
        var nameEnd = index
        var words: [ArraySlice<UInt8>] = []
        var sawLowercase = false
        while index < end, words.count < 6 {
            var wordEnd = index
            while wordEnd < end, bytes[wordEnd] != 0x20 { wordEnd += 1 }
            var word = bytes[index..<wordEnd]
            // A rule right after the name ("Jane Doe_______") ends it.
            let ruled = word.firstIndex(of: UInt8(ascii: "_")).map { $0 > word.startIndex } ?? false
            if ruled, let rule = word.firstIndex(of: UInt8(ascii: "_")) { word = word[..<rule] }
            let endsWithComma = word.last == UInt8(ascii: ",")
            if endsWithComma { word = word.dropLast() }
            guard let first = word.first, !word.isEmpty else { break }
            // A caption under the signature rule ("/s/Jane Doe   Signature   Jane Doe   Print Name").
            if captionWords.contains(lowercasing: word) { break }
            let isSuffix = NameText.suffixWords.contains(lowercasing: word)
            let isParticle = NameText.particleWordSet.contains(lowercasing: word)
            if word.contains(where: { $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "/") || ASCII.isDigit($0) }) {
                break
            }
            if !ASCII.isUpper(first) && !isParticle && !(first == UInt8(ascii: "\"") && word.count > 2) { break }
            let capitals = word.allSatisfy { !ASCII.isLower($0) }
            // The name typed again ("May Wang MAY WANG") or a label in capitals ends it.
            if let opening = words.first, ASCII.lowercased(opening) == ASCII.lowercased(word) { break }
            if sawLowercase && capitals && word.count > 2 && !isSuffix { break }
            if word.contains(where: ASCII.isLower) { sawLowercase = true }
            if words.count >= 2 && !words.contains(where: { !$0.allSatisfy { !ASCII.isLower($0) } }) && !capitals { break }
            words.append(word)
            nameEnd = word.endIndex
            index = wordEnd
            if ruled { break }
            if endsWithComma {
                // After a comma only a suffix belongs to the name ("John Roe, Jr.").
                var next = index
                while next < end, bytes[next] == 0x20 { next += 1 }
                var suffixEnd = next
                while suffixEnd < end, bytes[suffixEnd] != 0x20, bytes[suffixEnd] != UInt8(ascii: ",") { suffixEnd += 1 }
                if next < suffixEnd, NameText.suffixWords.contains(lowercasing: bytes[next..<suffixEnd]) { nameEnd = suffixEnd }
                break
            }
            while index < end, bytes[index] == 0x20 { index += 1 }
        }
        return words.count >= 2 ? nameStart..<nameEnd : nil
    }

    /// Whether the words after a name make it an attorney's signature.
    private static func signsAsAttorney(_ passage: Passage, after offset: Int, end: Int) -> Bool {
        let window = LowerText(passage.lower[offset..<min(end, offset + 40)])
        return window.contains("attorney-in-fact") || window.contains("attorney in fact") || window.contains("as attorney")
    }

    /// Whether the mark at `hit` stands in a notary's part: "notary" or "before me" shortly before it.
    private static func isNotarial(_ passage: Passage, before hit: Int, lineStart: Int) -> Bool {
        let window = LowerText(passage.lower[max(lineStart, hit - 160)..<hit])
        return window.contains("notary") || window.contains("before me") || window.contains("sworn")
    }

    private static func find(_ needle: [UInt8], in hay: [UInt8], from start: Int, before end: Int) -> Int? {
        guard start >= 0, end <= hay.count, start + needle.count <= end else { return nil }
        return hay.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { needle in
                ByteSearch.find(needle, in: hay, from: start, before: end - needle.count + 1)
            }
        }
    }
}
