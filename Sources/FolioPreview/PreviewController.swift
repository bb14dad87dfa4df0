import FolioCore
import FolioSite
import Foundation

/// Owns the in-memory build and runs rebuilds one at a time, telling open pages the outcome.
actor PreviewController {
    private let session: BuildSession
    private let broadcaster: ReloadBroadcaster
    private let log: @Sendable (String) -> Void
    private var buildNumber = 0

    init(options: BuildOptions, broadcaster: ReloadBroadcaster, log: @escaping @Sendable (String) -> Void) {
        self.session = BuildSession(options: options)
        self.broadcaster = broadcaster
        self.log = log
    }

    /// The first build. A failure is reported, and the site already on disk (if any) is served.
    func start() async {
        await run { try self.session.buildAll() }
    }

    func filesChanged(_ paths: Set<String>) async {
        await run { try self.session.rebuild(changed: paths) }
    }

    private func run(_ build: () throws -> BuildSession.Report) async {
        do {
            let report = try build()
            buildNumber += 1
            for warning in report.warnings { log(warning.description) }
            let what = report.incremental ? "re-rendered \(report.rendered) page\(report.rendered == 1 ? "" : "s")" : "built the site"
            let written = report.written.count <= 3 ? report.written.joined(separator: ", ") : "\(report.written.count) files"
            log("\(what) in \(String(format: "%.0f", report.seconds * 1000)) ms; wrote \(report.written.isEmpty ? "nothing new" : written)")
            await broadcaster.reload(build: buildNumber)
        } catch let error as DiagnosticsError {
            log(error.diagnostics.map(\.description).joined(separator: "\n"))
            log("build failed; still serving the last good site")
            await broadcaster.failed(BuildFailure(diagnostics: error.diagnostics, contentFolder: session.options.content))
        } catch {
            log("build failed: \(error)")
            await broadcaster.failed(BuildFailure(unexplained: "\(error)"))
        }
    }
}
