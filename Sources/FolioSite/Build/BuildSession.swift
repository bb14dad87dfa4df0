import FolioCore
import Foundation

/// A build that stays in memory between edits, for the preview server.
///
/// After an edit to Markdown text (a narrative, a page, a statement) only the pages showing that
/// text are re-rendered; after an edit to a dossier's records (`dossier.yaml`, `papers.csv`,
/// `review.yaml`) that dossier alone is loaded and scored again, and only its pages, its round's
/// dockets and the committee's index are re-rendered. Any other change (plan YAML, tables,
/// templates, catalog, rulebooks, meetings, a file added or removed) re-renders everything. Either
/// way only files whose bytes changed are written, in place, into the output folder.
public final class BuildSession {
    public struct Report: Sendable {
        /// True when only the pages depending on the edited Markdown or dossier were re-rendered.
        public var incremental: Bool
        public var rendered: Int
        /// Output paths written or deleted.
        public var written: [String]
        public var warnings: [Diagnostic]
        public var seconds: Double
    }

    public let options: BuildOptions
    private var site: LoadedSite?
    private var outputs: [String: Data] = [:]
    /// The paths of the last full build's pages: an incremental rebuild must make the same set.
    private var specPaths: Set<String> = []
    /// The printed PDFs the last full build carried (see `PrintedPDFs`); rebuilt pages keep linking them.
    private var printed = PrintedPDFs()
    private let contentRoot: String
    /// The rulebooks a reloaded dossier is scored by, read at the first dossier edit after a full build.
    private var rulebooks: RulebookLibrary?
    private var output: URL { URL(fileURLWithPath: options.output) }
    private var contentFiles: ContentFiles {
        ContentFiles(root: URL(fileURLWithPath: options.content), displayRoot: options.content)
    }

    /// Runs when a rebuild must wait for another build of the same output (a `folio build`).
    private let whileWaiting: () -> Void

    public init(options: BuildOptions, whileWaiting: @escaping () -> Void = {}) {
        self.options = options
        self.whileWaiting = whileWaiting
        self.contentRoot = URL(fileURLWithPath: options.content).standardizedFileURL.path + "/"
    }

    /// Loads and renders everything. Throws `DiagnosticsError` and keeps the last good site on errors.
    @discardableResult
    public func buildAll() throws -> Report {
        let lock = try SiteBuilder.lockOutput(options, whileWaiting: whileWaiting)
        defer { lock.release() }
        return try buildAllLocked()
    }

    private func buildAllLocked() throws -> Report {
        let start = Date()
        let sink = DiagnosticSink()
        guard let loaded = LoadedSite.load(options, sink: sink) else {
            try sink.throwIfErrors()
            throw DiagnosticsError([.error(.file(options.content), "the content could not be loaded")])
        }
        let carried = loaded.carriedPDFs(from: output)
        let pages = loaded.specs(printed: carried.printed)
        let specs = pages
            + carried.files.map { file in PageSpec(path: file.path, sources: [], render: { _ in file.contents }) }
        let files = SiteBuilder.render(specs, sink: sink)
        try sink.throwIfErrors()
        let written: [String]
        if outputs.isEmpty {
            try SiteWriter.replace(output, with: files)
            written = files.map(\.path)
        } else {
            written = try SiteWriter.sync(files, into: output)
        }
        site = loaded
        rulebooks = nil
        printed = carried.printed
        specPaths = Set(pages.map(\.path))
        outputs = Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.contents) })
        return Report(incremental: false, rendered: specs.count, written: written,
                      warnings: sink.diagnostics.sortedForReading(), seconds: Date().timeIntervalSince(start))
    }

    /// Rebuilds after the files at these absolute paths changed.
    @discardableResult
    public func rebuild(changed paths: Set<String>) throws -> Report {
        let lock = try SiteBuilder.lockOutput(options, whileWaiting: whileWaiting)
        defer { lock.release() }
        // With printed PDFs in the site, an edit may make one stale, and its link (on its page, the
        // docket, the home) must go: a full build decides that for every PDF at once.
        guard let before = site, let edits = edits(paths), printed.entries.isEmpty else { return try buildAllLocked() }
        var updated = before
        let start = Date()
        let sink = DiagnosticSink()
        var changed = Set(edits.markdown.keys)
        for (relative, text) in edits.markdown {
            if updated.plan.narratives[relative] != nil {
                updated.plan.narratives[relative] = text
            } else if SchoolEnglish.isVariant(relative), updated.plan.english.narratives[SchoolEnglish.chinesePath(of: relative)] != nil {
                updated.plan.english.narratives[SchoolEnglish.chinesePath(of: relative)] = text
            } else if let index = updated.dossiers.firstIndex(where: { $0.statementSource == relative }) {
                // A statement is shown as it is; it changes no score.
                updated.dossiers[index] = updated.dossiers[index].replacingStatement(text)
            } else if let index = updated.pages.firstIndex(where: { $0.source == relative }) {
                let display = (options.content as NSString).appendingPathComponent(relative)
                guard var page = PageLoader.page(text, source: relative, display: display, sink: sink) else { continue }
                let before = updated.pages[index]
                page.english = before.english
                // A page that changes tree leaves one tree and joins another, navigation included: rebuild all.
                if before.audience != page.audience { return try buildAllLocked() }
                if (before.title, before.date, before.summary, before.audience) != (page.title, page.date, page.summary, page.audience) {
                    changed.insert(PageSpec.frontMatter(of: relative))
                }
                updated.pages[index] = page
            }
        }
        for index in edits.dossiers {
            let entry = updated.dossiers[index]
            var reloaded = try DossierContent.entry(round: entry.round, slug: entry.slug, display: contentFiles.display("\(DossierContent.folder)/\(entry.round)/\(entry.slug)"),
                                                    library: rulebookLibrary(for: updated), sink: sink)
            // A new name is for the confidentiality scan of published texts, and a new rulebook for
            // the round's meeting checks, to judge: a full build does.
            guard reloaded.dossier.applicant == entry.dossier.applicant, reloaded.rulebook.version == entry.rulebook.version else {
                return try buildAllLocked()
            }
            reloaded.meetings = entry.meetings
            updated.dossiers[index] = reloaded
            changed.insert(entry.recordsSource)
        }
        try sink.throwIfErrors()
        let allSpecs = updated.specs(printed: printed)
        // An edit that adds or removes a page (a dossier moving to another committee level) needs the whole site.
        if !edits.dossiers.isEmpty, Set(allSpecs.map(\.path)) != specPaths { return try buildAllLocked() }
        let specs = allSpecs.filter { !$0.sources.isDisjoint(with: changed) }
        var written: [String] = []
        for file in SiteBuilder.render(specs, sink: sink) where outputs[file.path] != file.contents {
            try SiteWriter.writeFile(file.contents, relative: file.path, in: output)
            outputs[file.path] = file.contents
            written.append(file.path)
        }
        try sink.throwIfErrors()
        site = updated
        return Report(incremental: true, rendered: specs.count, written: written.sorted(),
                      warnings: sink.diagnostics.sortedForReading(), seconds: Date().timeIntervalSince(start))
    }

    /// What changed, when every changed file is Markdown the site already shows or the records of
    /// a dossier it shows; nil when any change needs a full rebuild.
    private struct Edits {
        /// The new text of each edited Markdown file, by its content-relative path.
        var markdown: [String: String] = [:]
        /// The dossiers (indexes into the site's) whose records changed.
        var dossiers: [Int] = []
    }

    private func edits(_ paths: Set<String>) -> Edits? {
        guard let site else { return nil }
        var edits = Edits()
        for path in paths {
            let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
            guard absolute.hasPrefix(contentRoot) else { return nil }
            let relative = String(absolute.dropFirst(contentRoot.count))
            if absolute.hasSuffix(".md") {
                // An English narrative the site shows (`1-3.en.md`); a new one needs a full build.
                let english = SchoolEnglish.isVariant(relative) && site.plan.english.narratives[SchoolEnglish.chinesePath(of: relative)] != nil
                let known = site.plan.narratives[relative] != nil || english || site.pages.contains { $0.source == relative }
                    || site.dossiers.contains { $0.statementSource == relative }
                guard known, let text = contentFiles.read(relative, sink: nil, missing: "") else { return nil }
                edits.markdown[relative] = text
                continue
            }
            // dossiers/<round>/<applicant>/dossier.yaml (or papers.csv, review.yaml) of a dossier the site
            // shows, still there and still a folder the full load would read (the listing refuses one
            // swapped for a link): a file or folder removed or linked is for a full build to judge.
            let parts = relative.split(separator: "/").map(String.init)
            guard parts.count == 4, parts[0] == DossierContent.folder, DossierEntry.recordFiles.contains(parts[3]),
                  FileManager.default.fileExists(atPath: absolute),
                  let index = site.dossiers.firstIndex(where: { $0.round == parts[1] && $0.slug == parts[2] }),
                  contentFiles.subfolders(of: "\(parts[0])/\(parts[1])", sink: DiagnosticSink()).contains(parts[2]) else { return nil }
            if !edits.dossiers.contains(index) { edits.dossiers.append(index) }
        }
        return edits.markdown.isEmpty && edits.dossiers.isEmpty ? nil : edits
    }

    private func rulebookLibrary(for site: LoadedSite) throws -> RulebookLibrary {
        if let rulebooks { return rulebooks }
        let library = try RulebookLibrary.load(content: contentFiles, requireEnglish: site.plan.languages.contains(.en))
        rulebooks = library
        return library
    }
}
