import FlyingFox
import FolioSite
import Foundation

/// Answers every request the front door relays: the live-reload endpoints, then files of the built site.
struct PreviewHandler: HTTPHandler {
    let resolver: SiteFileResolver
    let broadcaster: ReloadBroadcaster
    /// The front door's token; a request without it did not pass the front door's checks.
    let token: String

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard request.headers[HTTPHeader(FrontDoor.relayHeader)] == token else {
            return closing(HTTPResponse(statusCode: .forbidden, headers: [.contentType: "text/plain; charset=utf-8"],
                                        body: Data("403 Forbidden: connect to the preview's own port\n".utf8)))
        }
        guard request.method == .GET || request.method == .HEAD else {
            let allow: HTTPHeaders = [HTTPHeader("Allow"): "GET, HEAD"]
            return closing(HTTPResponse(statusCode: .methodNotAllowed, headers: allow))
        }
        let response = await answer(request)
        return closing(request.method == .HEAD ? withoutBody(response) : response)
    }

    private func answer(_ request: HTTPRequest) async -> HTTPResponse {
        let rawPath = request.target.path(percentEncoded: true)
        switch rawPath {
        case LiveReload.eventsPath:
            let headers: HTTPHeaders = [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-store"]
            // HEAD opens no stream: nothing would ever read it.
            guard request.method == .GET else { return HTTPResponse(statusCode: .ok, headers: headers) }
            let stream = await broadcaster.subscribe(audience: LiveReload.audience(query: request.query["tree"]))
            return HTTPResponse(statusCode: .ok, headers: headers, body: HTTPBodySequence(from: EventByteSequence(stream: stream)))
        case LiveReload.scriptPath:
            let script = LiveReload.script(for: LiveReload.audience(query: request.query["tree"]))
            return HTTPResponse(statusCode: .ok, headers: [.contentType: "text/javascript; charset=utf-8", .cacheControl: "no-store"],
                                body: Data(script.utf8))
        default:
            return await file(rawPath)
        }
    }

    /// The same status and headers, Content-Length included, and no body (RFC 9110 §9.3.2).
    private func withoutBody(_ response: HTTPResponse) -> HTTPResponse {
        var headers = response.headers
        if case .httpBody(let body) = response.payload, let count = body.count {
            headers[.contentLength] = String(count)
        }
        return HTTPResponse(statusCode: response.statusCode, headers: headers, body: Data())
    }

    /// The front door relays one request per connection; say so, so clients do not reuse it.
    private func closing(_ response: HTTPResponse) -> HTTPResponse {
        var response = response
        response.headers[.connection] = "close"
        return response
    }

    private func file(_ rawPath: String) async -> HTTPResponse {
        let audience = SiteFileResolver.audience(ofRawPath: rawPath)
        switch resolver.resolve(rawPath: rawPath) {
        case .forbidden:
            return HTTPResponse(statusCode: .forbidden, headers: [.contentType: "text/plain; charset=utf-8"],
                                body: Data("403 Forbidden: the path leaves the site folder\n".utf8))
        case .notFound:
            let failure = await broadcaster.failure
            let page = Data("<!DOCTYPE html><html lang=\"zh-Hant\"><meta charset=\"utf-8\"><title>404</title><body><h1>404 找不到此頁</h1><p><a href=\"/\">回首頁</a></p></body></html>".utf8)
            return HTTPResponse(statusCode: .notFound, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
                                body: LiveReload.inject(into: page, audience: audience, failure: failure))
        case .file(let url):
            guard var data = FileManager.default.contents(atPath: url.path) else {
                return HTTPResponse(statusCode: .notFound)
            }
            let type = MediaType.of(url.pathExtension)
            if url.pathExtension == "html" {
                data = LiveReload.inject(into: data, audience: audience, failure: await broadcaster.failure)
            }
            return HTTPResponse(statusCode: .ok, headers: [.contentType: type, .cacheControl: "no-store"], body: data)
        }
    }
}
