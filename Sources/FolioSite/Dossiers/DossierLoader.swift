import FolioCore
import FolioPromotion
import Foundation

/// Loads an applicant's folder (`dossier.yaml`, `papers.csv`, `statement.md`) and picks the
/// rulebook in force on the application date. Every problem is reported at once.
public struct LoadedDossier: Sendable {
    public var dossier: Dossier
    public var rulebook: Rulebook
    public var warnings: [Diagnostic]
    /// 委員審核 (`review.yaml`), when the committee has recorded corrections.
    public var review: Review? = nil
    /// The text of each UTF-8 input file read (dossier.yaml, papers.csv, review.yaml) by its path as
    /// diagnostics name it, so pages can quote a record's line without reading the file again.
    public var texts: [String: String] = [:]

    /// The three views the committee compares: what the rules give the records as submitted, and,
    /// with a review, what they give the records as the committee corrected them.
    public var assessment: Assessment { Assessment(dossier: dossier, rulebook: rulebook) }
    public var verified: Assessment? {
        review.map { Assessment(dossier: dossier.applying($0).dossier, rulebook: rulebook) }
    }
}

public enum DossierLoader {
    /// `folder` as the user wrote it is used in diagnostics (`content/dossiers/115-1/lin/dossier.yaml:12:3`).
    public static func load(folder: String, shelf: RulebookShelf) throws -> LoadedDossier {
        let sink = DiagnosticSink()
        let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        let yamlPath = "\(base)/dossier.yaml"
        let csvPath = "\(base)/papers.csv"
        let statementPath = "\(base)/statement.md"
        // The folder's parent, named without a URL where the path names it (issue 15).
        let parts = base.split(separator: "/")
        let round = parts.count >= 2 ? String(parts[parts.count - 2]) : URL(fileURLWithPath: base).deletingLastPathComponent().lastPathComponent

        // Each file is read from inside the applicant's folder: a link may not lead out of it.
        let files = ContentFiles(root: URL(fileURLWithPath: base), displayRoot: base)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: base, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw DiagnosticsError([.error(.file(base), "no applicant folder here; give the folder that holds dossier.yaml and papers.csv")])
        }
        let yamlText: String
        switch files.text("dossier.yaml") {
        case .success(let text): yamlText = text
        case .failure(.missing):
            throw DiagnosticsError([.error(.file(yamlPath), "dossier.yaml is missing; create it (see the README, Dossiers)")])
        case .failure(let problem) where problem.isEncoding:
            throw DiagnosticsError([.error(files.location(of: problem, "dossier.yaml"), "dossier.yaml is not UTF-8 text; save it as UTF-8")])
        case .failure(let problem):
            throw DiagnosticsError([.error(.file(yamlPath), files.explain(problem, "dossier.yaml", what: "the dossier"))])
        }
        var texts = [yamlPath: yamlText]
        let allPlans = Set(shelf.versions.flatMap { $0.teaching.special.plans.map(\.id) })
        var dossier = DossierReader(sink: sink, knownPlans: allPlans).read(yamlText, file: yamlPath, round: round)

        var papers: [Paper] = []
        switch files.data("papers.csv") {
        case .success(let csvData):
            if case .success(let text) = ContentFiles.text(of: csvData) { texts[csvPath] = text }
            if let table = CSVTable.read(csvData, file: csvPath, sink: sink) {
                papers = PapersReader(sink: sink).read(table)
            }
        case .failure(.missing):
            sink.error(.file(csvPath), "papers.csv is missing; create it with the header row the README gives under papers.csv (it may have no paper rows)")
        case .failure(let problem):
            sink.error(.file(csvPath), files.explain(problem, "papers.csv", what: "the paper list"))
        }
        switch files.text("statement.md") {
        case .success(let statement):
            ForbiddenCharacters.report(statement, file: statementPath, sink: sink)
            dossier?.statement = statement
        case .failure(.missing):
            sink.warning(.file(statementPath), "statement.md is missing; add the applicant's statement in Markdown")
        case .failure(let problem) where problem.isEncoding:
            sink.error(files.location(of: problem, "statement.md"), "statement.md is not UTF-8 text; save it as UTF-8")
        case .failure(let problem):
            sink.error(.file(statementPath), files.explain(problem, "statement.md", what: "the statement"))
        }
        guard var dossier else {
            try sink.throwIfErrors()
            throw DiagnosticsError([.error(.file(yamlPath), "the dossier could not be read")])
        }
        dossier.papers = papers
        guard let rulebook = shelf.version(inForceOn: dossier.applicationDate) else {
            sink.error(dossier.location(of: "application_date"), "no rulebook is in force on \(dossier.applicationDate); add a rulebook version that covers it")
            try sink.throwIfErrors()
            throw DiagnosticsError(sink.diagnostics)
        }
        if !sink.hasErrors { sink.append(contentsOf: dossier.validate(against: rulebook)) }

        // 委員審核: optional; every correction must name a record of this dossier.
        var review: Review?
        let reviewPath = "\(base)/review.yaml"
        // Which records a correction names is checked only on a dossier that loaded cleanly: a broken papers.csv
        // would otherwise make every correction of a paper look like one naming no record.
        let recordsLoaded = !sink.hasErrors
        switch files.text("review.yaml") {
        case .success(let text):
            texts[reviewPath] = text
            ForbiddenCharacters.report(text, file: reviewPath, sink: sink)
            review = ReviewReader(sink: sink).read(text, file: reviewPath)
            if let review, recordsLoaded {
                let (verified, problems) = dossier.applying(review)
                sink.append(contentsOf: problems)
                if problems.isEmpty && !sink.hasErrors {
                    // A correction must leave a dossier the rules can score (e.g. a percentile where one is needed).
                    sink.append(contentsOf: verified.validate(against: rulebook).filter { $0.severity == .error }.map {
                        .error(review.location, "with the corrections of review.yaml applied: \($0.message)")
                    })
                }
            }
        case .failure(.missing): break
        case .failure(let problem) where problem.isEncoding:
            sink.error(files.location(of: problem, "review.yaml"), "review.yaml is not UTF-8 text; save it as UTF-8")
        case .failure(let problem):
            sink.error(.file(reviewPath), files.explain(problem, "review.yaml", what: "the committee's review"))
        }
        try sink.throwIfErrors()
        return LoadedDossier(dossier: dossier, rulebook: rulebook, warnings: sink.diagnostics.filter { $0.severity == .warning }, review: review, texts: texts)
    }
}
