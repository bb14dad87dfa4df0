import ArgumentParser
import FolioPreview
import FolioSite
import Foundation

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build, serve the site on 127.0.0.1, and rebuild and reload pages on every edit.",
        discussion: """
        Serves site/public/ at /, and the confidential trees at /committee/ and /internal/ for \
        local use only. Watches the content and templates folders: an edited narrative re-renders \
        only the pages that show it; any other change rebuilds the site. Open pages reload by \
        themselves. A build error is shown in the page and here, and the last good site stays served; \
        dossier errors are shown on committee pages only. Answers only this computer, and only \
        requests addressed to 127.0.0.1, localhost or [::1] at its own port.
        """
    )

    @OptionGroup var site: SiteOptions

    @Option(name: .shortAndLong, help: "The port to listen on, on 127.0.0.1.")
    var port: UInt16 = 8000

    func run() async throws {
        let server = PreviewServer(options: site.buildOptions, port: port) { line in
            FileHandle.standardError.write(Data("\(line)\n".utf8))
        }
        do {
            try await server.run()
        } catch let error as PreviewError {
            DiagnosticPrinter.printError("error: \(error)")
            throw ExitCode.failure
        }
    }
}
