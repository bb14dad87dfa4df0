import Foundation

/// Finds where applicants' names and folder names occur in a line, in one pass over the line
/// however many applicants there are: with 500 applicants and 2,000 narratives, searching once
/// per applicant cost minutes.
///
/// A name is found anywhere (it is Chinese, with no spaces around it); a folder name only as a
/// whole word, with no letter, digit, '-' or '_' on either side (see `PublicTextScan`).
struct ApplicantFinder {
    struct Occurrence {
        var applicant: PublicTextScan.Applicant
        var name: Substring.Index?
        var slug: Substring.Index?
    }

    private struct Pattern {
        var applicant: Int
        var isSlug: Bool
    }

    /// A trie of every name and folder name by Unicode scalar: from each place in a line, the walk
    /// goes only as deep as the text agrees with some pattern (500 folder names that all start
    /// `applicant-` cost one walk, not 500 comparisons).
    private struct Node {
        var next: [Unicode.Scalar: Int] = [:]
        /// The patterns that end here.
        var ending: [Pattern] = []
    }

    let applicants: [PublicTextScan.Applicant]
    /// True when there is no name or folder name to look for.
    var isEmpty: Bool { nodes[0].next.isEmpty }
    private var nodes = [Node()]
    /// One bit per Basic Multilingual Plane scalar that starts a pattern: most of a line's scalars
    /// are passed over with one test.
    private var startsPattern = [UInt64](repeating: 0, count: 1024)

    /// The trie's edges in one open-addressing table keyed by node and scalar, for the byte scan:
    /// a `Dictionary` hashed each scalar with SipHash, seeded anew at every step.
    private var edgeKeys: [UInt64] = []
    private var edgeChildren: [Int32] = []

    init(_ applicants: [PublicTextScan.Applicant]) {
        self.applicants = applicants
        for (index, applicant) in applicants.enumerated() {
            // A one-character name would be found in every other sentence.
            if applicant.name.count >= 2 { add(applicant.name, Pattern(applicant: index, isSlug: false)) }
            if !applicant.slug.isEmpty { add(applicant.slug, Pattern(applicant: index, isSlug: true)) }
        }
        var size = 16
        while size < nodes.count * 2 { size *= 2 }
        edgeKeys = [UInt64](repeating: 0, count: size)
        edgeChildren = [Int32](repeating: 0, count: size)
        for (node, entry) in nodes.enumerated() {
            for (scalar, child) in entry.next {
                let key = Self.edgeKey(node, scalar)
                var slot = Self.slot(key, size - 1)
                while edgeKeys[slot] != 0 { slot = (slot + 1) & (size - 1) }
                edgeKeys[slot] = key
                edgeChildren[slot] = Int32(child)
            }
        }
    }

    /// Never 0, the empty slot's key: a scalar is at most 21 bits, and 1 is added.
    private static func edgeKey(_ node: Int, _ scalar: Unicode.Scalar) -> UInt64 { UInt64(node) << 21 | UInt64(scalar.value) + 1 }

    private static func slot(_ key: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask }

    /// The node the edge from `node` by `scalar` leads to.
    @inline(__always)
    private func child(of node: Int, by scalar: Unicode.Scalar) -> Int? {
        let key = Self.edgeKey(node, scalar), mask = edgeKeys.count - 1
        var slot = Self.slot(key, mask)
        while true {
            let found = edgeKeys[slot]
            if found == key { return Int(edgeChildren[slot]) }
            if found == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }

    private mutating func add(_ text: String, _ pattern: Pattern) {
        var node = 0
        for scalar in text.unicodeScalars {
            if let next = nodes[node].next[scalar] {
                node = next
            } else {
                nodes.append(Node())
                nodes[node].next[scalar] = nodes.count - 1
                node = nodes.count - 1
            }
        }
        nodes[node].ending.append(pattern)
        let value = text.unicodeScalars.first!.value
        if value < 0x10000 { startsPattern[Int(value >> 6)] |= 1 << (value & 63) }
    }

    /// The first occurrence of each applicant's name and folder name in the line, in the order of
    /// the applicants.
    ///
    /// The line's scalars are decoded from its UTF-8 buffer: through the scalar view, each step cost
    /// a call, and scanning 2,000 narratives for 500 applicants was a thirtieth of a whole build,
    /// all of it before rendering could start (issue 15). `occurrencesByScalars` is the same walk
    /// through the view, for text without a buffer and as the tests' reference.
    func occurrences(in line: Substring) -> [Occurrence] {
        guard !nodes[0].next.isEmpty else { return [] }
        let found = line.utf8.withContiguousStorageIfAvailable { bytes -> [Occurrence] in
            var names: [Int: Substring.Index] = [:]
            var slugs: [Int: Substring.Index] = [:]
            func index(_ offset: Int) -> Substring.Index { line.utf8.index(line.startIndex, offsetBy: offset) }
            var start = 0
            while start < bytes.count {
                let (scalar, length) = Self.decode(bytes, at: start)
                if scalar.value >= 0x10000 || startsPattern[Int(scalar.value >> 6)] & (1 << (scalar.value & 63)) != 0 {
                    var node = 0
                    var end = start
                    while end < bytes.count {
                        let (next, nextLength) = Self.decode(bytes, at: end)
                        guard let child = child(of: node, by: next) else { break }
                        node = child
                        end += nextLength
                        for pattern in nodes[node].ending where (pattern.isSlug ? slugs : names)[pattern.applicant] == nil {
                            record(pattern, from: index(start), to: index(end), in: line, names: &names, slugs: &slugs)
                        }
                    }
                }
                start += length
            }
            return occurrences(names: names, slugs: slugs)
        }
        return found ?? occurrencesByScalars(in: line)
    }

    /// `occurrences(in:)` through the line's scalar view.
    func occurrencesByScalars(in line: Substring) -> [Occurrence] {
        guard !nodes[0].next.isEmpty else { return [] }
        var names: [Int: Substring.Index] = [:]
        var slugs: [Int: Substring.Index] = [:]
        let scalars = line.unicodeScalars
        var start = scalars.startIndex
        while start < scalars.endIndex {
            let value = scalars[start].value
            if value >= 0x10000 || startsPattern[Int(value >> 6)] & (1 << (value & 63)) != 0 {
                var node = 0
                var end = start
                while end < scalars.endIndex, let next = nodes[node].next[scalars[end]] {
                    node = next
                    scalars.formIndex(after: &end)
                    for pattern in nodes[node].ending where (pattern.isSlug ? slugs : names)[pattern.applicant] == nil {
                        record(pattern, from: start, to: end, in: line, names: &names, slugs: &slugs)
                    }
                }
            }
            scalars.formIndex(after: &start)
        }
        return occurrences(names: names, slugs: slugs)
    }

    /// Notes a pattern found from `start` to `end` if it matches whole characters (and, for a
    /// folder name, a whole word).
    private func record(_ pattern: Pattern, from start: Substring.Index, to end: Substring.Index, in line: Substring,
                        names: inout [Int: Substring.Index], slugs: inout [Int: Substring.Index]) {
        guard Self.isCharacterBoundary(start, in: line), Self.isCharacterBoundary(end, in: line) else { return }
        if pattern.isSlug {
            let before = start == line.startIndex ? nil : line[line.index(before: start)]
            let after = end == line.endIndex ? nil : line[end]
            guard !PublicTextScan.isWordCharacter(before), !PublicTextScan.isWordCharacter(after) else { return }
            slugs[pattern.applicant] = start
        } else {
            names[pattern.applicant] = start
        }
    }

    private func occurrences(names: [Int: Substring.Index], slugs: [Int: Substring.Index]) -> [Occurrence] {
        guard !names.isEmpty || !slugs.isEmpty else { return [] }
        return Set(names.keys).union(slugs.keys).sorted().map {
            Occurrence(applicant: applicants[$0], name: names[$0], slug: slugs[$0])
        }
    }

    /// The scalar that starts at `offset` of valid UTF-8 (a Swift string's), and its length in bytes.
    @inline(__always)
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (Unicode.Scalar, Int) {
        let lead = UInt32(bytes[offset])
        let value: UInt32, length: Int
        switch lead {
        case ..<0x80: return (Unicode.Scalar(UInt8(lead)), 1)
        case ..<0xE0:
            value = (lead & 0x1F) << 6 | UInt32(bytes[offset + 1] & 0x3F)
            length = 2
        case ..<0xF0:
            value = (lead & 0x0F) << 12 | UInt32(bytes[offset + 1] & 0x3F) << 6 | UInt32(bytes[offset + 2] & 0x3F)
            length = 3
        default:
            value = (lead & 0x07) << 18 | UInt32(bytes[offset + 1] & 0x3F) << 12 | UInt32(bytes[offset + 2] & 0x3F) << 6
                | UInt32(bytes[offset + 3] & 0x3F)
            length = 4
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// Whether a line may hold `word`: a byte search that lets most lines skip the slower, exact checks.
    /// The first byte is found with `memchr` and the rest compared with `memcmp`, on the two
    /// buffers; it went through the UTF-8 view's iterator before, which was the largest single
    /// cost of scanning 2,000 narratives (issue 15).
    static func mayContain(_ line: Substring, _ word: String) -> Bool {
        guard !word.isEmpty else { return true }
        let found = line.utf8.withContiguousStorageIfAvailable { haystack -> Bool? in
            guard let text = haystack.baseAddress else { return false }
            return word.utf8.withContiguousStorageIfAvailable { needle in
                var start = 0
                while let found = haystack.firstIndex(of: needle[0], from: start), found + needle.count <= haystack.count {
                    if memcmp(text + found, needle.baseAddress!, needle.count) == 0 { return true }
                    start = found + 1
                }
                return false
            }
        }
        return (found ?? nil) ?? mayContainByView(line, word)
    }

    /// `mayContain` through the UTF-8 views, for text without a contiguous buffer (and the tests' reference).
    static func mayContainByView(_ line: Substring, _ word: String) -> Bool {
        let needle = Array(word.utf8)
        guard let first = needle.first else { return true }
        let bytes = line.utf8
        var index = bytes.startIndex
        while let start = bytes[index...].firstIndex(of: first) {
            if bytes[start...].starts(with: needle) { return true }
            index = bytes.index(after: start)
        }
        return false
    }

    /// A name must match whole characters: not the start of a character that a combining mark extends.
    private static func isCharacterBoundary(_ index: Substring.Index, in line: Substring) -> Bool {
        // A line starts after a line break, so the text's character boundaries are the line's.
        index == line.endIndex || index.samePosition(in: line.base) != nil
    }
}
