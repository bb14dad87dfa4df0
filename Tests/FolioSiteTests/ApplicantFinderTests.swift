import Foundation
import FolioTestSupport
import Testing
@testable import FolioSite

/// The one-pass finder must find exactly what searching for each applicant in turn finds.
@Suite struct ApplicantFinderTests {
    let applicants = [
        PublicTextScan.Applicant(name: "林怡君", slug: "lin-yijun", round: "115-1"),
        PublicTextScan.Applicant(name: "黃淑芬", slug: "huang", round: "115-1"),
        PublicTextScan.Applicant(name: "林怡", slug: "lin", round: "114-2"),  // a prefix of another name and slug
        PublicTextScan.Applicant(name: "王", slug: "wang_2", round: "115-1"),  // one character: never searched
    ]

    /// Searches for each applicant in turn, the plain way (Foundation's search, then the word check).
    func reference(_ line: Substring) -> [(Int, Int?, Int?)] {
        applicants.enumerated().compactMap { index, applicant in
            let name = applicant.name.count >= 2 ? line.range(of: applicant.name).map { line.distance(from: line.startIndex, to: $0.lowerBound) } : nil
            let slug = PublicTextScan.wordIndex(of: applicant.slug, in: line).map { line.distance(from: line.startIndex, to: $0) }
            return name == nil && slug == nil ? nil : (index, name, slug)
        }
    }

    func found(_ line: Substring) -> [(Int, Int?, Int?)] {
        ApplicantFinder(applicants).occurrences(in: line).map { occurrence in
            (applicants.firstIndex { $0.slug == occurrence.applicant.slug }!,
             occurrence.name.map { line.distance(from: line.startIndex, to: $0) },
             occurrence.slug.map { line.distance(from: line.startIndex, to: $0) })
        }
    }

    @Test func findsNamesAnywhereAndFolderNamesAsWholeWords() {
        let line = Substring("見 lin-yijun 與林怡君、linx、(lin)；王五 wang_2x")
        // Offsets: 見 0, ' ' 1, lin-yijun 2–10, ' ' 11, 與 12, 林怡君 13–15, 、16, linx 17–20, 、21, ( 22, lin 23.
        // 林怡君 at 13 holds 林怡 too; 'lin' is whole only inside the brackets ('linx' and 'lin-yijun' go on).
        let result = found(line)
        #expect(result.map(\.0) == [0, 2])
        #expect(result[0].1 == 13 && result[0].2 == 2)
        #expect(result[1].1 == 13 && result[1].2 == 23)
    }

    @Test func agreesWithSearchingEachApplicantOnRandomText() {
        var random = SeededGenerator(seed: 20261206)
        let pieces = ["林", "怡", "君", "黃淑芬", "lin", "-", "yijun", "huang", "_", " ", "x", "2", "wang", "。", "e\u{301}", "\u{301}", "(", "林怡君"]
        for _ in 0..<2000 {
            let line = Substring((0..<random.next(below: 12)).map { _ in pieces[random.next(below: pieces.count)] }.joined())
            let expected = reference(line), actual = found(line)
            #expect(expected.count == actual.count, "\(line)")
            for (e, a) in zip(expected, actual) {
                #expect(e.0 == a.0 && e.1 == a.1 && e.2 == a.2, "\(line)")
            }
        }
    }

    @Test func byteSearchFindsOnlyWhatIsThere() {
        #expect(ApplicantFinder.mayContain("see ../committee/x", "committee"))
        #expect(!ApplicantFinder.mayContain("see ../committe/x", "committee"))
        #expect(ApplicantFinder.mayContain("內部 internal", "internal"))
    }
}
