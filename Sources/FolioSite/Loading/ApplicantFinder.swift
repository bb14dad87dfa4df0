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
        var scalars: [Unicode.Scalar]
        var applicant: Int
        var isSlug: Bool
    }

    let applicants: [PublicTextScan.Applicant]
    private var patterns: [Pattern] = []
    /// The patterns by their first scalar.
    private var byFirstScalar: [Unicode.Scalar: [Int]] = [:]
    /// One bit per Basic Multilingual Plane scalar that starts a pattern: most of a line's scalars
    /// are passed over with one test.
    private var startsPattern = [UInt64](repeating: 0, count: 1024)

    init(_ applicants: [PublicTextScan.Applicant]) {
        self.applicants = applicants
        for (index, applicant) in applicants.enumerated() {
            // A one-character name would be found in every other sentence.
            if applicant.name.count >= 2 { add(applicant.name, applicant: index, isSlug: false) }
            if !applicant.slug.isEmpty { add(applicant.slug, applicant: index, isSlug: true) }
        }
    }

    private mutating func add(_ text: String, applicant: Int, isSlug: Bool) {
        let scalars = Array(text.unicodeScalars)
        byFirstScalar[scalars[0], default: []].append(patterns.count)
        patterns.append(Pattern(scalars: scalars, applicant: applicant, isSlug: isSlug))
        let value = scalars[0].value
        if value < 0x10000 { startsPattern[Int(value >> 6)] |= 1 << (value & 63) }
    }

    /// The first occurrence of each applicant's name and folder name in the line, in the order of
    /// the applicants.
    func occurrences(in line: Substring) -> [Occurrence] {
        guard !patterns.isEmpty else { return [] }
        var names: [Int: Substring.Index] = [:]
        var slugs: [Int: Substring.Index] = [:]
        let scalars = line.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let value = scalars[index].value
            if value >= 0x10000 || startsPattern[Int(value >> 6)] & (1 << (value & 63)) != 0,
               let candidates = byFirstScalar[scalars[index]] {
                for candidate in candidates {
                    let pattern = patterns[candidate]
                    guard (pattern.isSlug ? slugs : names)[pattern.applicant] == nil,
                          let end = Self.match(pattern.scalars, in: scalars, at: index),
                          Self.isCharacterBoundary(index, in: line), Self.isCharacterBoundary(end, in: line) else { continue }
                    if pattern.isSlug {
                        let before = index == line.startIndex ? nil : line[line.index(before: index)]
                        let after = end == line.endIndex ? nil : line[end]
                        guard !PublicTextScan.isWordCharacter(before), !PublicTextScan.isWordCharacter(after) else { continue }
                        slugs[pattern.applicant] = index
                    } else {
                        names[pattern.applicant] = index
                    }
                }
            }
            scalars.formIndex(after: &index)
        }
        return Set(names.keys).union(slugs.keys).sorted().map {
            Occurrence(applicant: applicants[$0], name: names[$0], slug: slugs[$0])
        }
    }

    /// Whether a line may hold `word`: a byte search that lets most lines skip the slower, exact checks.
    static func mayContain(_ line: Substring, _ word: String) -> Bool {
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

    /// Where the pattern ends when it starts at `start`; nil when it does not occur there.
    private static func match(_ pattern: [Unicode.Scalar], in scalars: Substring.UnicodeScalarView,
                              at start: Substring.Index) -> Substring.Index? {
        var index = start
        for scalar in pattern {
            guard index < scalars.endIndex, scalars[index] == scalar else { return nil }
            scalars.formIndex(after: &index)
        }
        return index
    }

    /// A name must match whole characters: not the start of a character that a combining mark extends.
    private static func isCharacterBoundary(_ index: Substring.Index, in line: Substring) -> Bool {
        // A line starts after a line break, so the text's character boundaries are the line's.
        index == line.endIndex || index.samePosition(in: line.base) != nil
    }
}
