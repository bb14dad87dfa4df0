import FolioCore
import FolioPlan
import Foundation

/// Reads the CEFR conversion table (7-2): `content/cefr/conversions.yaml` when the content
/// folder has one, else the table Folio ships (`Resources/cefr/conversions.yaml`).
enum CEFRConversionLoader {
    static let contentFile = "cefr/conversions.yaml"

    static var builtInURL: URL? { Bundle.module.url(forResource: "conversions", withExtension: "yaml", subdirectory: "cefr") }

    static func load(_ files: ContentFiles, sink: DiagnosticSink) -> CEFRConversionTable {
        if case .failure(.missing) = files.text(contentFile) {} else {
            guard let text = files.read(contentFile, sink: sink, missing: "") else { return .empty }
            return parse(text, file: files.display(contentFile), sink: sink) ?? .empty
        }
        guard let url = builtInURL, let text = try? String(contentsOf: url, encoding: .utf8) else { return .empty }
        return parse(text, file: "cefr/conversions.yaml", sink: sink) ?? .empty
    }

    static func parse(_ text: String, file: String, sink: DiagnosticSink) -> CEFRConversionTable? {
        guard let root = YAMLValue.parse(text, file: file, sink: sink)?.mapping() else { return nil }
        let tests = (root.required("tests", "the language tests and their CEFR levels")?.list() ?? []).compactMap(test)
        root.rejectUnknownKeys()
        return CEFRConversionTable(file: file, tests: tests)
    }

    private static func test(_ value: YAMLValue) -> CEFRConversionTable.Test? {
        guard let map = value.mapping() else { return nil }
        let name = map.required("name", "how pages name the test, e.g. 多益測驗 (TOEIC)")?.nonEmptyString()
        let matches = map.required("matches", "words that identify the test in an export's 檢定名稱, e.g. [TOEIC, 多益]")?
            .list()?.compactMap { $0.nonEmptyString() } ?? []
        var levels: [String: String] = [:]
        for entry in map.optional("levels")?.mapping()?.entries ?? [] {
            if let level = cefr(entry.value) { levels[entry.key] = level }
        }
        var scores: [(level: String, minimum: Double)] = []
        for entry in map.optional("scores")?.mapping()?.entries ?? [] {
            guard let level = CEFRLevel.all.contains(entry.key) ? entry.key : nil else {
                value.sink.error(entry.keyLocation, "'\(entry.key)' is not a CEFR level; the scores are keyed by A1, A2, B1, B2, C1 or C2")
                continue
            }
            guard let minimum = entry.value.double("the lowest score of \(level)") else { continue }
            if let previous = scores.last, minimum <= previous.minimum
                || CEFRLevel.all.firstIndex(of: level)! <= CEFRLevel.all.firstIndex(of: previous.level)! {
                value.sink.error(entry.value.location, "\(level) \(FigureNumber.text(minimum)) does not rise above \(previous.level) \(FigureNumber.text(previous.minimum)); list the levels lowest first, each with a higher score")
                continue
            }
            scores.append((level, minimum))
        }
        map.rejectUnknownKeys()
        guard let name else { return nil }
        if levels.isEmpty && scores.isEmpty {
            value.sink.error(map.location, "the test '\(name)' has neither levels nor scores; give one of them")
            return nil
        }
        return CEFRConversionTable.Test(name: name, matches: matches, levels: levels, scores: scores)
    }

    private static func cefr(_ value: YAMLValue) -> String? {
        guard let text = value.nonEmptyString("a CEFR level") else { return nil }
        guard CEFRLevel.all.contains(text) else {
            value.sink.error(value.location, "'\(text)' is not a CEFR level; write A1, A2, B1, B2, C1 or C2")
            return nil
        }
        return text
    }
}

/// A score as the conversion table's messages show it: 550, 5.5.
enum FigureNumber {
    static func text(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
