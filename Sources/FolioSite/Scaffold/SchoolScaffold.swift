import FolioCore
import FolioPlan
import Foundation

/// The files of a new school's workspace, in memory: `folio new` writes them only once all are made.
///
/// Every indicator the school reports on (P4: a private school has no indicator 12) gets a file
/// with every one of its catalog measures; each baseline, target and narrative still to be written
/// is 待填, so the workspace builds at once and `folio check` lists what is left.
public struct SchoolScaffold: Sendable {
    public struct Settings: Sendable {
        public var name: String
        public var ownership: Ownership
        public var years: [Int]
        public var catalogID: String
        /// The school's English name (`name_en`), for the English pages.
        public var nameEn: String?

        public init(name: String, ownership: Ownership, years: [Int], catalogID: String = SchoolScaffold.defaultCatalog) {
            self.name = name
            self.ownership = ownership
            self.years = years
            self.catalogID = catalogID
        }

        /// For callers without FolioPlan (the command line): `private` true for a private school.
        public init(name: String, isPrivate: Bool, years: [Int]) {
            self.init(name: name, ownership: isPrivate ? .private : .national, years: years)
        }

        public var baselineYear: Int { (years.first ?? 1) - 1 }
    }

    public static let defaultCatalog = "moe-tvc-phase2"
    public static let contentFolder = "content"
    /// The sample applicant's folder, inside the sample round.
    public static let sampleApplicant = "sample-applicant"

    public var settings: Settings
    public var catalog: Catalog

    public init(settings: Settings, catalog: Catalog) {
        self.settings = settings
        self.catalog = catalog
    }

    /// How many indicators the school reports on (P4: 14 for a private school, 15 for a national one).
    public var indicatorCount: Int { PlanRules.applicableIndicators(catalog, settings.ownership).count }

    /// The sample review round: the first plan year's first semester, e.g. 114-1.
    public var sampleRound: String { "\(settings.years.first ?? 0)-1" }

    /// Path (relative to the workspace) → contents. Folders end in "/" and have no contents.
    public func files() -> [(path: String, contents: String?)] {
        let content = Self.contentFolder
        var files: [(String, String?)] = [
            ("README.md", ScaffoldReadme.text(self)),
            (".gitignore", "site/\n.site.lock\n"),
            ("\(content)/school.yaml", schoolYAML),
            ("\(content)/tables.yaml", tablesYAML),
            ("\(content)/tables/", nil),
        ]
        for indicator in PlanRules.applicableIndicators(catalog, settings.ownership) {
            files.append(("\(content)/indicators/\(Self.twoDigits(indicator.number)).yaml", indicatorYAML(indicator)))
            for measure in indicator.measures where measure.kind == .qualitative {
                files.append(("\(content)/narratives/\(measure.id).md", "\(Placeholder.text)\n"))
            }
        }
        let applicant = "\(content)/dossiers/\(sampleRound)/\(Self.sampleApplicant)"
        files.append(("\(applicant)/dossier.yaml", SampleDossier.dossierYAML(round: sampleRound, year: settings.years.first ?? 0)))
        files.append(("\(applicant)/papers.csv", SampleDossier.papersCSV))
        files.append(("\(applicant)/statement.md", SampleDossier.statement))
        return files
    }

    var schoolYAML: String {
        """
        # 學校與計畫基本資料（folio new 產生）。The school and its plan.
        school:
          name: \(Self.quoted(settings.name))
          \(settings.nameEn.map { "name_en: \(Self.quoted($0))" } ?? "# name_en: 英文校名（英文版網頁用）")
          ownership: \(settings.ownership.rawValue)          # national（國立）或 private（私立）
        plan:
          catalog: \(catalog.id)
          title: 高等教育深耕計畫（\(catalog.phase)）計畫書
          # base_url: https://www.example.edu.tw/sprout/   # site/public/ 對外公開之網址（產生 sitemap.xml）
          baseline_year: \(settings.baselineYear)          # 基準值所屬學年度
          years: [\(settings.years.map(String.init).joined(separator: ", "))]
          # data_as_of: 115/09/30          # 資料截止日：顯示於每一頁及計畫書 PDF（folio pdf --plan）封面
          title_en: Higher Education Sprout Project — plan          # 英文版網頁之計畫名稱
        # 網站語言：中文版在各樹之根，英文版在 en/；只要中文版請寫 [zh-Hant]。
        # The site's languages: zh-Hant at each tree's root, English under en/; [zh-Hant] turns English off.
        languages: [zh-Hant, en]
        # 各單位之英文名稱（英文版網頁用），例如：
        # responsible_units_en:
        #   教務處: Office of Academic Affairs

        """
    }

    var tablesYAML: String {
        """
        # 校務資料庫表冊匯出檔：執行 folio import 下載檔.zip，或把匯出檔放進 tables/ 並在此逐一登記（見 docs/content-format.md，Tables）。
        # School-database exports: `folio import <download.zip>` copies them into tables/ and lists them here; or list each by hand, e.g.
        #   - {file: tables/4-8-1_114-1.csv, table: 4-8-1, period: 114-1}
        tables: []

        """
    }

    func indicatorYAML(_ indicator: Indicator) -> String {
        let years = settings.years
        var lines = [
            "# 指標\(indicator.number)　\(indicator.name)",
            "# 把每個「\(Placeholder.text)」換成數值（百分比不加 %）；質化指標請改寫 narratives/ 下的敘述檔。",
            "indicator: \(indicator.number)",
            "# sdgs: [4]                # 本指標對應之聯合國永續發展目標（選填）",
            "measures:",
        ]
        for measure in indicator.measures {
            switch measure.kind {
            case .quantitative:
                let unit = measure.unit.map { "，單位：\($0)" } ?? ""
                let direction = measure.direction == .lower ? "，越低越好" : ""
                lines.append("  # \(measure.id) \(measure.name)\(unit)\(direction)")
                lines.append("  \(measure.id):")
                lines.append("    # responsible_unit: 主責單位")
                lines.append("    baseline: \(Placeholder.text)          # \(settings.baselineYear) 學年度（基準年）之值")
                lines.append("    targets: {\(years.map { "\($0): \(Placeholder.text)" }.joined(separator: ", "))}")
            case .qualitative:
                lines.append("  # \(measure.id) \(measure.name)（質化：撰寫敘述）")
                lines.append("  \(measure.id):")
                lines.append("    # responsible_unit: 主責單位")
                lines.append("    narrative: narratives/\(measure.id).md          # 英文版：narratives/\(measure.id).en.md（選填）")
            }
        }
        if indicator.customMeasuresAllowed {
            lines.append("# 自訂衡量方式（最多 3 項，見 docs/content-format.md）：")
            lines.append("# custom_measures:")
            lines.append("#   - id: \(indicator.number)-C1")
            lines.append("#     name: 名稱")
            lines.append("#     name_en: Name in English")
            lines.append("#     unit: 人")
            lines.append("#     direction: higher")
            lines.append("#     baseline: \(Placeholder.text)")
            lines.append("#     targets: {\(years.map { "\($0): \(Placeholder.text)" }.joined(separator: ", "))}")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// A YAML double-quoted scalar.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}

extension SchoolScaffold {
    /// The scaffold for these settings over the bundled catalog; refuses years outside its phase.
    public static func make(_ settings: Settings) throws -> SchoolScaffold {
        let sink = DiagnosticSink()
        guard let catalog = CatalogLoader.loadBuiltIn(id: settings.catalogID, sink: sink, referencedAt: .file("--catalog")) else {
            throw DiagnosticsError(sink.diagnostics)
        }
        let phase = catalog.firstYear...catalog.lastYear
        guard !settings.years.isEmpty, settings.years.allSatisfy(phase.contains) else {
            throw ScaffoldWriter.Refusal(description: "the plan years must lie within the catalog's phase (\(catalog.phase), \(catalog.firstYear)–\(catalog.lastYear)): give e.g. --years \(max(catalog.firstYear, catalog.lastYear - 2))-\(catalog.lastYear)")
        }
        return SchoolScaffold(settings: settings, catalog: catalog)
    }

    /// `114-116` → [114, 115, 116]; `115` → [115]. Nil when not a range of ROC years.
    public static func years(_ text: String) -> [Int]? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map { Int($0.trimmingCharacters(in: .whitespaces)) }
        switch parts.count {
        case 1: return parts[0].map { [$0] }
        case 2:
            guard let first = parts[0], let last = parts[1], first <= last, first > 0, last - first < 20 else { return nil }
            return Array(first...last)
        default: return nil
        }
    }
}
