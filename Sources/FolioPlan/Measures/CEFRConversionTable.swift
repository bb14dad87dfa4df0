/// How a language test's own levels and scores convert to CEFR levels (7-2), as data: Folio
/// ships a table (`Resources/cefr/conversions.yaml`) and a school may replace it with
/// `content/cefr/conversions.yaml` (`folio rules export content` writes it to edit). A 表4-8-3 row without a CEFR level is converted by its test
/// and its level or score, and the provenance page shows each conversion.
public struct CEFRConversionTable: Sendable, Equatable {
    public struct Test: Sendable, Equatable {
        /// How the table names the test, e.g. 多益測驗 (TOEIC).
        public var name: String
        /// Words that identify it inside an export's test name (TOEIC, 多益), compared without case.
        public var matches: [String]
        /// The test's own level → CEFR (N1 → C1, 中高級 → B2).
        public var levels: [String: String]
        /// The lowest score of each CEFR level, lowest level first (A2 225, B1 550, …).
        public var scores: [(level: String, minimum: Double)]

        public init(name: String, matches: [String], levels: [String: String] = [:], scores: [(level: String, minimum: Double)] = []) {
            self.name = name
            self.matches = matches
            self.levels = levels
            self.scores = scores
        }

        public static func == (a: Test, b: Test) -> Bool {
            a.name == b.name && a.matches == b.matches && a.levels == b.levels
                && a.scores.map(\.level) == b.scores.map(\.level) && a.scores.map(\.minimum) == b.scores.map(\.minimum)
        }
    }

    /// Where the table came from (`content/cefr/conversions.yaml`, or the bundled file).
    public var file: String
    public var tests: [Test]

    public init(file: String, tests: [Test]) {
        self.file = file
        self.tests = tests
    }

    public static let empty = CEFRConversionTable(file: "", tests: [])

    /// The test an export's test name is, if the table knows it.
    public func test(named exportName: String) -> Test? {
        let name = exportName.uppercased()
        return tests.first { $0.matches.contains { name.contains($0.uppercased()) } }
    }

    /// The CEFR level a result of a test converts to; nil when the table has no test or no
    /// level for it (a score below the lowest level has none).
    public func level(test exportName: String, result raw: String) -> (test: Test, level: String)? {
        guard let test = test(named: exportName) else { return nil }
        let result = CellText.trim(raw).uppercased()
        if let level = test.levels.first(where: { $0.key.uppercased() == result })?.value { return (test, level) }
        let digits = result.filter { $0 != "," }
        guard !test.scores.isEmpty, let score = Double(digits) else { return nil }
        guard let level = test.scores.last(where: { $0.minimum <= score })?.level else { return nil }
        return (test, level)
    }
}
