import FolioCore
import FolioPromotion
import Foundation

/// The rulebook versions a build scores with: the bundled ones, with `content/rulebooks/*.yaml`
/// adding versions or replacing a bundled version of the same id. Content rulebooks are read
/// through the confined reader and validated exactly as the bundled ones are.
public struct RulebookLibrary: Sendable {
    public let shelf: RulebookShelf
    /// The bundled file each replaced version came from, by version id.
    public let replaced: [String: String]

    public static let folder = "rulebooks"

    /// Where a rulebook came from, as pages and `folio score` name it.
    public func origin(of rulebook: Rulebook) -> RulebookOrigin {
        RulebookOrigin(file: rulebook.location.file, replaces: replaced[rulebook.version])
    }

    /// The bundled versions alone.
    public static func bundled() throws -> RulebookLibrary {
        try load(content: nil)
    }

    /// The bundled versions with the content folder's over them; throws every problem at once.
    /// `requireEnglish`: every label needs its English (true while the site's languages include English).
    static func load(content: ContentFiles?, requireEnglish: Bool = true) throws -> RulebookLibrary {
        let sink = DiagnosticSink()
        var versions = try bundledVersions(requireEnglish: requireEnglish)
        var replaced: [String: String] = [:]
        var fromContent: [String: String] = [:]
        if let content {
            for path in content.list(folder, extension: "yaml", sink: sink) {
                let file = content.display(path)
                guard let text = content.read(path, sink: sink, missing: ""),
                      let rulebook = RulebookLoader.load(text, file: file, sink: sink, requireEnglish: requireEnglish) else { continue }
                if let earlier = fromContent[rulebook.version] {
                    sink.error(rulebook.location, "rulebook version '\(rulebook.version)' is already in \(earlier); give each file its own version")
                    continue
                }
                fromContent[rulebook.version] = file
                if let index = versions.firstIndex(where: { $0.version == rulebook.version }) {
                    replaced[rulebook.version] = versions[index].location.file
                    versions[index] = rulebook
                } else {
                    versions.append(rulebook)
                }
            }
        }
        let shelf = RulebookShelf(versions)
        if !sink.hasErrors { sink.append(contentsOf: shelf.validate()) }
        try sink.throwIfErrors()
        return RulebookLibrary(shelf: shelf, replaced: replaced)
    }

    private static func bundledVersions(requireEnglish: Bool) throws -> [Rulebook] {
        guard let folder = BundledDefaults.rulebooksFolder else {
            throw DiagnosticsError([.error(.file("rulebooks"), "the rulebooks folder is missing from the bundle; rebuild Folio")])
        }
        return try RulebookLoader.shelf(in: folder, requireEnglish: requireEnglish).versions
    }

    /// The content folder an applicant folder (`content/dossiers/<round>/<applicant>`) is in,
    /// as the user would name it; nil when the folder is not in a `dossiers/` folder.
    static func contentFolder(ofApplicant folder: String) -> String? {
        let url = URL(fileURLWithPath: folder).standardizedFileURL
        let round = url.deletingLastPathComponent()
        let dossiers = round.deletingLastPathComponent()
        guard dossiers.lastPathComponent == DossierContent.folder else { return nil }
        let typed = folder.split(separator: "/", omittingEmptySubsequences: true)
        if !folder.hasPrefix("/"), typed.count >= 3, !typed.suffix(3).contains(where: { $0 == "." || $0 == ".." }) {
            let prefix = typed.dropLast(3).joined(separator: "/")
            return prefix.isEmpty ? "." : prefix
        }
        return dossiers.deletingLastPathComponent().path
    }
}

/// The file a rulebook version was read from, and the bundled file it replaced, if any.
public struct RulebookOrigin: Sendable, Hashable {
    public var file: String
    public var replaces: String?
}
