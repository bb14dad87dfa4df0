import FolioCore
import FolioTestSupport
import Foundation
import Testing

/// The domain modules speak in codes: no display sentence in Chinese is built in FolioPlan or
/// FolioPromotion. The only Chinese their string literals may hold is input vocabulary, the
/// spellings Folio recognises in a school's files (column headers, 四技(日), 副教授), each on a line
/// marked `// input vocabulary` or in a file whose whole job is recognising input (listed below);
/// and a diagnostic for the file's author may quote the input's own words (`// quotes the input`).
@Suite struct DomainLanguageTests {
    /// Files that only recognise input: column headers and value spellings of the school-database tables.
    static let vocabularyFiles: Set<String> = [
        "FolioPlan/Tables/TableSchemas.swift",    // the school-database tables' column headers
        "FolioPlan/Tables/FieldKind.swift",       // the cell spellings each kind of column accepts
        "FolioPlan/Wording/PlanVocabulary.swift", // export words (碩士班, 外籍生) mapped to label terms
        "FolioPlan/Measures/CEFRLevels.swift",    // language-test level spellings
        "FolioPlan/Rules/ValueRanges.swift",      // the units that count people or things, for validation
    ]

    /// The string literals of a Swift source, with their line numbers; comments are skipped.
    static func stringLiterals(_ source: String) -> [(line: Int, text: String)] {
        var literals: [(Int, String)] = []
        let scalars = Array(source.unicodeScalars)
        var index = 0, line = 1
        func peek(_ offset: Int = 0) -> Unicode.Scalar? { index + offset < scalars.count ? scalars[index + offset] : nil }
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\n" { line += 1; index += 1; continue }
            if scalar == "/", peek(1) == "/" {
                while index < scalars.count, scalars[index] != "\n" { index += 1 }
                continue
            }
            if scalar == "/", peek(1) == "*" {
                index += 2
                while index < scalars.count, !(scalars[index] == "*" && peek(1) == "/") {
                    if scalars[index] == "\n" { line += 1 }
                    index += 1
                }
                index += 2
                continue
            }
            if scalar == "\"" {
                let multiline = peek(1) == "\"" && peek(2) == "\""
                let start = line
                index += multiline ? 3 : 1
                var text = String.UnicodeScalarView()
                while index < scalars.count {
                    let current = scalars[index]
                    if current == "\\" { text.append(current); if let next = peek(1) { text.append(next) }; index += 2; continue }
                    if multiline, current == "\"", peek(1) == "\"", peek(2) == "\"" { index += 3; break }
                    if !multiline, current == "\"" { index += 1; break }
                    if current == "\n" { line += 1 }
                    text.append(current)
                    index += 1
                }
                literals.append((start, String(text)))
                continue
            }
            index += 1
        }
        return literals
    }

    @Test func theDomainModulesBuildNoChineseSentences() throws {
        var offenders: [String] = []
        for module in ["FolioPlan", "FolioPromotion"] {
            let folder = Workspace.packageRoot.appendingPathComponent("Sources/\(module)")
            let files = (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".swift") }
            for file in files.sorted() where !Self.vocabularyFiles.contains("\(module)/\(file)") {
                let source = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                let lines = source.components(separatedBy: "\n")
                for literal in Self.stringLiterals(source) where literal.text.containsCJK {
                    let line = lines[literal.line - 1]
                    if line.contains("// input vocabulary") || line.contains("// quotes the input") { continue }
                    offenders.append("\(module)/\(file):\(literal.line): \"\(literal.text)\"")
                }
            }
        }
        #expect(offenders.isEmpty, "Chinese in the domain's string literals (word it through the label files, or mark input vocabulary):\n\(offenders.joined(separator: "\n"))")
    }

    @Test func theScannerSeesLiteralsAndSkipsComments() {
        let source = "// 註解 \"不算\"\nlet a = \"甲\" /* \"乙\" */\nlet b = \"\"\"\n丙\n\"\"\"\nlet c = \"x\\\"丁\""
        let found = Self.stringLiterals(source).filter { $0.text.containsCJK }.map(\.line)
        // "甲" on line 2, the multi-line "丙" opening on line 3, "x\"丁" on line 6; the comment's 不算 and 乙 are skipped.
        #expect(found == [2, 3, 6])
    }
}
