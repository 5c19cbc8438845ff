/// A power of attorney filed as a picture: HTML whose only content is an `<img>` of the
/// scanned page (a file beside it, or a base64 `data:image` URI), or an EX-24 exhibit that
/// is uuencoded image data. There is no text to read, so nothing can be imported and nothing
/// may be guessed: the document needs review, and the reason says why.
enum ImageOnly {
    static let reason = "the power of attorney is an image (a scanned page) with no text to read"

    /// At most this many words of text (a title, "Exhibit 24") beside the image.
    static let maximumWords = 40

    /// Whether markup `source[range]`, whose text is `passage`, is an image with (almost) no text.
    static func isImageOnly(_ source: [UInt8], _ range: Range<Int>, passage: Passage) -> Bool {
        guard wordCount(passage, limit: maximumWords) < maximumWords else { return false }
        let clamped = range.clamped(to: 0..<source.count)
        return contains(imageTag, in: source, clamped) || contains(dataImage, in: source, clamped)
    }

    private static let imageTag = Array("<img".utf8)
    private static let dataImage = Array("data:image".utf8)

    /// The words of the passage, counted up to `limit`.
    static func wordCount(_ passage: Passage, limit: Int) -> Int {
        var count = 0
        var inWord = false
        for byte in passage.lower {
            let isWord = ASCII.isWordByte(byte)
            if isWord, !inWord {
                count += 1
                if count >= limit { return count }
            }
            inWord = isWord
        }
        return count
    }

    /// Whether `needle` (lowercase ASCII) occurs in `source[range]`, ignoring ASCII case.
    static func contains(_ needle: [UInt8], in source: [UInt8], _ range: Range<Int>) -> Bool {
        guard let lead = needle.first, range.count >= needle.count else { return false }
        var index = range.lowerBound
        let last = range.upperBound - needle.count
        while index <= last {
            if ASCII.lowered(source[index]) == lead {
                var matched = true
                for offset in 1..<needle.count where ASCII.lowered(source[index + offset]) != needle[offset] {
                    matched = false
                    break
                }
                if matched { return true }
            }
            index += 1
        }
        return false
    }
}
