import FolioCore
import FolioPromotion
import FolioTestSupport
import Foundation
import Testing
@testable import FolioSite

/// Loading 500 dossiers (issue 15) now cuts lines, decodes, trims, checks numbers and builds name
/// keys on bytes and scalars instead of Characters and Foundation. Each replacement must give
/// exactly what the routine it replaced gave: here each old routine is kept as the reference and
/// both are run on many random texts made of the pieces that trip such code up.
@Suite struct LoadingFastPathsTests {
    /// Line ends, combining marks, CJK, emoji, BOM, controls, signs, digits of other scripts.
    static let pieces = ["\n", "\r", "\r\n", "\n\r", "a", "Z", "q", "林", "怡", "e\u{301}", "\u{301}", " ", "\t", "\u{3000}",
                         "\u{00A0}", "\u{2003}", "\u{1F600}", "👩‍🔬", "\u{FEFF}", "\u{0B}", "\u{0C}", "\u{85}", "_", "-", "+",
                         ".", "0", "1", "5", "9", "12", "٣", "５", "Ⅻ", "É", "ß", "İ", "ǅ", ",", "\""]

    static func randomText(_ random: inout SeededGenerator, maxPieces: Int = 12) -> String {
        (0..<random.next(below: maxPieces + 1)).map { _ in pieces[random.next(below: pieces.count)] }.joined()
    }

    /// Compared as scalars: equal Strings may still differ where canonical equivalence hides it.
    static func same(_ a: String, _ b: String) -> Bool { Array(a.unicodeScalars) == Array(b.unicodeScalars) }

    // MARK: Lines of a dossier file

    /// A split on the Characters that end a line: "\n", and "\r\n", which is one Character.
    static func referenceLines(_ text: String) -> [String] {
        text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }.map(String.init)
    }

    @Test func linesAreCutAsTheCharacterSplitCutThem() {
        // A CRLF ends a line as an LF does; a lone "\r" does not.
        #expect(TextLines.substrings("a\nb\r\nc\rd") == ["a", "b", "c\rd"])
        var random = SeededGenerator(seed: 1501)
        for _ in 0..<5000 {
            let text = Self.randomText(&random, maxPieces: 16)
            let lines = TextLines.substrings(text).map(String.init), reference = Self.referenceLines(text)
            #expect(lines.count == reference.count && zip(lines, reference).allSatisfy(Self.same), "\(text.debugDescription)")
            // The cut on the string's buffer and the cut through its UTF-8 view (for a string without one) agree.
            #expect(TextLines.substringsByIndex(text) == TextLines.substrings(text), "\(text.debugDescription)")
        }
    }

    /// The scan of published texts asks whether a line may name a tree or an applicant: `memmem` on the
    /// buffers must answer as the search through the UTF-8 views did, in whole texts and in slices of them.
    @Test func mayContainAnswersAsTheViewSearchAnswered() {
        // Worked: "../committee/x" holds "committee"; "committe" does not hold it; a slice that cuts the word does not.
        #expect(ApplicantFinder.mayContain("見 ../committee/x", "committee"))
        #expect(!ApplicantFinder.mayContain("committe", "committee"))
        let text = "ab committee"
        #expect(!ApplicantFinder.mayContain(text.dropLast(), "committee"))
        var random = SeededGenerator(seed: 1503)
        let words = ["committee", "internal", "林怡君", "lin-yijun", "e", "ée", "\u{301}"]
        for _ in 0..<5000 {
            let text = Self.randomText(&random, maxPieces: 12) + (random.next(below: 3) == 0 ? words[random.next(below: words.count)] : "")
            let word = words[random.next(below: words.count)]
            let start = random.next(below: text.count + 1)
            let slice = text.dropFirst(start)
            #expect(ApplicantFinder.mayContain(slice, word) == ApplicantFinder.mayContainByView(slice, word), "\(slice.debugDescription) \(word)")
        }
    }

    /// Applicants are looked for in a line's UTF-8 bytes: each name and folder name must be found
    /// where the walk through the line's scalars found it, in whole lines and in slices of them.
    @Test func applicantsAreFoundWhereTheScalarWalkFoundThem() {
        let finder = ApplicantFinder([
            PublicTextScan.Applicant(name: "林怡君", slug: "lin-yijun", round: "115-1"),
            PublicTextScan.Applicant(name: "林怡", slug: "lin", round: "115-1"),
            PublicTextScan.Applicant(name: "é😀名", slug: "e-x", round: "115-2"),
        ])
        func found(_ line: Substring, _ occurrences: [ApplicantFinder.Occurrence]) -> [String] {
            occurrences.map { found in
                let offset = { (index: Substring.Index?) in index.map { line.utf8.distance(from: line.startIndex, to: $0) } }
                return "\(found.applicant.slug) \(offset(found.name).map(String.init) ?? "-") \(offset(found.slug).map(String.init) ?? "-")"
            }
        }
        // Worked: "見林怡君與 lin-yijun" names 林怡君 and 林怡 at byte 3 (after 見's three bytes) and
        // lin-yijun at byte 16 (3 + 9 for 林怡君 + 3 for 與 + 1 space); "lin" inside it is not a whole word.
        let line = Substring("見林怡君與 lin-yijun")
        #expect(found(line, finder.occurrences(in: line)) == ["lin-yijun 3 16", "lin 3 -"])
        var random = SeededGenerator(seed: 1504)
        let words = ["林怡君", "林怡", "lin-yijun", "lin", "é😀名", "e-x", "e\u{301}", "-", "_", "😀"]
        for _ in 0..<5000 {
            var text = Self.randomText(&random, maxPieces: 8)
            for _ in 0..<random.next(below: 4) { text += words[random.next(below: words.count)] + Self.randomText(&random, maxPieces: 2) }
            let slice = Substring(text).dropFirst(random.next(below: 3))
            #expect(found(slice, finder.occurrences(in: slice)) == found(slice, finder.occurrencesByScalars(in: slice)), "\(slice.debugDescription)")
        }
    }

    /// A dossier saved with CRLF line ends (as Windows editors save it) has its records quoted on
    /// its page as one with LF ends: the cut used to see the whole file as one line.
    @Test func aCRLFDossierHasItsRecordsQuoted() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        let papers = "content/dossiers/115-1/lin-yijun/papers.csv"
        try workspace.write(papers, try workspace.read(papers).replacingOccurrences(of: "\n", with: "\r\n"))
        _ = try SiteBuilder.build(workspace.options)
        let page = try workspace.read("site/committee/dossiers/115-1/lin-yijun.html")
        // Line 2 of papers.csv, the first paper, quoted as the source of its figure.
        #expect(page.contains("<code class=\"record\">111/03/10,Rapid detection of rifampicin-resistant"))
    }

    // MARK: UTF-8 validation

    /// The scalar-by-scalar decoder `String(validatingUTF8Data:)` was before.
    static func referenceDecode(_ bytes: [UInt8]) -> String? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var scalars = String.UnicodeScalarView()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): scalars.append(scalar)
            case .emptyInput: return String(scalars)
            case .error: return nil
            }
        }
    }

    @Test func utf8IsValidatedAsTheScalarDecoderValidatedIt() {
        // Valid pieces, then the invalid ones: a lone continuation byte, an overlong NUL, a surrogate,
        // beyond U+10FFFF, a cut-off sequence, bytes never used in UTF-8.
        let valid = Self.pieces.map { Array($0.utf8) }
        let invalid: [[UInt8]] = [[0x80], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE6, 0x9E], [0xFF], [0xFE], [0xC3]]
        var random = SeededGenerator(seed: 1502)
        for round in 0..<5000 {
            var bytes: [UInt8] = []
            for _ in 0..<random.next(below: 10) {
                switch random.next(below: 10) {
                case 0: bytes += invalid[random.next(below: invalid.count)]
                case 1: bytes.append(UInt8(random.next(below: 256)))
                default: bytes += valid[random.next(below: valid.count)]
                }
            }
            let decoded = round.isMultiple(of: 2) ? String(validatingUTF8Data: bytes) : String(validatingUTF8Data: Data(bytes))
            let reference = Self.referenceDecode(bytes)
            #expect((decoded == nil) == (reference == nil), "\(bytes)")
            if let decoded, let reference { #expect(Self.same(decoded, reference), "\(bytes)") }
        }
    }

    // MARK: Numbers as written

    /// `Decimal(exactlyWritten:)` before: Character checks, Foundation's trimming and underscore removal.
    static func referenceDecimal(_ raw: String) -> Decimal? {
        let text = raw.trimmingCharacters(in: .whitespaces)
        var body = Substring(text)
        if body.first == "-" || body.first == "+" { body = body.dropFirst() }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard !body.isEmpty, parts.count <= 2, !parts[0].isEmpty || parts.count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }), parts.contains(where: { !$0.isEmpty }),
              let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) else { return nil }
        return value
    }

    @Test func numbersAreReadAsTheCharacterChecksReadThem() {
        #expect(Decimal(exactlyWritten: " -25.615\t") == Decimal(string: "-25.615"))
        #expect(Decimal(exactlyWritten: "+-5") == nil && Decimal(exactlyWritten: ".") == nil && Decimal(exactlyWritten: "1e3") == nil)
        var random = SeededGenerator(seed: 1503)
        let numeric = ["-", "+", ".", "0", "1", "5", "9", "12", " ", "\t", "\u{3000}", "\u{00A0}", "_", "e", "٣", "５", "\u{301}", "\n"]
        for _ in 0..<20000 {
            let text = (0..<random.next(below: 8)).map { _ in numeric[random.next(below: numeric.count)] }.joined()
            #expect(Decimal(exactlyWritten: text) == Self.referenceDecimal(text), "\(text.debugDescription)")
        }
    }

    @Test func underscoresAreRemovedAsFoundationRemovedThem() {
        var random = SeededGenerator(seed: 1504)
        for _ in 0..<5000 {
            let text = Self.randomText(&random)
            #expect(Self.same(text.withoutUnderscores, text.replacingOccurrences(of: "_", with: "")), "\(text.debugDescription)")
        }
    }

    // MARK: Trimming white space

    @Test func whitespaceIsWhatCharacterSetWhitespacesHolds() {
        // Every Unicode scalar, once.
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if String.isWhitespace(scalar) != CharacterSet.whitespaces.contains(scalar) {
                Issue.record("U+\(String(value, radix: 16, uppercase: true)) differs from CharacterSet.whitespaces")
            }
        }
    }

    @Test func trimmedWhitespacesGivesWhatFoundationGives() {
        var random = SeededGenerator(seed: 1505)
        for _ in 0..<5000 {
            let text = Self.randomText(&random)
            #expect(Self.same(text.trimmedWhitespaces, text.trimmingCharacters(in: .whitespaces)), "\(text.debugDescription)")
        }
    }

    // MARK: Name keys

    @Test func nameKeysAreWhatTheCharacterFiltersGive() {
        #expect("Study 0-1 of Markers".lettersAndDigitsLowercased == "study01ofmarkers")
        #expect("Kaohsiung J Med\tSci".withoutWhitespaceLowercased == "kaohsiungjmedsci")
        var random = SeededGenerator(seed: 1506)
        // ASCII texts take the byte path; the others the Character path, mixed here too.
        let ascii = (0..<128).map { String(UnicodeScalar(UInt8($0))) } + ["\r\n"]
        for round in 0..<8000 {
            let text = round.isMultiple(of: 2) ? Self.randomText(&random)
                : (0..<random.next(below: 16)).map { _ in ascii[random.next(below: ascii.count)] }.joined()
            #expect(Self.same(text.lettersAndDigitsLowercased, text.lowercased().filter { $0.isLetter || $0.isNumber }), "\(text.debugDescription)")
            #expect(Self.same(text.withoutWhitespaceLowercased, text.lowercased().filter { !$0.isWhitespace }), "\(text.debugDescription)")
        }
    }
}

extension LoadingFastPathsTests {
    /// The byte pre-check may send a clean text to the scalar scan, never skip one that has a
    /// forbidden character: `find` gives what the scan alone gives.
    @Test func forbiddenCharactersAreFoundAsTheScanFindsThem() {
        var random = SeededGenerator(seed: 1507)
        let extra = ["\u{0}", "\u{1B}", "\u{7F}", "\u{80}", "\u{9F}", "\u{A0}", "\u{FEFF}", "\u{FEFE}", "\u{FFFE}", "\u{BF}", "\u{2028}", "Â"]
        for _ in 0..<8000 {
            let text = (0..<random.next(below: 12)).map { _ in
                random.next(below: 3) == 0 ? extra[random.next(below: extra.count)] : Self.pieces[random.next(below: Self.pieces.count)]
            }.joined()
            #expect(ForbiddenCharacters.find(in: text) == ForbiddenCharacters.scan(text), "\(text.debugDescription)")
        }
    }
}

extension LoadingFastPathsTests {
    /// `Semester(parsing:)` before its byte path, kept as the statement of what a semester is.
    static func referenceSemester(_ raw: String) -> Semester? {
        let text = raw.trimmingCharacters(in: .whitespaces)
        let digits = text.filter { $0 != "-" && $0 != "." && $0 != "/" }
        guard digits.count >= 2, digits.count <= 4, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
              text.count - digits.count <= 1, let year = Int(digits.dropLast()), let term = Int(digits.suffix(1)) else { return nil }
        return Semester(academicYear: year, term: term)
    }

    @Test func semestersAreReadAsTheCharacterChecksReadThem() {
        #expect(Semester(parsing: " 113-1") == Semester(academicYear: 113, term: 1))
        #expect(Semester(parsing: "1132") == Semester(academicYear: 113, term: 2) && Semester(parsing: "113--1") == nil)
        var random = SeededGenerator(seed: 1509)
        let parts = ["1", "2", "3", "0", "9", "11", "113", "-", ".", "/", " ", "\t", "\r", "\n", "\r\n", "a", "+", "\u{301}", "٣", "５", "\u{3000}"]
        for _ in 0..<20000 {
            let text = (0..<random.next(below: 7)).map { _ in parts[random.next(below: parts.count)] }.joined()
            #expect(Semester(parsing: text) == Self.referenceSemester(text), "\(text.debugDescription)")
        }
    }
}
