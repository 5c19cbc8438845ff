import POACore

/// Several grantors in one instrument: "each of the undersigned hereby appoints ...", signed by
/// each of them in turn (three entities of one group, each "By:" an officer), or a grant form
/// signed by a board's directors one under the other, each with the day they signed.
///
/// The first grantor is the one ``SignatureBlock`` reads; the others are the signatures that
/// follow it in the signature area, each with a mark ("/s/", "By:" under an entity) or
/// conformed in a table of signers (the name, then the same name typed under it). They count
/// only when the text speaks of its grantors in the plural, or when three or more sign: a
/// second signature alone may be an attorney accepting, or a witness. A signature by one of the
/// attorneys, or after an acceptance or a witness line, ends the list.
enum CoGrantors {
    /// One more grantor, and the day written in their own rows of the signature area, if any.
    struct Signed {
        var signer: SignatureBlock.Signer
        var day: DateScanner.Found?
    }

    static let pluralGrantors: [Phrase] = [
        "each of the undersigned", "the undersigned have", "the undersigned hereby severally", "each undersigned",
        "the undersigned, each",
    ]

    /// The grantors after `first`; empty when the instrument has one grantor.
    static func following(
        _ first: SignatureBlock.Signer, _ passage: Passage, lines: Range<Int>, notaryStart: Int?, attorneys: [ExtractedAttorney],
        dates: [DateScanner.Found]
    ) -> [Signed] {
        let stop = notaryStart ?? lines.upperBound
        var found: [SignatureBlock.Signer] = [first]
        // Made only once a second signature is found: most instruments have one.
        var attorneyNames: [PersonName]?
        var floor = first.lineIndex + 1
        var index = floor
        scan: while index < stop, found.count < maximum {
            let line = SignatureBlock.makeLine(passage, index)
            var next: SignatureBlock.Signer?
            if SignatureBlock.isSignature(line) {
                next = SignatureBlock.signer(passage, lines: lines.lowerBound..<stop, operativeLine: floor, notaryStart: nil)
                if let signer = next, signer.lineIndex != index { next = nil }
            } else if index + 1 < stop, let typed = conformed(passage, index) {
                next = typed
            } else if endsTheList(line.lower) {
                break scan
            }
            guard let signer = next else {
                index += 1
                continue
            }
            let name = PersonName(signer.name)
            let names = attorneyNames ?? attorneys.filter { !$0.isOffice }.map { PersonName($0.name) }
            attorneyNames = names
            if !signer.isEntity, names.contains(where: { $0.isCompatible(with: name) }) { break }
            if !found.contains(where: { PersonName($0.name).isCompatible(with: name) }) { found.append(signer) }
            floor = signer.lineIndex + 1
            index = floor
        }
        guard found.count >= 2 else { return [] }
        let range = passage.lines[lines.lowerBound].lowerBound..<passage.lines[lines.upperBound - 1].upperBound
        guard found.count >= 3 || passage.firstMatch(of: pluralGrantors, in: range) != nil else { return [] }
        // Each grantor's rows run from their signature to the next one's.
        return (1..<found.count).map { position in
            let start = passage.lines[found[position].lineIndex].lowerBound
            let end = position + 1 < found.count ? passage.lines[found[position + 1].lineIndex].lowerBound : passage.lines[stop - 1].upperBound
            return Signed(signer: found[position], day: dates.first { $0.range.lowerBound >= start && $0.range.lowerBound < end })
        }
    }

    /// The most grantors read from one instrument.
    static let maximum = 64

    /// Whether a line makes the signatures after it someone else's: an attorney accepting an
    /// appointment, a witness, an acknowledgment.
    private static func endsTheList(_ lower: LowerText) -> Bool {
        lower.contains("accept") || lower.contains("witness") || lower.contains("acknowledg") || lower.contains("agreed")
    }

    /// A conformed signature in a table of signers: a name (and the day, on its line or the
    /// next) with the same name typed under it ("J. Charles Doe   September 23, 2021" / "J. Charles Doe").
    private static func conformed(_ passage: Passage, _ index: Int) -> SignatureBlock.Signer? {
        let line = SignatureBlock.makeLine(passage, index)
        // First on bytes: a capital, and the same first four letters (any case) on one of the
        // two lines under.
        let lower = passage.lower
        let start = passage.lines[index].lowerBound
        guard passage.lines[index].count >= 4, ASCII.isUpper(passage.bytes[start]) else { return nil }
        let sameStart = (index + 1..<min(passage.lines.count, index + 3)).contains { under in
            let other = passage.lines[under]
            return other.count >= 4 && lower[other.lowerBound..<(other.lowerBound + 4)].elementsEqual(lower[start..<(start + 4)])
        }
        guard sameStart, !line.lower.contains(":") else { return nil }
        let signed = NameText.person(SignatureBlock.cutTitle(line.text))
        guard NameText.looksLikePerson(signed) else { return nil }
        // The day may stand in a cell of its own between the two.
        var under = index + 1
        if under + 1 < passage.lines.count, SignatureBlock.cutTitle(SignatureBlock.makeLine(passage, under).text).isEmpty { under += 1 }
        let typed = NameText.person(SignatureBlock.cutTitle(SignatureBlock.makeLine(passage, under).text))
        guard signed == typed else { return nil }
        return SignatureBlock.Signer(name: signed, isEntity: false, span: passage.span(passage.lines[index]), lineIndex: index)
    }
}
