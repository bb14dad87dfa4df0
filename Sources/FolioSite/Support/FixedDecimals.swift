import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `String(format: "%.*f", decimals, value)` from the C library's formatter itself. Foundation's
/// `String(format:)` builds and parses a format string and a CFString for every number: a
/// thirtieth of a dossier-heavy build went to the figures of the charts' descriptions and the
/// provenance pages (issue 15). Foundation formats `%f` with the same C library, so the text is
/// the same (`RenderingFastPathsTests`).
enum FixedDecimals {
    static func text(_ value: Double, decimals: Int) -> String {
        let capacity = 400
        guard (0...20).contains(decimals), value.magnitude < 1e300 || !value.isFinite else {
            return String(format: "%.\(decimals)f", value)
        }
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: capacity) { buffer in
            let written = withVaList([Int32(decimals), value]) { vsnprintf(buffer.baseAddress, capacity, "%.*f", $0) }
            guard written > 0, written < capacity else { return String(format: "%.\(decimals)f", value) }
            return String(cString: buffer.baseAddress!)
        }
    }
}
