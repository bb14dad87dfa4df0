import FolioCore
import Foundation

/// The templates, labels and assets a build uses: the user's `templates/` folder over the set
/// bundled with Folio, file by file, as a Hugo theme is overridden. A file the user's folder
/// holds is read from there (and any problem with it reported there); every other file comes
/// from the bundle. Both are read through `ContentFiles`, so both are confined the same way,
/// and a diagnostic names the user's file (`templates/layout.mustache`) or the bundled one
/// (`<bundled>/templates/layout.mustache`).
struct TemplateSources: Sendable {
    let user: ContentFiles
    let bundled: ContentFiles?

    /// How diagnostics name a bundled template file.
    static let bundledDisplayRoot = "<bundled>/templates"

    init(folder: URL, displayRoot: String, bundled: URL? = BundledDefaults.templatesFolder) {
        user = ContentFiles(root: folder, displayRoot: displayRoot)
        self.bundled = bundled.map { ContentFiles(root: $0, displayRoot: Self.bundledDisplayRoot) }
    }

    /// The files a relative path is read from: the user's when the user's folder has an entry
    /// of that name (even a broken one, which is then reported), else the bundle's.
    func source(of relative: String) -> ContentFiles {
        guard let bundled, case .failure(.missing) = user.resolve(relative) else { return user }
        return bundled
    }

    /// The union of both listings, sorted.
    func list(_ folder: String, extension ext: String?, recursive: Bool = false, skipping: Set<String> = [],
              sink: DiagnosticSink) -> [String] {
        var names = Set(user.list(folder, extension: ext, recursive: recursive, skipping: skipping, sink: sink))
        if let bundled { names.formUnion(bundled.list(folder, extension: ext, recursive: recursive, skipping: skipping, sink: sink)) }
        return names.sorted()
    }

    func read(_ relative: String, sink: DiagnosticSink?, missing: String) -> String? {
        source(of: relative).read(relative, sink: sink, missing: missing)
    }

    func display(_ relative: String) -> String { source(of: relative).display(relative) }
}
