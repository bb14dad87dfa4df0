import Foundation

extension String {
    /// What `trimmingCharacters(in:)` gives, worked out on the Unicode scalars: Foundation's version
    /// goes through NSString, copying the whole text to UTF-16, which was the largest single cost of
    /// trimming every CSV cell and every dossier's JSON report (issue 15).
    public func trimmed(_ set: CharacterSet) -> String {
        trimmed { set.contains($0) }
    }

    /// The text without the scalars at either end that `trim` picks.
    @inline(__always)
    func trimmed(where trim: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        var start = scalars.startIndex, end = scalars.endIndex
        while start < end, trim(scalars[start]) { start = scalars.index(after: start) }
        while start < end {
            let last = scalars.index(before: end)
            guard trim(scalars[last]) else { break }
            end = last
        }
        if start == scalars.startIndex && end == scalars.endIndex { return self }
        return String(scalars[start..<end])
    }
}

extension String {
    /// `trimmed(.whitespaces)` without a CharacterSet: making `.whitespaces` and asking it about each
    /// end was most of trimming every CSV cell and every number read (issue 15).
    public var trimmedWhitespaces: String {
        trimmed(where: Self.isWhitespace)
    }

    /// What `CharacterSet.whitespaces` holds: the tab, the space separators (Unicode category Zs) and,
    /// in Foundation's set, U+200B ZERO WIDTH SPACE (LoadingFastPathsTests checks every scalar).
    public static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }
}
