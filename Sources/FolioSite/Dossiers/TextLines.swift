/// The lines of an input file as a dossier page quotes them (`DossierEntry.record(at:)`).
///
/// This is what `text.split(separator: "\n", omittingEmptySubsequences: false)` with a trailing
/// "\r" dropped gives, worked out on the UTF-8 bytes: the split on Characters walked every grapheme
/// of every dossier file (issue 15). Being the same cut, it keeps its one oddity: "\r\n" is a
/// single Character, not "\n", so a CRLF line end does not end a line; only a bare LF does, and
/// a lone "\r" at the very end is dropped.
enum TextLines {
    static func split(_ text: String) -> [String] {
        var text = text
        return text.withUTF8 { bytes -> [String] in
            var lines: [String] = []
            var start = 0
            var index = 0
            let count = bytes.count
            while index < count {
                if bytes[index] == 0x0A, index == 0 || bytes[index - 1] != 0x0D {
                    lines.append(line(bytes, start, index))
                    start = index + 1
                }
                index += 1
            }
            lines.append(line(bytes, start, count))
            return lines
        }
    }

    /// Bytes `start..<end`, without a last lone "\r" (a piece can end in one only at the end of the text).
    private static func line(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        var end = end
        if end > start, bytes[end - 1] == 0x0D { end -= 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }
}
