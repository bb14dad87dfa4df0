import Foundation

extension String {
    /// What `trimmingCharacters(in:)` gives, worked out on the Unicode scalars: Foundation's version
    /// goes through NSString, copying the whole text to UTF-16, which was the largest single cost of
    /// trimming every CSV cell and every dossier's JSON report (issue 15).
    public func trimmed(_ set: CharacterSet) -> String {
        let scalars = unicodeScalars
        var start = scalars.startIndex, end = scalars.endIndex
        while start < end, set.contains(scalars[start]) { start = scalars.index(after: start) }
        while start < end {
            let last = scalars.index(before: end)
            guard set.contains(scalars[last]) else { break }
            end = last
        }
        if start == scalars.startIndex && end == scalars.endIndex { return self }
        return String(scalars[start..<end])
    }
}
