import Foundation
import FolioTestSupport

/// `folio serve` running on a free port in a fresh copy of the example, ready for requests.
struct RunningPreview {
    let workspace: Workspace
    let port: UInt16
    let server: BackgroundProcess

    init(environment: [String: String] = [:]) throws {
        workspace = try Workspace()
        port = Network.freePort()
        server = try BackgroundProcess(Tools.folio.path, ["serve", "--port", String(port)], in: workspace.root, environment: environment)
        guard server.waitFor("Serving site/ at http://127.0.0.1:\(port)/") else {
            throw PreviewStartError(output: server.output)
        }
    }

    /// An event stream, connected.
    func events() throws -> EventListener {
        let events = try EventListener(port: port, path: "/__folio/events")
        guard events.waitFor(": connected") else { throw PreviewStartError(output: events.output) }
        return events
    }

    func stop() {
        server.stop()
        workspace.cleanUp()
    }
}

struct PreviewStartError: Error, CustomStringConvertible {
    var output: String
    var description: String { "folio serve did not answer as expected:\n\(output)" }
}
