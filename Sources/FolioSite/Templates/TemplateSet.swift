import FolioCore
import Foundation
import Mustache

/// The user's `templates/` folder: Mustache templates, label translations and static assets.
public struct TemplateSet: Sendable {
    public let folder: URL
    /// The templates as parsed, `{{labels.…}}` still to be looked up.
    let parsed: MustacheLibrary
    /// The templates with each language's labels written in (`withLabels`), one library per language.
    private let librariesByLanguage: [SiteLanguage: MustacheLibrary]
    /// The templates the pages of this language are rendered with.
    public var library: MustacheLibrary { librariesByLanguage[language] ?? parsed }
    /// UI labels of the chosen language (templates/labels/<language>.yaml).
    public private(set) var labels: [String: String]
    public private(set) var language: SiteLanguage
    /// Every language's labels, for pages rendered in another language (`speaking`) and the
    /// language switch, which names each language in its own words.
    let labelsByLanguage: [SiteLanguage: [String: String]]
    /// Each language's figure sentences, worded once per build (`FigureSentences`).
    private let figureSentencesByLanguage: [SiteLanguage: FigureSentences]
    var figureSentences: FigureSentences? { figureSentencesByLanguage[language] }

    /// The templates Folio's pages render by name; each must exist.
    static let required = ["layout", "partials/nav", "home", "indicator", "pages", "page", "provenance",
                           "dossiers", "docket", "dossier", "packet", "docs", "plan-document", "minutes", "not-found", "search"]

    /// Loads every `*.mustache` under the folder; a syntax error is reported with its file, line and column.
    /// So are, before anything is rendered, a missing template or partial and a partial that
    /// includes itself (which would crash rendering): `folio check` loads exactly this.
    public static func load(folder: URL, displayRoot: String, language: SiteLanguage, sink: DiagnosticSink) -> TemplateSet? {
        load(sources: TemplateSources(folder: folder, displayRoot: displayRoot), language: language, sink: sink)
    }

    static func load(sources files: TemplateSources, language: SiteLanguage, sink: DiagnosticSink) -> TemplateSet? {
        var library = MustacheLibrary()
        let names = files.list("", extension: "mustache", recursive: true, skipping: ["assets"], sink: sink)
        if names.isEmpty {
            sink.error(.file(files.user.displayRoot), "no Mustache templates found in \(files.user.displayRoot), and Folio's bundled templates are missing: reinstall Folio (scripts/install)")
            return nil
        }
        var texts: [String: (text: String, file: String)] = [:]
        for name in names {
            guard let text = files.read(name, sink: sink, missing: "cannot read the template") else { continue }
            let templateName = String(name.dropLast(".mustache".count))
            do {
                library.register(try MustacheTemplate(string: text), named: templateName)
                texts[templateName] = (text, files.display(name))
            } catch let error as MustacheTemplate.ParserError {
                sink.error(SourceLocation(file: files.display(name), line: error.context.lineNumber, column: error.context.columnNumber),
                           "template syntax error: \(error.error); check the tag on this line")
            } catch {
                sink.error(.file(files.display(name)), "template syntax error: \(error)")
            }
        }
        for name in required where !names.contains("\(name).mustache") {
            sink.error(.file(files.display("\(name).mustache")),
                       "the template '\(name).mustache' is missing: export the defaults with 'folio templates export DIR' and copy it from there")
        }
        // A template that failed to parse is reported above; what it includes is not known.
        if texts.count == names.count { PartialGraph(templates: texts).problems(into: sink) }
        var labelsByLanguage: [SiteLanguage: [String: String]] = [:]
        for each in SiteLanguage.allCases {
            labelsByLanguage[each] = loadLabels(files: files, path: "labels/\(each.rawValue).yaml", sink: sink)
        }
        guard !sink.hasErrors, let labels = labelsByLanguage[language] else { return nil }
        return TemplateSet(folder: files.user.root, parsed: library,
                           librariesByLanguage: labelsByLanguage.mapValues { withLabels($0, in: library) },
                           labels: labels, language: language, labelsByLanguage: labelsByLanguage,
                           figureSentencesByLanguage: labelsByLanguage.mapValues { _ in FigureSentences() })
    }

    /// The templates with `{{labels.key}}` written in as the label's text, escaped as rendering would
    /// escape it: a third of a dossier page's lookups were labels, each walking the context stack
    /// to the same value (issue 15). Exact because every view answers `labels` with its page's
    /// labels (`TemplateBox`). A key with a dot, or one the labels lack, is left to rendering.
    static func withLabels(_ labels: [String: String], in library: MustacheLibrary) -> MustacheLibrary {
        library.resolvingConstants { name in
            guard name.hasPrefix("labels.") else { return nil }
            let key = name.dropFirst("labels.".count)
            guard !key.isEmpty, !key.contains(".") else { return nil }
            return labels[String(key)]
        }
    }

    /// The same templates with another language's labels, for that language's pages.
    func speaking(_ other: SiteLanguage) -> TemplateSet {
        var set = self
        set.language = other
        set.labels = labelsByLanguage[other] ?? labels
        return set
    }

    /// The labels of a language as `folio build` finds them by default (a `templates/` folder in
    /// the working folder over the bundled ones), for output written without a site (`folio score`).
    static func labels(_ language: SiteLanguage) -> [String: String] {
        let sources = TemplateSources(folder: URL(fileURLWithPath: "templates"), displayRoot: "templates")
        return loadLabels(files: sources, path: "labels/\(language.rawValue).yaml", sink: DiagnosticSink()) ?? [:]
    }

    static func loadLabels(files: TemplateSources, path: String, sink: DiagnosticSink) -> [String: String]? {
        guard let text = files.read(path, sink: sink, missing: "the labels file for this language is missing: add \(path) with the page labels (copy labels/zh-Hant.yaml and translate it)"),
              let map = YAMLValue.parse(text, file: files.display(path), sink: sink)?.mapping() else { return nil }
        var labels: [String: String] = [:]
        for entry in map.entries {
            if let text = entry.value.string("a label text") { labels[entry.key] = text }
        }
        return labels
    }

    /// Renders a named template; a template the pages need but the folder lacks is a reported error.
    func render(_ view: some TemplateView, template name: String, sink: DiagnosticSink) -> String? {
        // The box itself, not `templateBoxed`'s optional: an `Optional<Any>` at the bottom of the
        // context stack sent every lookup that reached it through the engine's slow protocol casts.
        guard let output = library.render(TemplateBox(view, render: TemplateRender(labels: labels)), withTemplate: name) else {
            sink.error(.file((folder.path as NSString).appendingPathComponent("\(name).mustache")),
                       "the template '\(name).mustache' is missing: restore it from the Folio repository")
            return nil
        }
        return output
    }
}

/// The language pages are written in: Traditional Chinese first, English available.
public enum SiteLanguage: String, Sendable, CaseIterable {
    case zhHant = "zh-Hant"
    case en

    /// Picks the name in this language, falling back to the Chinese one.
    func pick(_ chinese: String, _ english: String?) -> String {
        self == .en ? (english ?? chinese) : chinese
    }
}
