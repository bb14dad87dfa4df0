import FolioCore
import FolioPromotion
import Foundation
import Testing
import Yams

/// Changes every numeric value and enumerated word of the shipped 2020 rulebook, one at a time, and
/// requires that the loader rejects the change or that a worked example's figure moves. (The rulebook
/// before 2020 is held to the 2020 one by `TranscriptionTests.theTwoVersionsDifferExactlyInTheUSRItems`.)
@Suite("Rulebook mutations")
struct RulebookMutationTests {
    /// One value of the rulebook text and the change made to it.
    struct Site: Sendable, CustomStringConvertible {
        var line: Int
        var column: Int
        var path: String
        var original: String
        var replacement: String
        var description: String { "\(path) \(original) → \(replacement)" }
    }

    enum Outcome: Sendable { case rejected, caught(String), unexercised }

    // MARK: Finding the values

    static let ranks = Rank.allCases.map(\.rawValue)
    static let categories = ResearchCategory.allCases.map(\.rawValue)
    static let kinds = ApplicationKind.allCases.map(\.rawValue)
    static let paperTypes = PaperType.allCases.map(\.rawValue)
    static let indexes = PaperIndex.allCases.map(\.rawValue)
    static let countries = ["ROC", "JP", "CA", "CN", "US", "EU", "KR"]
    static let groups = ["top10", "top20", "top40", "sci_ssci_ei", "master_thesis"]
    static let bandIDs = ["top10", "band10_20", "band20_40", "band40_60", "band60_80", "band80_100"]

    /// The closed set a word under `key` (at `path`) belongs to, or nil when the word is open (ids, names).
    static func wordSet(key: String, path fullPath: [String]) -> [String]? {
        let path = fullPath.map(bare)
        if path.first == "departments" { return categories }
        if path.first == "interpretations" {
            switch key {
            case "impact_factor_points": return Interpretations.ImpactRule.allCases.map(\.rawValue)
            case "counted_papers": return Interpretations.CountedPapers.allCases.map(\.rawValue)
            case "indicator_floor": return Interpretations.IndicatorFloor.allCases.map(\.rawValue)
            case "industry_up_to_default": return Interpretations.UpToDefault.allCases.map(\.rawValue)
            case "industry_stand_in": return Interpretations.StandIn.allCases.map(\.rawValue)
            case "external_review": return Interpretations.ReviewAggregate.allCases.map(\.rawValue)
            default: return nil
            }
        }
        switch key {
        case "of" where path.contains("vote"): return VoteRule.Base.allCases.map(\.rawValue)
        case "category": return categories
        case "track": return PaperConditionSet.Track.allCases.map(\.rawValue)
        case "rank": return ranks
        case "kind": return kinds
        case "measure": return ItemRule.Measure.allCases.map(\.rawValue)
        case "in": return groups
        case "band": return bandIDs
        case "degrees": return DegreeLevel.allCases.map(\.rawValue)
        case "main_paper_types": return paperTypes
        case "indexes", "ranked_indexes", "sci_ssci_ei_indexes": return indexes
        case "id" where path.contains("indicators"): return TeachingIndicator.allCases.map(\.rawValue)
        default: return path.contains("main_paper_indexes") ? indexes : nil
        }
    }

    /// The closed set the keys of the mapping under `path` belong to.
    static func keySet(path fullPath: [String]) -> [String]? {
        let path = fullPath.map(bare)
        guard let parent = path.last else { return nil }
        switch parent {
        case "external_review_pass", "teaching_minimum", "service_minimum", "required", "standard": return ranks
        case "research_thresholds", "main_paper_indexes": return categories
        case "type_multipliers": return paperTypes
        case "countries": return countries
        default:
            if path.count >= 2, path[path.count - 2] == "research_thresholds" { return kinds }
            if path.count >= 3, path[path.count - 3] == "research_thresholds" { return ranks }
            return nil
        }
    }

    /// Keys whose value is a maximum: it is lowered, since raising a maximum no valid record can exceed shows nothing.
    static let maxima: Set<String> = ["cap", "cap_per_period", "cap_per_year", "maximum_average", "max_papers", "max_counted_papers", "stand_in_maximum"]
    static let openKeys: Set<String> = ["version", "title", "title_en", "label", "label_en", "journals", "rule", "id"]

    /// A path component without its list index: "bands[3]" → "bands".
    static func bare(_ component: String) -> String {
        component.firstIndex(of: "[").map { String(component[..<$0]) } ?? component
    }

    static func next(_ word: String, in set: [String], avoiding siblings: [String]) -> String? {
        guard let start = set.firstIndex(of: word) else { return nil }
        let order = (1..<set.count).map { set[(start + $0) % set.count] }
        return order.first { !siblings.contains($0) } ?? order.first
    }

    static func numberChange(_ text: String, lower: Bool) -> String? {
        if text.contains("/") {
            guard let date = RocDate(parsing: text),
                  let next = Calendar(identifier: .gregorian).date(byAdding: .day, value: 1, to: DateComponents(
                      calendar: Calendar(identifier: .gregorian), timeZone: TimeZone(identifier: "UTC"),
                      year: date.gregorianYear, month: date.month, day: date.day).date!) else { return nil }
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "UTC")!
            let parts = calendar.dateComponents([.year, .month, .day], from: next)
            return RocDate(gregorianYear: parts.year!, month: parts.month!, day: parts.day!)?.rocString
        }
        guard let value = Decimal(exactly: text) else { return nil }
        let step: Decimal = text.contains(".") ? Decimal(string: "0.5")! : 1
        return "\(lower ? value - step : value + step)"
    }

    static func sites(in text: String) throws -> [Site] {
        guard let root = try Yams.compose(yaml: text) else { return [] }
        var sites: [Site] = []
        func add(_ node: Node, _ path: [String], _ replacement: String?) {
            guard let replacement, case .scalar(let scalar) = node, let mark = scalar.mark, replacement != scalar.string else { return }
            sites.append(Site(line: mark.line, column: mark.column, path: path.joined(separator: "."), original: scalar.string, replacement: replacement))
        }
        func walk(_ node: Node, _ path: [String], siblings: [String], siblingValues: [String: String]) {
            switch node {
            case .mapping(let mapping):
                let keys: [String] = Array(mapping.keys.compactMap(\.scalar?.string))
                var values: [String: String] = [:]
                for (key, value) in mapping { if let k = key.scalar?.string, let v = value.scalar?.string { values[k] = v } }
                for (key, value) in mapping {
                    guard let name = key.scalar?.string else { continue }
                    if let set = keySet(path: path) { add(key, path + [name + " (key)"], next(name, in: set, avoiding: keys)) }
                    walk(value, path + [name], siblings: [], siblingValues: values)
                }
            case .sequence(let sequence):
                // Items are named by their place, e.g. teaching.evaluation[0].bands[3].points, so that a name stays put
                // when lines are added elsewhere in the file.
                let words = sequence.compactMap(\.scalar?.string)
                for (index, item) in sequence.enumerated() {
                    walk(item, Array(path.dropLast()) + ["\(path.last ?? "")[\(index)]"], siblings: words, siblingValues: [:])
                }
            case .scalar(let scalar):
                guard scalar.style == .plain, let key = path.last.map(Self.bare), !openKeys.contains(key) || wordSet(key: key, path: path) != nil else { return }
                let word = scalar.string
                if word == "null" || word == "~" { return }
                if word == "true" || word == "false" { return add(node, path, word == "true" ? "false" : "true") }
                if let set = wordSet(key: key, path: path) { return add(node, path, next(word, in: set, avoiding: siblings)) }
                let lower = maxima.contains(key) || (key == "points" && siblingValues["measure"] == "up_to")
                add(node, path, numberChange(word, lower: lower))
            case .alias: return
            }
        }
        walk(root, [], siblings: [], siblingValues: [:])
        return sites
    }

    /// The text with the site's value replaced; nil when the text at the site is not the value.
    static func mutate(_ text: String, at site: Site) -> String? {
        var lines = text.components(separatedBy: "\n")
        guard site.line - 1 < lines.count else { return nil }
        var scalars = Array(lines[site.line - 1].unicodeScalars)
        let start = site.column - 1, original = Array(site.original.unicodeScalars)
        guard start + original.count <= scalars.count, Array(scalars[start..<(start + original.count)]) == original else { return nil }
        scalars.replaceSubrange(start..<(start + original.count), with: site.replacement.unicodeScalars)
        var line = String.UnicodeScalarView()
        line.append(contentsOf: scalars)
        lines[site.line - 1] = String(line)
        return lines.joined(separator: "\n")
    }

    static func outcome(of site: Site, examples: ExampleOrder) -> Outcome {
        guard let text = mutate(Shipped.text(.current), at: site) else { return .caught("(the site is not in the text)") }
        guard (try? Shipped.load(text, file: Shipped.Version.current.fileName)) != nil else { return .rejected }
        let cache = RulebookCache()
        for index in examples.order() {
            let example = examples.examples[index]
            let differences = example.differences(in: example.figures(current: text, cache: cache))
            if let (name, values) = differences.min(by: { $0.key < $1.key }) {
                examples.hit(index)
                return .caught("\(example.name): \(name) \(values.0) → \(values.1)")
            }
        }
        return .unexercised
    }

    /// CPU seconds used by the calling thread so far: the mutation work alone, whatever else the process runs.
    static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1_000_000_000
    }

    /// Values no valid dossier can show under the 2020 version, with the reason; the test fails on any other.
    static let unreachable: [String: String] = {
        let fivePoint = "the 5-point scale (AY ≤ 100) cannot fall in the last 6 semesters of an application made under the 2020 version (from 109/07/23)"
        return [
            "teaching.weight_bounds[1] 30 → 31": "no weight is near 30%, and raising the bound admits no weight the shipped one refuses",
            "teaching.evaluation[0].maximum_average 5 → 4": fivePoint,
            "teaching.evaluation[0].bands[0].points 5 → 6": fivePoint,
            "teaching.evaluation[0].bands[1].points 10 → 11": fivePoint,
            "teaching.evaluation[0].bands[2].points 15 → 16": fivePoint,
            "teaching.evaluation[0].bands[3].points 20 → 21": fivePoint,
            "teaching.evaluation[0].bands[3].at_least 4.50 → 5": fivePoint,
        ]
    }()

    @Test func everyValueIsRejectedOrMovesAWorkedFigure() throws {
        let started = Date()
        let examples = ProcessInfo.processInfo.environment["FOLIO_MUTATION_EXAMPLES"] == "tests" ? WorkedExamples.fromTests : WorkedExamples.all
        // Only examples whose figures hold on the shipped rulebooks can tell a change apart.
        let failing = examples.filter { !$0.differences(in: $0.figures()).isEmpty }.map(\.name)
        try #require(failing.isEmpty, "worked examples that do not hold: \(failing)")
        let sites = try Self.sites(in: Shipped.text(.current))
        #expect(sites.count > 300)
        let order = ExampleOrder(examples)
        let results = OutcomeBox(count: sites.count)
        DispatchQueue.concurrentPerform(iterations: sites.count) { index in
            let before = Self.threadCPUSeconds()
            let outcome = Self.outcome(of: sites[index], examples: order)
            results.set(index, outcome, cpu: Self.threadCPUSeconds() - before)
        }
        let outcomes = results.values
        var rejected = 0, caught = 0
        var unexercised: [Site] = []
        for (site, outcome) in zip(sites, outcomes) {
            switch outcome! {
            case .rejected: rejected += 1
            case .caught: caught += 1
            case .unexercised: unexercised.append(site)
            }
        }
        let seconds = Date().timeIntervalSince(started), cpu = results.cpu
        let report = "mutations: \(sites.count) values, \(rejected) rejected by validation, \(caught) caught by a figure of \(examples.count) worked examples, \(unexercised.count) unexercised (\(String(format: "%.1f", seconds)) s, \(String(format: "%.1f", cpu)) s of CPU)"
        print(report)
        for site in unexercised { print("  unexercised: line \(site.line): \(site)\(Self.unreachable[site.description].map { " (\($0))" } ?? "")") }
        let unexpected = unexercised.filter { Self.unreachable[$0.description] == nil }
        #expect(unexpected.isEmpty, "\(report)\n\(unexpected.map(\.description).joined(separator: "\n"))")
        // The mutations' own CPU time, so that other builds on a shared machine, or other tests in the process, do not make
        // the bound flaky; on two idle cores the wall time is about half of it.
        #expect(cpu < 60, "\(report)")
    }

    @Test func theScannerFindsTheValuesItChanges() throws {
        // Every site's text is found where the scanner says, and a few known values are among them.
        let text = Shipped.text(.current)
        let sites = try Self.sites(in: text)
        #expect(sites.allSatisfy { Self.mutate(text, at: $0) != nil })
        let described = Set(sites.map(\.description))
        #expect(described.contains("conditions.external_review_pass.professor 80 → 81"))
        #expect(described.contains("research.patents.countries.ROC (key) ROC → KR"))
        #expect(described.contains("interpretations.kjms_better_of_own_band true → false"))
        #expect(described.contains("teaching.growth.multiples[1].points 6.5 → 7"))
        #expect(described.contains("research.kjms.max_papers 1 → 0"))
        #expect(!sites.contains { $0.path.hasSuffix(".label") || $0.path == "version" })
        #expect(Set(sites.map(\.description)).count == sites.count, "every site has its own name")
    }
}

/// The outcomes of the mutations scored in parallel.
final class OutcomeBox: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [RulebookMutationTests.Outcome?]
    private var seconds: Double = 0
    init(count: Int) { storage = Array(repeating: nil, count: count) }
    func set(_ index: Int, _ outcome: RulebookMutationTests.Outcome, cpu: Double) {
        lock.lock()
        storage[index] = outcome
        seconds += cpu
        lock.unlock()
    }
    /// The CPU seconds the mutations took, summed over the threads.
    var cpu: Double { lock.lock(); defer { lock.unlock() }; return seconds }
    var values: [RulebookMutationTests.Outcome?] { lock.lock(); defer { lock.unlock() }; return storage }
}

/// The worked examples in the order to try them: the ones that caught most mutations so far first,
/// since a mutation is settled by the first example whose figure moves.
final class ExampleOrder: @unchecked Sendable {
    let examples: [WorkedExample]
    private let lock = NSLock()
    private var hits: [Int]
    init(_ examples: [WorkedExample]) {
        self.examples = examples
        hits = Array(repeating: 0, count: examples.count)
    }
    func order() -> [Int] {
        lock.lock()
        defer { lock.unlock() }
        return hits.indices.sorted { hits[$0] != hits[$1] ? hits[$0] > hits[$1] : $0 < $1 }
    }
    func hit(_ index: Int) {
        lock.lock()
        hits[index] += 1
        lock.unlock()
    }
}
