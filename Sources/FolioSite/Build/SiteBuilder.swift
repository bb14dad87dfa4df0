import FolioCore
import FolioPlan
import Foundation

/// Where a build reads from and writes to. Paths are shown in diagnostics as given.
public struct BuildOptions: Sendable {
    public var content: String
    public var templates: String
    public var output: String
    public var language: SiteLanguage

    public init(content: String = "content", templates: String = "templates", output: String = "site",
                language: SiteLanguage = .zhHant) {
        self.content = content
        self.templates = templates
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
}

/// The pipeline: load → validate → compute → render → write.
public enum SiteBuilder {
    /// Loads and checks everything without writing; throws `DiagnosticsError` on any error.
    public static func check(_ options: BuildOptions) throws -> [Diagnostic] {
        let sink = DiagnosticSink()
        _ = ContentLoader.load(contentFolder: URL(fileURLWithPath: options.content), displayRoot: options.content, sink: sink)
        try sink.throwIfErrors()
        return sink.diagnostics.sortedForReading()
    }

    /// Builds the site into `options.output`, atomically. On any error nothing is written.
    public static func build(_ options: BuildOptions) throws -> BuildReport {
        let start = Date()
        let sink = DiagnosticSink()
        let files = render(options, sink: sink)
        try sink.throwIfErrors()
        let outputFiles = files.flatMap { tree, treeFiles in treeFiles.map { OutputFile(path: "\(tree)/\($0.path)", contents: $0.contents) } }
        do {
            try SiteWriter.replace(URL(fileURLWithPath: options.output), with: outputFiles)
        } catch {
            throw DiagnosticsError([.error(.file(options.output), "cannot write the site: \(error); nothing was changed")])
        }
        return BuildReport(warnings: sink.diagnostics.sortedForReading(),
                           fileCounts: files.mapValues(\.count),
                           pageCount: outputFiles.filter { $0.path.hasSuffix(".html") }.count,
                           seconds: Date().timeIntervalSince(start))
    }

    /// Every tree's files, by tree name; problems go to the sink.
    static func render(_ options: BuildOptions, sink: DiagnosticSink) -> [String: [OutputFile]] {
        let content = ContentLoader.load(contentFolder: URL(fileURLWithPath: options.content), displayRoot: options.content, sink: sink)
        let templates = TemplateSet.load(folder: URL(fileURLWithPath: options.templates), displayRoot: options.templates,
                                         language: options.language, sink: sink)
        guard !sink.hasErrors, let content, let templates else { return [:] }
        let assets = templates.assetPaths().compactMap { path -> OutputFile? in
            guard let data = FileManager.default.contents(atPath: templates.folder.appendingPathComponent(path).path) else {
                sink.error(.file("\(options.templates)/\(path)"), "cannot read this asset")
                return nil
            }
            return OutputFile(path: path, contents: data)
        }
        var trees: [String: [OutputFile]] = [:]
        // The public tree never gets provenance pages: ProvenancePages renders only for an
        // audience that may show source rows, and PlanPages links to them only there.
        for audience in [Audience.public, .internal] {
            let pages = PlanPages(content: content, templates: templates, audience: audience)
            trees[audience.folder] = pages.render(sink: sink) + ProvenancePages(pages: pages).render(sink: sink) + assets
        }
        return trees
    }
}
