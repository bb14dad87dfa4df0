import FolioCore

/// Warns where a text published outside the committee tree (a narrative, a public or internal
/// page) names an applicant of a review round in `content/dossiers/` (by name or folder name), or
/// links into a tree its readers must not be pointed to (`../committee/`, `../internal/`).
/// Folio cannot tell a slip from intent, so these are warnings, each at its file and line.
enum PublicTextScan {
    static func warn(narratives: [String: String], pages: [ContentPage], dossiers: [DossierEntry],
                     files: ContentFiles, sink: DiagnosticSink) {
        let applicants = ApplicantFinder(dossiers.map { Applicant(name: $0.dossier.applicant, slug: $0.slug, round: $0.round) })
        var texts: [PublishedText] = []
        for (path, text) in narratives.sorted(by: { $0.key < $1.key }) {
            texts.append(PublishedText(text: text, file: files.display(path), firstLine: 1, what: "this narrative", tree: .public))
        }
        for page in pages.sorted(by: { $0.source < $1.source }) where page.audience != .committee {
            let file = files.display(page.source)
            let what = "this \(page.audience == .public ? "public" : "internal") page"
            for (text, location) in [(page.title, page.titleLocation), (page.summary, page.summaryLocation)] {
                guard let text, let location else { continue }
                texts.append(PublishedText(text: text, file: file, firstLine: location.line, what: what, tree: page.audience,
                                           firstColumn: location.column))
            }
            texts.append(PublishedText(text: page.markdown, file: file, firstLine: page.bodyLine, what: what, tree: page.audience))
        }
        // Each text on any core; the warnings still come in the order of the texts (issue 15: the
        // scan of 2,000 narratives for 500 applicants held up the build on one core).
        _ = Parallel.map(texts, reportingTo: sink) { published, sink in
            scan(published.text, file: published.file, firstLine: published.firstLine, what: published.what, tree: published.tree,
                 applicants: applicants, sink: sink, column: published.firstColumn)
        }
    }

    /// A text published outside the committee tree, and where it is.
    private struct PublishedText {
        var text: String
        var file: String
        var firstLine: Int
        var what: String
        var tree: Audience
        var firstColumn = 1
    }

    struct Applicant {
        var name: String
        var slug: String
        var round: String
    }

    /// The trees a text of a tree may not link into.
    static func forbiddenTrees(from tree: Audience) -> [Audience] {
        tree == .public ? [.internal, .committee] : [.committee]
    }

    private static func scan(_ text: String, file: String, firstLine: Int, what: String, tree: Audience,
                             applicants: ApplicantFinder, sink: DiagnosticSink, column firstColumn: Int = 1) {
        let mayLink = ApplicantFinder.mayContain(Substring(text), Audience.committee.folder) || ApplicantFinder.mayContain(Substring(text), Audience.internal.folder)
        guard mayLink || !applicants.isEmpty else { return }
        let published = tree == .public ? "published in the public site" : "published in the internal site"
        for (offset, line) in TextLines.substrings(text).enumerated() {
            func at(_ index: Substring.Index) -> SourceLocation {
                let column = line.distance(from: line.startIndex, to: index) + 1
                return SourceLocation(file: file, line: firstLine + offset, column: offset == 0 ? firstColumn + column - 1 : column)
            }
            for found in applicants.occurrences(in: line) {
                let applicant = found.applicant
                if let index = found.name {
                    sink.warning(at(index), "\(what) names \(applicant.name), an applicant of review round \(applicant.round), and is \(published); dossiers are confidential: remove the name")
                }
                if let index = found.slug {
                    sink.warning(at(index), "\(what) names '\(applicant.slug)', the folder of an applicant of review round \(applicant.round), and is \(published); dossiers are confidential: remove it")
                }
            }
            guard mayLink, ApplicantFinder.mayContain(line, Audience.committee.folder) || ApplicantFinder.mayContain(line, Audience.internal.folder) else { continue }
            for (index, link, target) in treeLinks(in: line) where forbiddenTrees(from: tree).contains(target) {
                let trees = target == .committee ? "the committee's confidential tree" : "the internal tree (it names students and teachers)"
                sink.warning(at(index), "\(what) links to '\(link)', into \(trees), and is \(published), whose readers must not be pointed there: remove the link")
            }
        }
    }

    /// Where a word occurs with no letter, digit, '-' or '_' on either side.
    static func wordIndex(of word: String, in line: Substring) -> Substring.Index? {
        guard !word.isEmpty else { return nil }
        var searchStart = line.startIndex
        while let range = line[searchStart...].range(of: word) {
            let before = range.lowerBound == line.startIndex ? nil : line[line.index(before: range.lowerBound)]
            let after = range.upperBound == line.endIndex ? nil : line[range.upperBound]
            if !isWordCharacter(before), !isWordCharacter(after) { return range.lowerBound }
            searchStart = line.index(after: range.lowerBound)
        }
        return nil
    }

    static func isWordCharacter(_ character: Character?) -> Bool {
        guard let character else { return false }
        return character.isLetter || character.isNumber || character == "-" || character == "_"
    }

    /// Relative links that climb to a tree's root and go down into another tree:
    /// `../committee/…`, `../../internal/…`, `/committee/…`. The start of each, the link as
    /// written (to its end), and the tree.
    static func treeLinks(in line: Substring) -> [(Substring.Index, String, Audience)] {
        var found: [(Substring.Index, String, Audience)] = []
        for tree in [Audience.committee, .internal] {
            var searchStart = line.startIndex
            while let range = line[searchStart...].range(of: tree.folder) {
                searchStart = range.upperBound
                guard range.upperBound == line.endIndex || "/)>\"' #?".contains(line[range.upperBound]) else { continue }
                // Walk back over '../' steps, or one leading '/'.
                var start = range.lowerBound
                var climbs = 0
                while line[line.startIndex..<start].hasSuffix("../") {
                    start = line.index(start, offsetBy: -3)
                    climbs += 1
                }
                if climbs == 0, line[line.startIndex..<start].hasSuffix("/") {
                    start = line.index(before: start)
                    if line[line.startIndex..<start].hasSuffix("/") { continue }  // `//host/…`: another site
                    climbs = 1
                }
                guard climbs > 0 else { continue }
                if start > line.startIndex, !"([<\"'= \t:".contains(line[line.index(before: start)]) { continue }
                let end = line[range.upperBound...].firstIndex { ")>\"' \t".contains($0) } ?? line.endIndex
                found.append((start, String(line[start..<end]), tree))
            }
        }
        return found.sorted { $0.0 < $1.0 }
    }
}
