import FolioCore
import Foundation
import FolioTestSupport
@testable import FolioSite

extension Workspace {
    var options: BuildOptions {
        BuildOptions(content: path("content"), templates: path("templates"), output: path("site"))
    }

    /// Diagnostics of `folio check`, with paths shown relative to the workspace.
    func check() -> [Diagnostic] { check(options) }

    func check(_ options: BuildOptions) -> [Diagnostic] {
        do {
            return try SiteBuilder.check(options).map(relative)
        } catch let error as DiagnosticsError {
            return error.diagnostics.map(relative)
        } catch {
            return [.error(.file("?"), "\(error)")]
        }
    }

    func relative(_ diagnostic: Diagnostic) -> Diagnostic {
        var copy = diagnostic
        copy.location.file = copy.location.file.replacingOccurrences(of: root.path + "/", with: "")
        copy.message = copy.message.replacingOccurrences(of: root.path + "/", with: "")
        return copy
    }

}
