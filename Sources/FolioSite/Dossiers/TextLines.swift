/// The lines of a text without their ends (LF or CRLF): the lines diagnostics count, which a
/// dossier page quotes (`DossierEntry.record(at:)`) and the scan of published texts reads.
///
/// Cut on the UTF-8 bytes: splitting on Characters walked every grapheme of every file. The cut
/// equals splitting on the Characters "\n" and "\r\n" (`LoadingFastPathsTests`), so a file saved
/// with CRLF line ends is cut at each of them too.
enum TextLines {
    static func substrings(_ text: String) -> [Substring] {
        // Line ends are found with `memchr` on the string's own buffer, where it has one: going
        // through the view's slices was a fiftieth of a dossier-heavy build (issue 15).
        if let ends = text.utf8.withContiguousStorageIfAvailable(lineRanges) {
            let utf8 = text.utf8
            return ends.map { range in
                text[utf8.index(utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)]
            }
        }
        return substringsByIndex(text)
    }

    /// Each line's byte range, without its LF or CRLF.
    private static func lineRanges(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        while let newline = bytes.firstIndex(of: UInt8(ascii: "\n"), from: start) {
            let end = newline > start && bytes[newline - 1] == UInt8(ascii: "\r") ? newline - 1 : newline
            ranges.append(start..<end)
            start = newline + 1
        }
        ranges.append(start..<bytes.count)
        return ranges
    }

    static func substringsByIndex(_ text: String) -> [Substring] {
        var lines: [Substring] = []
        let bytes = text.utf8
        var start = bytes.startIndex
        var index = start
        while let newline = bytes[index...].firstIndex(of: UInt8(ascii: "\n")) {
            var end = newline
            if end > start, bytes[bytes.index(before: end)] == UInt8(ascii: "\r") { end = bytes.index(before: end) }
            lines.append(text[start..<end])
            index = bytes.index(after: newline)
            start = index
        }
        lines.append(text[start...])
        return lines
    }
}
