import FlyingFox
import FlyingSocks
import FolioSite
import Foundation

/// `folio serve`: builds, serves the site on 127.0.0.1, rebuilds on every edit and reloads open pages.
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
        let broadcaster = ReloadBroadcaster()
        let controller = PreviewController(options: options, broadcaster: broadcaster, log: log)
        let address = try sockaddr_in.inet(ip4: "127.0.0.1", port: port)
        let handler = PreviewHandler(resolver: SiteFileResolver(siteFolder: URL(fileURLWithPath: options.output)),
                                     broadcaster: broadcaster)
        let server = HTTPServer(address: address, timeout: 60, logger: .disabled, handler: handler)

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

        let announce = Task {
            try await server.waitUntilListening(timeout: 10)
            log("Serving \(options.output)/ at http://127.0.0.1:\(port)/ (committee: /committee/, internal: /internal/)")
            log("Watching \(options.content)/ and \(options.templates)/; press Ctrl-C to stop.")
        }
        do {
            try await server.run()
        } catch let error as SocketError {
            announce.cancel()
            if case .failed(_, let code, _) = error, code == EADDRINUSE {
                throw PreviewError("port \(port) is already in use on 127.0.0.1: stop the other server or choose another port with --port")
            }
            throw PreviewError("cannot serve on 127.0.0.1:\(port): \(error)")
        }
    }
}

/// Answers every request: the live-reload endpoints, then files of the built site.
struct PreviewHandler: HTTPHandler {
    let resolver: SiteFileResolver
    let broadcaster: ReloadBroadcaster

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard request.method == .GET || request.method == .HEAD else {
            let allow: HTTPHeaders = [HTTPHeader("Allow"): "GET, HEAD"]
            return HTTPResponse(statusCode: .methodNotAllowed, headers: allow)
        }
        let rawPath = request.target.path(percentEncoded: true)
        switch rawPath {
        case LiveReload.eventsPath:
            let stream = await broadcaster.subscribe()
            return HTTPResponse(statusCode: .ok,
                                headers: [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-store"],
                                body: HTTPBodySequence(from: EventByteSequence(stream: stream)))
        case LiveReload.scriptPath:
            return HTTPResponse(statusCode: .ok, headers: [.contentType: "text/javascript; charset=utf-8", .cacheControl: "no-store"],
                                body: Data(LiveReload.script.utf8))
        default:
            return await file(rawPath)
        }
    }

    private func file(_ rawPath: String) async -> HTTPResponse {
        switch resolver.resolve(rawPath: rawPath) {
        case .forbidden:
            return HTTPResponse(statusCode: .forbidden, headers: [.contentType: "text/plain; charset=utf-8"],
                                body: Data("403 Forbidden: the path leaves the site folder\n".utf8))
        case .notFound:
            let failure = await broadcaster.failure
            let page = Data("<!DOCTYPE html><html lang=\"zh-Hant\"><meta charset=\"utf-8\"><title>404</title><body><h1>404 找不到此頁</h1><p><a href=\"/\">回首頁</a></p></body></html>".utf8)
            return HTTPResponse(statusCode: .notFound, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
                                body: LiveReload.inject(into: page, failure: failure))
        case .file(let url):
            guard var data = FileManager.default.contents(atPath: url.path) else {
                return HTTPResponse(statusCode: .notFound)
            }
            let type = MediaType.of(url.pathExtension)
            if url.pathExtension == "html" {
                data = LiveReload.inject(into: data, failure: await broadcaster.failure)
            }
            return HTTPResponse(statusCode: .ok, headers: [.contentType: type, .cacheControl: "no-store"], body: data)
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
