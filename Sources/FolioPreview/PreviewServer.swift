import FlyingFox
import FlyingSocks
import FolioSite
import Foundation

/// `folio serve`: builds, serves the site on 127.0.0.1, rebuilds on every edit and reloads open pages.
///
/// Requests reach FlyingFox through the `FrontDoor`, which refuses malformed, oversized and
/// cross-site requests and any `Host:` but the server's own (see `RequestAdmission`).
public struct PreviewServer: Sendable {
    public let options: BuildOptions
    public let port: UInt16
    public let log: @Sendable (String) -> Void

    public init(options: BuildOptions, port: UInt16, log: @escaping @Sendable (String) -> Void) {
        self.options = options
        self.port = port
        self.log = log
    }

    public func run() async throws {
        // The port is taken before the first build, so a clash is reported at once.
        let listener: Socket
        do {
            listener = try FrontDoor.bind(port: port)
        } catch let error as SocketError {
            if case .failed(_, let code, _) = error, code == EADDRINUSE {
                throw PreviewError("port \(port) is already in use on 127.0.0.1: stop the other server or choose another port with --port")
            }
            throw PreviewError("cannot serve on 127.0.0.1:\(port): \(error)")
        }
        // `--port 0` lets the kernel pick one; the Host check and the log need the real one.
        guard case .ip4(_, let listeningPort) = try listener.sockname() else { throw PreviewError("cannot serve on 127.0.0.1:\(port)") }
        let broadcaster = ReloadBroadcaster()
        let controller = PreviewController(options: options, broadcaster: broadcaster, log: log)
        let token = UUID().uuidString
        let handler = PreviewHandler(resolver: SiteFileResolver(siteFolder: URL(fileURLWithPath: options.output)),
                                     broadcaster: broadcaster, token: token)
        // FlyingFox answers on a port the kernel picks, reached only through the front door.
        let backend = HTTPServer(address: try sockaddr_in.inet(ip4: "127.0.0.1", port: 0), timeout: 60, logger: .disabled, handler: handler)

        await controller.start()
        let watcher = FileWatcher(roots: [URL(fileURLWithPath: options.content), URL(fileURLWithPath: options.templates)]) { paths in
            Task { await controller.filesChanged(paths) }
        }
        try watcher.start()
        let heartbeat = Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: .seconds(10))
                await broadcaster.heartbeat()
            }
        }
        defer { heartbeat.cancel() }

        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await backend.run() }
            try await backend.waitUntilListening(timeout: 10)
            guard case .ip4(_, let backendPort) = await backend.listeningAddress else {
                throw PreviewError("the preview's HTTP server did not start")
            }
            let front = FrontDoor(listener: listener, admission: RequestAdmission(port: listeningPort), backendPort: backendPort, token: token,
                                  connections: ConnectionBudget(limit: FrontDoor.connectionLimit))
            group.addTask { try await front.run() }
            log("Serving \(options.output)/ at http://127.0.0.1:\(listeningPort)/ (committee: /committee/, internal: /internal/)")
            log("Watching \(options.content)/ and \(options.templates)/; press Ctrl-C to stop.")
            try await group.next()
            group.cancelAll()
        }
    }
}

enum MediaType {
    static func of(_ fileExtension: String) -> String {
        switch fileExtension.lowercased() {
        case "html": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js": return "text/javascript; charset=utf-8"
        case "json": return "application/json"
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "pdf": return "application/pdf"
        case "txt", "md": return "text/plain; charset=utf-8"
        case "woff2": return "font/woff2"
        default: return "application/octet-stream"
        }
    }
}
