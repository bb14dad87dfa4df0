import FolioCore
import Foundation

/// Everything a build reads, loaded and checked: the input of rendering.
struct LoadedSite {
    var plan: PlanContent
    var pages: [ContentPage]
    /// Every dossier of `content/dossiers/<round>/<applicant>/`, scored: committee tree only.
    var dossiers: [DossierEntry]
    /// In the primary language; `speaking(_:)` gives the others.
    var templates: TemplateSet
    var assets: [OutputFile]
    /// The languages written: the primary (`--language`) at each tree's root, the others in folders.
    var languages: SiteLanguages

    static func load(_ options: BuildOptions, sink: DiagnosticSink) -> LoadedSite? {
        let contentFolder = URL(fileURLWithPath: options.content)
        let templateSources = TemplateSources(folder: URL(fileURLWithPath: options.templates), displayRoot: options.templates)
        // The plan is read at the same time as the templates and the pages, each spreading its own
        // work over the cores: none needs another (issue 15). Each reports to a sink of its own,
        // merged below in the order they were reported in before.
        let planSink = DiagnosticSink(), templateSink = DiagnosticSink(), pageSink = DiagnosticSink()
        let (plan, (templates, assets, pages)) = Parallel.both({
            StageTimer.measure("load plan and tables") {
                ContentLoader.load(contentFolder: contentFolder, displayRoot: options.content, sink: planSink)
            }
        }, {
            (StageTimer.measure("load templates") { TemplateSet.load(sources: templateSources, language: options.language, sink: templateSink) },
             loadAssets(templateSources, sink: templateSink),
             StageTimer.measure("load pages") {
                 PageLoader.load(files: ContentFiles(root: contentFolder, displayRoot: options.content), sink: pageSink)
             })
        })
        sink.append(contentsOf: planSink.diagnostics)
        sink.append(contentsOf: pageSink.diagnostics)
        let dossiers = StageTimer.measure("load dossiers") {
            // A rulebook's English is required only when the site is written in English too.
            DossierContent.load(contentFolder: contentFolder, displayRoot: options.content, sink: sink,
                                requireEnglish: plan?.languages.contains(.en) ?? true)
        }
        if options.templatesRequired, templateSources.user.realRoot == nil {
            sink.error(.file(options.templates), "the templates folder \(options.templates) does not exist: pass an existing folder to --templates, or leave it out to use the bundled templates")
        }
        sink.append(contentsOf: templateSink.diagnostics)
        if let plan {
            StageTimer.measure("scan published texts") {
                PublicTextScan.warn(narratives: plan.narratives, pages: pages, dossiers: dossiers,
                                    files: ContentFiles(root: contentFolder, displayRoot: options.content), sink: sink)
            }
        }
        if let plan, !plan.languages.contains(options.language) {
            sink.error(plan.languagesLocation ?? .file(options.content), "the site's primary language is \(options.language.rawValue) (--language), but school.yaml's 'languages' leaves it out: add \(options.language.rawValue) to 'languages', or build without --language \(options.language.rawValue)")
        }
        guard !sink.hasErrors, let plan, let templates else { return nil }
        return LoadedSite(plan: plan, pages: pages, dossiers: dossiers, templates: templates, assets: assets,
                          languages: SiteLanguages(primary: options.language, written: plan.languages))
    }

    static let assetsFolder = "assets"

    /// Static files to copy into the trees: every file of templates/assets/ (the user's over the
    /// bundled ones, file by file), read from inside it (a link leading out of it is an error,
    /// and is never copied).
    static func loadAssets(_ sources: TemplateSources, sink: DiagnosticSink) -> [OutputFile] {
        sources.list(assetsFolder, extension: nil, recursive: true, sink: sink).compactMap { path in
            let files = sources.source(of: path)
            switch files.data(path, within: assetsFolder) {
            case .success(let data): return OutputFile(path: path, contents: data)
            case .failure(let problem):
                sink.error(.file(files.display(path)), files.explain(problem, path, what: "the asset"))
                return nil
            }
        }
    }

    /// The trees a build writes.
    static let audiences: [Audience] = [.public, .internal, .committee]

    /// Assets in a folder named after an audience (`assets/committee/…`) are copied into that tree
    /// only; every other asset into every tree.
    static func belongs(_ assetPath: String, to audience: Audience) -> Bool {
        let parts = assetPath.split(separator: "/")
        guard parts.count > 2, let owner = Audience(rawValue: String(parts[1])) else { return true }
        return owner == audience
    }

    /// The layout of a tree's pages in a language (the primary when not given).
    func layout(for audience: Audience, in language: SiteLanguage? = nil) -> PageLayout {
        PageLayout(content: plan, templates: templates.speaking(language ?? languages.primary), audience: audience,
                   hasPages: pages.contains { $0.audience == audience },
                   hasDossiers: audience == .committee && !dossiers.isEmpty, languages: languages)
    }

    /// Dossiers reach the committee tree and no other: not a page, a link or a count.
    func dossierPages(_ layout: PageLayout, pdfs: Set<String> = []) -> DossierPages {
        DossierPages(dossiers: layout.audience == .committee ? dossiers : [], templates: layout.templates, layout: layout, pdfs: pdfs)
    }

    /// Every page of every tree, in every language. Trees are separate folders; what each holds is
    /// decided by its audience. The primary language is at the tree's root, every other language
    /// in its folder (`public/en/…`), the same pages at the same paths inside it; the assets, the
    /// search index, robots.txt and the sitemap are the tree's, once.
    /// `printed` are the PDFs of `folio pdf` carried into this build (see `PrintedPDFs`): their pages link them.
    func specs(printed: PrintedPDFs = PrintedPDFs()) -> [PageSpec] {
        var specs: [PageSpec] = []
        for audience in Self.audiences {
            let visible = ContentPages.visible(pages, in: audience)
            for language in languages.written {
                specs += treeSpecs(audience, in: language, pages: visible, printed: printed)
            }
            let prefix = audience.folder + "/"
            specs += assets.filter { Self.belongs($0.path, to: audience) }.map { asset in
                PageSpec(path: prefix + asset.path, sources: [], render: { _ in asset.contents })
            }
        }
        return specs
    }

    /// The pages of one tree in one language, at their paths under the output folder.
    /// `pages` are the tree's content pages, newest first (`ContentPages.visible`).
    private func treeSpecs(_ audience: Audience, in language: SiteLanguage, pages: [ContentPage], printed: PrintedPDFs) -> [PageSpec] {
        let prefix = audience.folder + "/" + languages.prefix(language)
        let layout = layout(for: audience, in: language)
        let templates = layout.templates
        let pdfs = Set(printed.entries.keys.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) })
        var planPages = PlanPages(content: plan, templates: templates, layout: layout)
        if pdfs.contains(PlanPDF.path) { planPages.planPDFHref = PlanPDF.path }
        // Provenance pages name students and teachers: ProvenancePages renders them only for
        // an audience that may show source rows, and PlanPages links to them only there.
        var trees: [PageSpec] = planPages.specs() + ProvenancePages(pages: planPages).specs()
        trees += ContentPages(visible: pages, templates: templates, layout: layout).specs()
        trees += dossierPages(layout, pdfs: pdfs).specs()
        trees += DocsPages(docs: .bundled, templates: templates, layout: layout).specs()
        let pagePaths = trees.map(\.path).filter { $0.hasSuffix(".html") }
        trees += SiteFiles(layout: layout, templates: templates).specs(pagePaths: pagePaths)
        trees += OpenDataFiles(builder: OpenDataBuilder(content: plan, language: templates.language, labels: templates.labels),
                               indicatorNumbers: planPages.indicators.map(\.number)).specs()
        return trees.map { spec in
            var spec = spec
            spec.path = prefix + spec.path
            return spec
        }
    }
}
