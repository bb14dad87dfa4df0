import FolioCore
import FolioPromotion
import Foundation

/// A hand-worked dossier and the figures a test states for it. The list is shared: the worked-example
/// test checks the figures on the shipped rulebooks, and the rulebook mutation test re-scores every
/// example under a changed rulebook to see which numbers of the rulebook the figures depend on.
struct WorkedExample: Sendable {
    var name: String
    var dossier: Dossier
    /// Figure name (see `WorkedFigures`) → value, worked by hand in the example's comment.
    var expected: [String: String]
    /// Interpretation settings written into the rulebook text before loading (`key: value` lines).
    var settings: [String: String] = [:]
    /// Use the version in force on the application date, as `folio` does, rather than `version`.
    var byDate = false
    var version: Shipped.Version = .current

    /// The figures under the rulebook texts given (the shipped ones by default): the validation
    /// errors when the dossier does not validate, else every figure of the assessment.
    func figures(current: String = Shipped.text(.current), before: String = Shipped.text(.before),
                 cache: RulebookCache? = nil) -> [String: String] {
        // The cache holds the rulebooks of one pair of texts, by version and settings.
        let settingsKey = settings.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
        func load(_ version: Shipped.Version) -> Rulebook? {
            let key = "\(version.rawValue)|\(settingsKey)"
            if let cached = cache?.rulebooks[key] { return cached }
            let text = WorkedExample.apply(settings, to: version == .current ? current : before)
            // The shipped texts are loaded once for all.
            let rulebook = text == Shipped.text(version) ? Shipped.rulebook(version) : try? Shipped.load(text, file: version.fileName)
            cache?.rulebooks[key] = rulebook
            return rulebook
        }
        let rulebook: Rulebook?
        if byDate {
            let versions = Shipped.Version.allCases.compactMap(load)
            rulebook = versions.count == 2 ? RulebookShelf(versions).version(inForceOn: dossier.applicationDate) : nil
        } else {
            rulebook = load(version)
        }
        guard let rulebook else { return ["validation": "the rulebook does not load"] }
        let problems = dossier.validate(against: rulebook).filter { $0.severity == .error }
        guard problems.isEmpty else { return ["validation": problems.map(\.description).joined(separator: "\n")] }
        var figures = WorkedFigures.of(Assessment(dossier: dossier, rulebook: rulebook))
        figures.merge(WorkedFigures.votes(rulebook.committee)) { a, _ in a }
        figures["validation"] = "ok"
        return figures
    }

    /// The expected figures that differ: name → (expected, found).
    func differences(in figures: [String: String]) -> [String: (String, String)] {
        var result: [String: (String, String)] = [:]
        for (name, value) in expected.merging(["validation": "ok"], uniquingKeysWith: { a, _ in a }) where figures[name] != value {
            result[name] = (value, figures[name] ?? "(none)")
        }
        return result
    }

    /// Sets each `key: value` line of the text (an interpretation setting) to the value given.
    static func apply(_ settings: [String: String], to text: String) -> String {
        guard !settings.isEmpty else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            for (key, value) in settings where line.hasPrefix("  \(key): ") {
                let comment = line.range(of: "  #").map { String(line[$0.lowerBound...]) } ?? ""
                return "  \(key): \(value)\(comment)"
            }
            return String(line)
        }.joined(separator: "\n")
    }
}

/// Rulebooks loaded from one pair of texts (by version and settings), kept while one mutation is scored.
final class RulebookCache: @unchecked Sendable {
    var rulebooks: [String: Rulebook?] = [:]
}

/// The figures of an assessment by name, as text: what the committee reads on a dossier page.
enum WorkedFigures {
    /// The paper counts of an alternative's "have" ("主論文 4 篇，其中前40% 1 篇" → "4/1"), the group's label left out.
    static func counts(_ have: String) -> String {
        var text = have
        for label in ["前10%", "前20%", "前40%"] { text = text.replacingOccurrences(of: label, with: "") }
        return text.split { !$0.isNumber }.joined(separator: "/")
    }

    /// The committee's vote rule on fixed meetings: 9 present of 13 members, 6 or 5 agreeing.
    static func votes(_ committee: CommitteeRules) -> [String: String] {
        let rule = committee.vote
        return ["vote.6of9": rule.passes(agree: 6, present: 9, members: 13) ? "pass" : "fail",
                "vote.5of9": rule.passes(agree: 5, present: 9, members: 13) ? "pass" : "fail",
                "vote.needed9": "\(rule.needed(present: 9, members: 13))",
                "levels": committee.levels.map(\.id).joined(separator: ",")]
    }

    static func list(_ values: [Decimal]) -> String { values.map { "\($0)" }.joined(separator: ",") }

    static func of(_ a: Assessment) -> [String: String] {
        var f: [String: String] = ["rulebook": a.rulebookVersion, "category": a.category.rawValue]
        f["teaching"] = "\(a.teaching.total.value)"
        for indicator in a.teaching.indicators {
            f["teaching.\(indicator.kind.rawValue)"] = "\(indicator.weighted.value)"
            f["teaching.\(indicator.kind.rawValue).lines"] = list(indicator.lines.map(\.value))
        }
        f["service"] = "\(a.service.total.value)"
        f["service.lines"] = a.service.years.map { "\($0.academicYear): \(list($0.lines.map(\.value)))" }.joined(separator: "; ")
        f["research"] = "\(a.research.total.value)"
        f["research.papers"] = "\(a.research.papersTotal.value)"
        for paper in a.research.papers {
            f["paper.\(paper.paper.location.line)"] = "\(paper.points.value)"
            f["paper.\(paper.paper.location.line).rules"] = paper.points.ruleText
        }
        f["research.counted"] = "\(a.research.papers.filter(\.counted).count)"
        f["research.studentGrants"] = list(a.research.studentGrants.map(\.value))
        f["research.patents"] = list(a.research.patents.map(\.value))
        f["research.transfers"] = list(a.research.transfers.map(\.value))
        f["research.industry"] = list(a.research.industry.map(\.value))
        f["grants"] = "\(a.grants.count)"
        f["standIn"] = a.grants.standIn?.title ?? "-"
        for check in a.mainPapers { f["main.\(check.paper.location.line)"] = check.isMain ? "\(check.units)" : "no" }
        for requirement in a.requirements {
            f[requirement.id] = requirement.status.rawValue
            f["\(requirement.id).detail"] = requirement.detailText
            if case .externalReviewPanel = requirement.finding {
                // "external_review_panel passing=4 returned=5 reviewers=5 must_pass=4 pass_mark=78": the typed finding's counts.
                let keys = ["passing", "returned", "reviewers", "must_pass", "pass_mark"]
                let parameters = requirement.finding.parameters
                f["\(requirement.id).finding"] = ([requirement.finding.code] + keys.map { "\($0)=\(parameters[$0].map(Words.zhText) ?? "-")" })
                    .joined(separator: " ")
            }
            if !requirement.alternatives.isEmpty {
                // "R-P3 5 篇，其中 1 篇以上排名前40% [2/1] fail": the counts found (total/in the group), then the verdict.
                f["\(requirement.id).alternatives"] = requirement.alternatives.map {
                    "\($0.rule) \($0.descriptionText) [\(WorkedFigures.counts($0.haveText))] \($0.pass ? "pass" : "fail")\($0.available ? "" : " unavailable")"
                }.joined(separator: "\n")
            }
        }
        let w = a.windows
        f["windows.recent"] = w.recentSemesters.map(\.description).joined(separator: ",")
        f["windows.special"] = w.specialSemesters.map(\.description).joined(separator: ",")
        f["windows.service"] = w.serviceYears.map(String.init).joined(separator: ",")
        f["windows.hours"] = w.hourYears.map(String.init).joined(separator: ",")
        f["windows.main"] = w.mainPapers.description
        f["windows.reference"] = w.reference.description
        f["windows.grants"] = w.grants.description
        return f
    }
}
