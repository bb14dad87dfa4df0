import FolioCore
import FolioPromotion
import FolioSite
import Foundation

/// The rulebooks Folio ships (`Sources/FolioSite/Resources/rulebooks/*.yaml`), read as text and
/// loaded through `RulebookLoader`, the loader `folio build` and `folio score` use. Tests change a
/// setting or a number in the text and load it again, so every figure they check comes from YAML.
enum Shipped {
    enum Version: String, CaseIterable, Sendable {
        case current = "kmu-health-2020-07-23"
        case before = "kmu-health-before-2020-07-23"

        var fileName: String { "rulebooks/\(rawValue).yaml" }
    }

    /// A change to a rulebook's text: `old` must occur exactly once.
    struct Edit: Sendable, Hashable, CustomStringConvertible {
        var old: String
        var new: String
        init(_ old: String, _ new: String) {
            self.old = old
            self.new = new
        }
        var description: String { "'\(old)' → '\(new)'" }

        /// An interpretation setting: `key: value` in the `interpretations:` block.
        static func setting(_ key: String, _ value: String) -> Edit {
            let line = Shipped.text(.current).split(separator: "\n").first { $0.hasPrefix("  \(key): ") }
            let current = line.map { String($0.dropFirst("  \(key): ".count).prefix { $0 != " " }) } ?? "?"
            return Edit("  \(key): \(current)", "  \(key): \(value)")
        }
    }

    struct LoadError: Error, CustomStringConvertible {
        var description: String
    }

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/FolioSite/Resources/rulebooks")

    static let texts: [Version: String] = Dictionary(uniqueKeysWithValues: Version.allCases.map { version in
        (version, try! String(contentsOf: folder.appendingPathComponent("\(version.rawValue).yaml"), encoding: .utf8))
    })

    static func text(_ version: Version) -> String { texts[version]! }

    /// The text with the edits applied; throws when an edit's text is not found exactly once.
    static func text(_ version: Version, edits: [Edit]) throws -> String {
        var text = text(version)
        for edit in edits {
            let count = text.components(separatedBy: edit.old).count - 1
            guard count == 1 else { throw LoadError(description: "\(edit) occurs \(count) times in \(version.fileName)") }
            text = text.replacingOccurrences(of: edit.old, with: edit.new)
        }
        return text
    }

    /// Loads a rulebook text; throws with every diagnostic when it does not load.
    static func load(_ text: String, file: String) throws -> Rulebook {
        let sink = DiagnosticSink()
        guard let rulebook = RulebookLoader.load(text, file: file, sink: sink) else {
            throw LoadError(description: sink.diagnostics.map(\.description).joined(separator: "\n"))
        }
        return rulebook
    }

    static let current = try! load(text(.current), file: Version.current.fileName)
    static let before = try! load(text(.before), file: Version.before.fileName)

    static func rulebook(_ version: Version) -> Rulebook { version == .current ? current : before }

    /// A shipped rulebook with its text edited (a setting changed), loaded again.
    static func rulebook(_ version: Version = .current, _ edits: Edit...) throws -> Rulebook {
        try load(text(version, edits: edits), file: version.fileName)
    }

    /// The edits that write `interpretations` into the `interpretations:` block of the text.
    static func edits(for interpretations: Interpretations) -> [Edit] {
        let words: [(String, String)] = [
            ("impact_factor_points", interpretations.impactRule.rawValue),
            ("counted_papers", interpretations.countedPapers.rawValue),
            ("thesis_multiplier", interpretations.thesisMultiplier.pointsText),
            ("indicator_floor", interpretations.indicatorFloor.rawValue),
            ("industry_up_to_default", interpretations.industryUpToDefault.rawValue),
            ("include_unfinished_period", String(interpretations.includeUnfinishedPeriod)),
            ("industry_stand_in", interpretations.standIn.rawValue),
            ("new_hire_rank_exempt_for_research", String(interpretations.newHireRankExemptForResearch)),
            ("kjms_better_of_own_band", String(interpretations.kjmsBetterOfOwnBand)),
            ("thesis_counts_as_sci_ssci_ei", String(interpretations.thesisCountsAsSciSsciEi)),
            ("external_review", interpretations.reviewAggregate.rawValue),
            ("excluded_semesters", interpretations.excludedSemesterWindow.rawValue),
            ("thesis_within_main_paper_window", String(interpretations.thesisWithinMainPaperWindow)),
        ]
        return words.map { Edit.setting($0.0, $0.1) }.filter { $0.old != $0.new }
    }
}
