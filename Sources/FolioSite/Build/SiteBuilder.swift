import FolioCore
import FolioPlan
import Foundation

/// Where a build reads from and writes to. Paths are shown in diagnostics as given.
public struct BuildOptions: Sendable {
    public var content: String
    /// The user's templates folder, over the bundled templates; a missing folder means the
    /// bundled set alone, unless `templatesRequired` (the folder was named on the command line).
    public var templates: String
    public var templatesRequired: Bool
    public var output: String
    public var language: SiteLanguage
    /// Index the public tree for search with Pagefind, when it is installed (`folio build`, `folio pdf`).
    public var search: Bool

    public init(content: String = "content", templates: String = "templates", output: String = "site",
                language: SiteLanguage = .zhHant, templatesRequired: Bool = false, search: Bool = false) {
        self.search = search
        self.content = content
        self.templates = templates
        self.templatesRequired = templatesRequired
        self.output = output
        self.language = language
    }
}

/// What a successful build did.
public struct BuildReport: Sendable {
    public var warnings: [Diagnostic]
    /// Files written per tree, e.g. ["public": 17].
    public var fileCounts: [String: Int]
    public var pageCount: Int
    public var seconds: Double
    /// Whether the public tree was indexed for search.
    public var search: SearchIndexer.Outcome = .notRequested
    /// False when school.yaml gives no `plan.base_url`, so the public tree has no sitemap.xml.
    public var hasSitemap = true
}

/// The pipeline: load → validate → compute → render → write.
public enum SiteBuilder {
    /// Loads and checks everything without writing; throws `DiagnosticsError` on any error.
    public static func check(_ options: BuildOptions) throws -> [Diagnostic] {
        let sink = DiagnosticSink()
        _ = LoadedSite.load(options, sink: sink)
        try sink.throwIfErrors()
        return sink.diagnostics.sortedForReading()
    }

    /// Builds the site into `options.output`, atomically. On any error nothing is written.
    /// Builds into one output run one at a time: `whileWaiting` runs when another holds its lock.
    public static func build(_ options: BuildOptions, whileWaiting: () -> Void = {}) throws -> BuildReport {
        try buildKeepingSite(options, whileWaiting: whileWaiting).report
    }

    /// Builds as `build` does and hands back what was loaded, for work that follows a build (`folio pdf`).
    /// A caller that already holds the output's lock (to keep it through that work) passes it in.
    static func buildKeepingSite(_ options: BuildOptions, whileWaiting: () -> Void = {},
                                 holding held: OutputLock? = nil) throws -> (report: BuildReport, site: LoadedSite) {
        let output = URL(fileURLWithPath: options.output)
        let lock = try held ?? lockOutput(options, whileWaiting: whileWaiting)
        defer { if held == nil { lock.release() } }
        // Timed from the moment the lock is held: waiting for another build is not this build's time.
        let start = Date()
        let sink = DiagnosticSink()
        let site = StageTimer.measure("load") { LoadedSite.load(options, sink: sink) }
        try sink.throwIfErrors()
        guard let site else { throw DiagnosticsError([.error(.file(options.content), "the content could not be loaded")]) }
        let specs = site.specsCarryingPDFs(from: output)
        let staging: SiteWriter.Staging
        do {
            staging = try SiteWriter.Staging(target: output, paths: specs.map(\.path))
        } catch {
            throw DiagnosticsError([.error(.file(options.output), "cannot write the site: \(error); nothing was changed")])
        }
        // Each page is written into the spare folder as soon as it is rendered; the site is
        // swapped in only if every page rendered and was written.
        // A page's bytes are let go once written, so memory does not grow with the site. Of a public
        // page the search index is made from, its digest is kept, which is all the index's
        // fingerprint needs (Pagefind reads the written pages).
        let searchTree = Audience.public.folder + "/"
        let indexing = options.search && SearchIndexer.command() != nil
        var digests: [String: String] = [:]
        let digestsLock = NSLock()
        let files = StageTimer.measure("render and write") {
            render(specs, sink: sink) { file, pageSink in
                do { try staging.write(file) } catch {
                    pageSink.error(.file(options.output), "cannot write \(file.path): \(error); nothing was changed")
                }
                if indexing, file.path.hasPrefix(searchTree), SearchIndexer.isIndexed(file.path) {
                    let digest = SearchFingerprint.page(file.contents)
                    digestsLock.withLock { digests[String(file.path.dropFirst(searchTree.count))] = digest }
                }
                return false
            }
        }
        do {
            try sink.throwIfErrors()
        } catch {
            staging.abandon()
            throw error
        }
        // The index is made in the spare folder, so a failed indexing leaves the previous site.
        var search = SearchIndexer.Outcome.notRequested
        if options.search {
            do {
                search = try StageTimer.measure("search index") {
                    let pages = digests.map { (path: $0.key, digest: $0.value) }
                    return try SearchIndexer.index(publicFolder: staging.spare.appendingPathComponent(Audience.public.folder), pages: pages,
                                                   previousPublicFolder: output.appendingPathComponent(Audience.public.folder))
                }
            } catch {
                staging.abandon()
                throw DiagnosticsError([.error(.file(options.output), "\(error); nothing was changed (install Pagefind again, or set FOLIO_PAGEFIND=off to build without search)")])
            }
        }
        do {
            try staging.publish()
        } catch {
            staging.abandon()
            throw DiagnosticsError([.error(.file(options.output), "cannot write the site: \(error); nothing was changed")])
        }
        var report = BuildReport(files: files, warnings: sink.diagnostics, since: start)
        report.search = search
        report.hasSitemap = site.plan.baseURL != nil
        return (report, site)
    }

    /// Takes the output's lock (see `OutputLock`), as every build and preview rebuild does.
    static func lockOutput(_ options: BuildOptions, whileWaiting: () -> Void) throws -> OutputLock {
        do {
            return try OutputLock(for: URL(fileURLWithPath: options.output), whileWaiting: whileWaiting)
        } catch {
            throw DiagnosticsError([.error(.file(options.output), "\(error); nothing was changed")])
        }
    }

    /// Renders on every core; each page reports to its own sink, merged afterwards in page order.
    /// `then` runs on the rendering thread with each page rendered, and says whether its bytes are
    /// still needed: a page it lets go is returned with its path only.
    static func render(_ specs: [PageSpec], sink: DiagnosticSink,
                       then: (OutputFile, DiagnosticSink) -> Bool = { _, _ in true }) -> [OutputFile] {
        Parallel.map(specs, reportingTo: sink) { spec, pageSink -> OutputFile? in
            guard let contents = spec.render(pageSink) else { return nil }
            let file = OutputFile(path: spec.path, contents: contents)
            return then(file, pageSink) ? file : OutputFile(path: file.path, contents: Data())
        }.compactMap { $0 }
    }
}

extension BuildReport {
    init(files: [OutputFile], warnings: [Diagnostic], since start: Date) {
        var counts: [String: Int] = [:]
        for file in files { counts[String(file.path.prefix { $0 != "/" }), default: 0] += 1 }
        self.init(warnings: warnings.sortedForReading(), fileCounts: counts,
                  pageCount: files.filter { $0.path.hasSuffix(".html") }.count,
                  seconds: Date().timeIntervalSince(start))
    }
}
