import FolioCore
import FolioPromotion
import Foundation

/// One applicant's dossier, loaded and scored, as the committee tree shows it.
///
/// What was loaded and scored is held in one shared, immutable object (`Shared`): an entry is
/// copied into every page's closure, sorted and grouped into dockets. Only `meetings` is set later.
struct DossierEntry: Sendable {
    private struct Loaded: Sendable {
        let round: String
        let slug: String
        let assessment: Assessment
        let review: Review?
        let verified: Assessment?
        let rulebook: Rulebook
        let rulebookOrigin: RulebookOrigin
        let sourceLines: [String: [Substring]]
        /// Views made of this dossier alone, kept while it is unchanged.
        let views = ViewMemo()
    }

    private let shared: Shared<Loaded>
    private var loaded: Loaded { _read { yield shared.value } }

    /// Memoised views of this dossier: the preview reloads one dossier after an edit of its records,
    /// and every other dossier's docket row is the same as before, so it is not made again. The
    /// memo goes with the loaded dossier: a reload or a full build starts with none.
    typealias ViewMemo = LockedMemo<String, DocketRowView>

    /// This dossier's memo of views.
    var views: ViewMemo { loaded.views }
    /// The round's meetings (`content/dossiers/<round>/meetings.yaml`), shared by its dossiers; nil without the file.
    var meetings: RoundMeetings? = nil

    init(round: String, slug: String, assessment: Assessment, review: Review? = nil, verified: Assessment? = nil, rulebook: Rulebook,
         meetings: RoundMeetings? = nil, rulebookOrigin: RulebookOrigin, sourceLines: [String: [Substring]]) {
        shared = Shared(Loaded(round: round, slug: slug, assessment: assessment, review: review, verified: verified, rulebook: rulebook,
                               rulebookOrigin: rulebookOrigin, sourceLines: sourceLines))
        self.meetings = meetings
    }

    // The large values are yielded in place (`_read`), not returned: a getter would copy a whole
    // assessment or rulebook (kilobytes, dozens of retains) to read one field of it.

    /// The review round: the folder under `content/dossiers/` (`115-1`).
    var round: String { loaded.round }
    /// The applicant's folder name (`lin-yijun`): the dossier page's file name.
    var slug: String { loaded.slug }
    var assessment: Assessment { _read { yield loaded.assessment } }
    /// 委員審核: the corrections and the assessment of the records as corrected; nil without `review.yaml`.
    var review: Review? { _read { yield loaded.review } }
    var verified: Assessment? { _read { yield loaded.verified } }
    var rulebook: Rulebook { _read { yield loaded.rulebook } }
    /// The rulebook's file, and the bundled file it replaced.
    var rulebookOrigin: RulebookOrigin { loaded.rulebookOrigin }
    /// Lines of the dossier's input files by the path figures cite, so a page can show the record
    /// a figure came from. Slices of each file's text: a String per line cost 500 dossiers several
    /// megabytes (issue 15).
    var sourceLines: [String: [Substring]] { _read { yield loaded.sourceLines } }

    var dossier: Dossier { _read { yield loaded.assessment.dossier } }

    /// The entry with another statement: a statement is shown as written and changes no score.
    func replacingStatement(_ statement: String) -> DossierEntry {
        var assessment = assessment
        assessment.dossier.statement = statement
        return DossierEntry(round: round, slug: slug, assessment: assessment, review: review, verified: verified, rulebook: rulebook,
                            meetings: meetings, rulebookOrigin: rulebookOrigin, sourceLines: sourceLines)
    }
    /// 申請人自評 beside what the rules give.
    var claims: ClaimComparison { ClaimComparison(assessment: assessment, rulebook: rulebook) }
    /// Whether the assessment that decides passes: the verified one when the committee has reviewed
    /// the dossier. Read in place, without copying either assessment.
    var decidingPasses: Bool { loaded.verified?.passes ?? loaded.assessment.passes }

    /// The statement's path relative to the content folder: what the page shows of Markdown.
    var statementSource: String { "\(DossierContent.folder)/\(round)/\(slug)/statement.md" }

    /// The source key of the dossier's records (`dossier.yaml`, `papers.csv`, `review.yaml`): the
    /// pages that show what they give are re-rendered when one of them changes (`BuildSession`).
    var recordsSource: String { "\(DossierContent.folder)/\(round)/\(slug)/#records" }

    /// The record files an edit of which reloads this dossier alone, relative to the content folder.
    static let recordFiles: Set<String> = ["dossier.yaml", "papers.csv", "review.yaml"]

    /// The text of the input line a location points at, trimmed; nil when it is not known.
    func record(at location: SourceLocation) -> String? {
        guard let lines = sourceLines[location.file], location.line >= 1, location.line <= lines.count else { return nil }
        let text = String(lines[location.line - 1]).trimmedWhitespaces
        return text.isEmpty ? nil : text
    }
}

/// The dossiers of `content/dossiers/<round>/<applicant>/`, every one loaded with the dossier
/// loader's checks; every problem of every dossier is reported at once.
enum DossierContent {
    static let folder = "dossiers"

    static func load(contentFolder: URL, displayRoot: String, sink: DiagnosticSink, requireEnglish: Bool = true) -> [DossierEntry] {
        let files = ContentFiles(root: contentFolder, displayRoot: displayRoot)
        let rounds = subfolders(files, of: folder, sink: sink)
        guard !rounds.isEmpty else { return [] }
        let library: RulebookLibrary
        do {
            library = try RulebookLibrary.load(content: files, requireEnglish: requireEnglish)
        } catch let error as DiagnosticsError {
            sink.append(contentsOf: error.diagnostics)
            return []
        } catch {
            sink.error(.file("rulebooks"), "the bundled rulebooks cannot be read: \(error)")
            return []
        }
        let folders = rounds.flatMap { round in subfolders(files, of: "\(folder)/\(round)", sink: sink).map { (round, $0) } }
        let entries = Parallel.map(folders, reportingTo: sink) { folder, sink -> DossierEntry? in
            let (round, slug) = folder
            let display = files.display("\(self.folder)/\(round)/\(slug)")
            guard slug != "index" else {
                // The round's docket is dossiers/<round>/index.html.
                sink.error(.file(display), "an applicant folder may not be named 'index' (the docket's page); rename it, e.g. after the applicant")
                return nil
            }
            do {
                return try entry(round: round, slug: slug, display: display, library: library, sink: sink)
            } catch let error as DiagnosticsError {
                sink.append(contentsOf: error.diagnostics)
            } catch {
                sink.error(.file(display), "the dossier cannot be read: \(error)")
            }
            return nil
        }.compactMap { $0 }
        return withMeetings(entries, folders: folders, files: files, sink: sink)
    }

    /// One applicant's folder loaded and scored; its warnings go to `sink`, its errors are thrown.
    static func entry(round: String, slug: String, display: String, library: RulebookLibrary, sink: DiagnosticSink) throws -> DossierEntry {
        let loaded = try DossierLoader.load(folder: display, shelf: library.shelf)
        sink.append(contentsOf: loaded.warnings)
        return DossierEntry(round: round, slug: slug, assessment: loaded.assessment, review: loaded.review,
                            verified: loaded.verified, rulebook: loaded.rulebook,
                            rulebookOrigin: library.origin(of: loaded.rulebook), sourceLines: loaded.texts.mapValues(lines))
    }

    /// Each round's `meetings.yaml`, checked against its applicants and their rulebooks' vote rule.
    /// An applicant folder whose dossier has errors still counts as an applicant (its errors are reported on their own).
    private static func withMeetings(_ entries: [DossierEntry], folders: [(String, String)], files: ContentFiles, sink: DiagnosticSink) -> [DossierEntry] {
        var entries = entries
        for round in Set(folders.map(\.0)).sorted() {
            let relative = "\(folder)/\(round)/meetings.yaml"
            let display = files.display(relative)
            switch files.text(relative, within: "\(folder)/\(round)") {
            case .success(let text):
                ForbiddenCharacters.report(text, file: display, sink: sink)
                guard let meetings = MeetingsReader(sink: sink).read(text, file: display) else { continue }
                let ofRound = entries.filter { $0.round == round }
                let rules = Dictionary(ofRound.map { ($0.slug, $0.rulebook.committee) }, uniquingKeysWith: { a, _ in a })
                let applicants = Set(folders.filter { $0.0 == round }.map(\.1))
                sink.append(contentsOf: meetings.check(applicants: applicants) { rules[$0] })
                for index in entries.indices where entries[index].round == round { entries[index].meetings = meetings }
            case .failure(.missing): continue
            case .failure(let problem) where problem.isEncoding:
                sink.error(files.location(of: problem, relative), "meetings.yaml is not UTF-8 text; save it as UTF-8")
            case .failure(let problem):
                sink.error(.file(display), files.explain(problem, relative, what: "the round's meetings"))
            }
        }
        return entries
    }

    /// Visible subfolders, sorted; files and hidden entries are ignored. A round's or an
    /// applicant's folder name becomes part of a URL, so it may hold no '#', '?' or '%'.
    private static func subfolders(_ files: ContentFiles, of parent: String, sink: DiagnosticSink) -> [String] {
        files.subfolders(of: parent, sink: sink).filter { name in
            guard let reserved = name.first(where: { "#?%".contains($0) }) else { return true }
            sink.error(.file(files.display("\(parent)/\(name)")),
                       "the folder's name becomes part of a URL, where '\(reserved)' has a meaning of its own, so no link could reach its page: rename the folder without '#', '?' or '%'")
            return false
        }
    }

    /// A file's lines, as `TextLines` cuts them.
    private static func lines(_ text: String) -> [Substring] {
        TextLines.substrings(text)
    }
}
