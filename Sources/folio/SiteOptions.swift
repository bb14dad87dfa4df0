import ArgumentParser
import FolioSite

/// Options shared by every command that reads a content folder.
struct SiteOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: ArgumentHelp("The content folder: school.yaml, indicators/, narratives/.", valueName: "folder"))
    var content = "content"

    @Option(name: .shortAndLong, help: ArgumentHelp("A templates folder whose files override the bundled templates, labels and assets file by file (default: templates, when it exists).", valueName: "folder"))
    var templates: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("The output folder; replaced as a whole on success.", valueName: "folder"))
    var output = "site"

    @Option(name: .shortAndLong, help: ArgumentHelp("The primary language, at each tree's root: zh-Hant (default) or en; the other goes under en/ or zh-hant/ (school.yaml 'languages: [zh-Hant]' writes Chinese only).", valueName: "language"))
    var language: SiteLanguage = .zhHant

    var buildOptions: BuildOptions {
        BuildOptions(content: content, templates: templates ?? "templates", output: output, language: language,
                     templatesRequired: templates != nil, search: true)
    }
}

extension SiteLanguage: ExpressibleByArgument {}
