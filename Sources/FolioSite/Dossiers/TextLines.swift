/// The lines of a text without their ends (LF or CRLF): the lines diagnostics count, which a
/// dossier page quotes (`DossierEntry.record(at:)`) and the scan of published texts reads.
///
/// Cut on the UTF-8 bytes: splitting on Characters walked every grapheme of every file. The cut
/// equals splitting on the Characters "\n" and "\r\n" (`LoadingFastPathsTests`), so a file saved
/// with CRLF line ends is cut at each of them too.
enum TextLines {
    static func substrings(_ text: String) -> [Substring] {
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
