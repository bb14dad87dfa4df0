import FlyingSocks
import Foundation
import FolioTestSupport
import Testing
@testable import FolioPreview

/// The preview speaks HTTP/1.1 as browsers and proxies expect: every request, however bad, gets
/// a status line back (never a silently closed connection), and no request can make the server
/// hold more than a bounded head in memory.
@Suite(.serialized) struct PreviewProtocolTests {
    @Test func headAnswersTheHeadersOfGetWithoutABody() throws {
        let preview = try RunningPreview()
        defer { preview.stop() }
        let (port, host) = (preview.port, "127.0.0.1:\(preview.port)")

        for path in ["/", "/indicators/01.html", "/committee/dossiers/115-1/lin-yijun.html", "/__folio/live.js", "/nothing-here.html"] {
            let (get, _) = try RawHTTP.exchange(port: port, RawHTTP.request(path, host: host))
            let (head, _) = try RawHTTP.exchange(port: port, RawHTTP.request(path, method: "HEAD", host: host))
            #expect(get.status == head.status, "\(path)")
            #expect(!get.body.isEmpty, "\(path)")
            #expect(head.body.isEmpty, "\(path): \(head.body.count) body bytes")
            #expect(head.header("Content-Length") == String(get.body.count), "\(path)")
            #expect(head.header("Content-Type") == get.header("Content-Type"), "\(path)")
        }
        // HEAD of the event stream opens no stream: the answer ends at once.
        let (events, _) = try RawHTTP.exchange(port: port, RawHTTP.request("/__folio/events", method: "HEAD", host: host), seconds: 5)
        #expect(events.status == 200)
        #expect(events.header("Content-Type") == "text/event-stream; charset=utf-8")
        #expect(events.body.isEmpty)
        // A refusal to HEAD has no body either.
        let (refused, _) = try RawHTTP.exchange(port: port, RawHTTP.request("/", method: "HEAD", host: "evil.example"))
        #expect(refused.status == 421)
        #expect(refused.body.isEmpty)
        #expect(refused.header("Content-Length") != nil)
        let (tooLarge, _) = try RawHTTP.exchange(port: port, RawHTTP.request("/", method: "HEAD", host: host,
                                                                            headers: [("X-Big", String(repeating: "b", count: 40 * 1024))]))
        #expect(tooLarge.status == 431)
        #expect(tooLarge.body.isEmpty)
    }

    @Test func otherMethodsGet405WithAllow() throws {
        let preview = try RunningPreview()
        defer { preview.stop() }
        let (port, host) = (preview.port, "127.0.0.1:\(preview.port)")

        for method in ["POST", "PUT", "DELETE", "OPTIONS", "PATCH", "TRACE", "PROPFIND", "BREW", "get"] {
            let (response, _) = try RawHTTP.exchange(port: port, RawHTTP.request("/indicators/01.html", method: method, host: host))
            #expect(response.status == 405, "\(method) → \(response.head)")
            #expect(response.header("Allow") == "GET, HEAD", "\(method)")
            #expect(!response.bodyText.contains("<html"), "\(method)")
        }
    }

    @Test func oversizedAndMalformedRequestsAreAnsweredWithTheirStatus() throws {
        let preview = try RunningPreview()
        defer { preview.stop() }
        let (port, host) = (preview.port, "127.0.0.1:\(preview.port)")

        let longURL = "/" + String(repeating: "a", count: 100 * 1024)
        let bigHeader = [("X-Big", String(repeating: "b", count: 200 * 1024))]
        let manyFields = (1...101).map { ("X-Field-\($0)", "v") }
        // A TLS ClientHello: someone opened https://127.0.0.1:PORT/.
        let tlsHello: [UInt8] = [0x16, 0x03, 0x01, 0x02, 0x00, 0x01, 0x00, 0x01, 0xFC, 0x03, 0x03] + Array(repeating: 0x5A, count: 32)
        var generator = SeededGenerator(seed: 9)
        let randomBytes = (0..<512).map { _ in UInt8.random(in: 0...255, using: &generator) }

        let cases: [(name: String, bytes: [UInt8], status: Int, reason: String)] = [
            ("100 KB URL", RawHTTP.request(longURL, host: host), 414, "the request target is longer than 8192 bytes"),
            ("200 KB header", RawHTTP.request("/", host: host, headers: bigHeader), 431, "the request head is larger than 32768 bytes"),
            ("101 header fields", RawHTTP.request("/", host: host, headers: manyFields), 431, "the request has more than 100 header fields"),
            ("no HTTP version", Array("GET /\r\n\r\n".utf8), 400, "the request line must be 'METHOD /path HTTP/1.1'"),
            ("HTTP/0.9 without a line end", Array("GET /\r\n".utf8), 400, "the request line must be 'METHOD /path HTTP/1.1'"),
            ("TLS handshake", tlsHello, 400, "the request line does not start with a method (byte 0x16)"),
            ("random bytes", randomBytes, 400, ""),
            ("NUL in a header", Array("GET / HTTP/1.1\r\nHost: \(host)\r\nX-A: a\u{0}b\r\n\r\n".utf8), 400, "a header field contains the control byte 0x00"),
            ("folded header", Array("GET / HTTP/1.1\r\nHost: \(host)\r\nX-A: a\r\n b\r\n\r\n".utf8), 400, "a header field is folded over two lines (obsolete line folding)"),
            ("space before colon", Array("GET / HTTP/1.1\r\nHost : \(host)\r\n\r\n".utf8), 400, "a header field name contains a byte that is not allowed (no space before ':')"),
            ("absolute target", RawHTTP.request("http://evil.example/", host: host), 400, "the request target must be a path starting with '/'"),
            ("HTTP/2.0 text", Array("GET / HTTP/2.0\r\nHost: \(host)\r\n\r\n".utf8), 505, "only HTTP/1.0 and HTTP/1.1 are served, not 'HTTP/2.0'"),
            ("a body", RawHTTP.request("/", host: host, headers: [("Content-Length", "5")]) + Array("hello".utf8), 413, "the preview accepts no request body"),
            ("chunked body", RawHTTP.request("/", host: host, headers: [("Transfer-Encoding", "chunked")]) + Array("0\r\n\r\n".utf8), 400,
             "the preview accepts no request body (Transfer-Encoding)"),
            ("head cut short", Array("GET / HTTP/1.1\r\nHost: \(host)\r\n".utf8), 400, "the request ended before its head was complete"),
        ]
        for (name, bytes, status, reason) in cases {
            // The client that sends a head cut short closes its side, as a dying client would.
            let (response, _) = name == "head cut short"
                ? try Self.sendThenHalfClose(port: port, bytes) : try RawHTTP.exchange(port: port, bytes)
            #expect(response.status == status, "\(name) → \(response.head.prefix(200))")
            if !reason.isEmpty {
                #expect(response.bodyText.hasSuffix(": \(reason)\n"), "\(name) → \(response.bodyText.prefix(300))")
            }
            #expect(response.header("Connection") == "close", "\(name)")
            #expect(!response.bodyText.contains("<html"), "\(name)")
        }
        // Still serving after all of that.
        let (after, _) = try RawHTTP.exchange(port: port, RawHTTP.request("/", host: host))
        #expect(after.status == 200)
    }

    @Test func anEndlessHeadIsCutOffAfterABoundedPrefix() throws {
        let preview = try RunningPreview()
        defer { preview.stop() }
        let (port, host) = (preview.port, "127.0.0.1:\(preview.port)")
        let pid = preview.server.process.processIdentifier
        let before = try Self.residentKilobytes(pid: pid)

        // 4 clients each try to send a 64 MB header field; FlyingFox alone would collect it all.
        let head = Array("GET / HTTP/1.1\r\nHost: \(host)\r\nX-Endless: ".utf8)
        let endless = head + [UInt8](repeating: 0x61, count: 64 * 1024 * 1024)
        let results = try (0..<4).map { _ in try RawHTTP.exchange(port: port, endless, seconds: 15) }
        for (response, sentAll) in results {
            #expect(response.status == 431)
            // The server stops reading: the client cannot deliver its 64 MB.
            #expect(!sentAll)
        }
        let after = try Self.residentKilobytes(pid: pid)
        // 4 × 64 MB = 256 MB offered; the server grows by at most a few buffers.
        #expect(after - before < 32 * 1024, "resident memory grew from \(before) kB to \(after) kB")
        let (normal, _) = try RawHTTP.exchange(port: port, RawHTTP.request("/", host: host))
        #expect(normal.status == 200)
    }

    @Test func aSilentConnectionIsClosedAndAStalledHeadGets408() throws {
        let preview = try RunningPreview()
        defer { preview.stop() }
        let (port, host) = (preview.port, "127.0.0.1:\(preview.port)")
        // Half a request line, then nothing: after the head timeout (10 s) the server answers.
        let start = Date()
        let (stalled, _) = try RawHTTP.exchange(port: port, Array("GET /indi".utf8), seconds: 20)
        #expect(stalled.status == 408)
        #expect(stalled.bodyText == "408 Request Timeout: the request head did not arrive within 10 seconds\n")
        #expect(Date().timeIntervalSince(start) < 15)
        // A browser's preconnect that never sends anything is closed without an answer.
        let (silent, _) = try RawHTTP.exchange(port: port, [], seconds: 20)
        #expect(silent.bytes.isEmpty)
        let (normal, _) = try RawHTTP.exchange(port: port, RawHTTP.request("/", host: host))
        #expect(normal.status == 200)
    }

    /// The budget is 128 (`FrontDoor.defaultConnectionLimit`); the test sets 8 through
    /// FOLIO_PREVIEW_MAX_CONNECTIONS, so a loaded machine accepts them all well before the idle
    /// ones reach the 10 s head timeout.
    @Test func connectionsBeyondTheBudgetGet503UntilOthersClose() throws {
        let preview = try RunningPreview(environment: ["FOLIO_PREVIEW_MAX_CONNECTIONS": "8"])
        defer { preview.stop() }
        let (port, host) = (preview.port, "127.0.0.1:\(preview.port)")
        // 8 clients that connect and say nothing hold the whole budget.
        let idle = try (0..<8).map { _ in try Network.connect(port: port) }
        // The server takes them in as fast as the machine allows; probe until it has.
        var busy: RawResponse?
        #expect(waitUntil(seconds: 8) {
            busy = try? RawHTTP.exchange(port: port, RawHTTP.request("/", host: host)).response
            return busy?.status == 503
        })
        #expect(busy?.bodyText == "503 Service Unavailable: too many open connections; try again\n")
        for descriptor in idle { close(descriptor) }
        #expect(waitUntil(seconds: 5) { (try? RawHTTP.exchange(port: port, RawHTTP.request("/", host: host)).response.status) == 200 })
    }

    // MARK: - The parser alone

    @Test func theParserRefusesAsSoonAsTheBytesCannotBecomeARequest() {
        // Garbage is refused before any line end arrives, so the client is not left waiting.
        #expect(RequestHeadParser.parse(Array("\u{0}\u{1}".utf8)) == .refused(Refusal(status: 400, reason: "the request line does not start with a method (byte 0x00)")))
        #expect(RequestHeadParser.parse(Array("GET /a\u{7}".utf8)) == .refused(Refusal(status: 400, reason: "the request line contains the control byte 0x07")))
        #expect(RequestHeadParser.parse(Array("GET /ok".utf8)) == .incomplete)
        #expect(RequestHeadParser.parse(Array("GET / HTTP/1.1\r\nHost: x".utf8)) == .incomplete)

        let text = "\r\nGET /a?b=1 HTTP/1.1\r\nHost: 127.0.0.1:8000\r\nAccept:  text/html \r\n\r\nrest"
        let head = RequestHead(method: "GET", target: "/a?b=1", version: "HTTP/1.1",
                               fields: [.init(name: "Host", value: "127.0.0.1:8000"), .init(name: "Accept", value: "text/html")])
        // 2 (the empty line) + 21 + 22 + 21 + 2 (the blank line) = 68 bytes of head; "rest" is not part of it.
        #expect(RequestHeadParser.parse(Array(text.utf8)) == .complete(head, length: 68))
        #expect(head.path == "/a")
        #expect(head.value("host") == "127.0.0.1:8000")

        // Limits are exact: a request line of 8192 bytes passes, 8193 is too long.
        let limits = RequestHeadLimits()
        let fits = "GET /" + String(repeating: "a", count: limits.requestLine - 14) + " HTTP/1.1" // 4 + 1 + 8178 + 9 = 8192
        #expect(fits.utf8.count == 8192)
        if case .refused = RequestHeadParser.parse(Array((fits + "\r\nHost: h\r\n\r\n").utf8)) { Issue.record("8192 bytes must fit") }
        let tooLong = "GET /" + String(repeating: "a", count: limits.requestLine - 13) + " HTTP/1.1"
        #expect(RequestHeadParser.parse(Array((tooLong + "\r\n\r\n").utf8)) == .refused(Refusal(status: 414, reason: "the request target is longer than 8192 bytes")))
    }

    @Test func admissionDecidesByHostOriginAndFetchMetadata() {
        let admission = RequestAdmission(port: 8000)
        func head(_ method: String = "GET", _ target: String = "/", fields: [(String, String)]) -> RequestHead {
            RequestHead(method: method, target: target, version: "HTTP/1.1", fields: fields.map { .init(name: $0.0, value: $0.1) })
        }
        #expect(admission.refusal(for: head(fields: [("Host", "localhost:8000")])) == nil)
        #expect(admission.refusal(for: head(fields: [("Host", "localhost")]))?.status == 421)
        #expect(RequestAdmission(port: 80).refusal(for: head(fields: [("Host", "localhost")])) == nil)
        #expect(RequestAdmission(port: 80).refusal(for: head(fields: [("Host", "localhost:80")])) == nil)
        #expect(admission.refusal(for: head("POST", "/", fields: [("Host", "evil.example")]))?.status == 421)
        #expect(admission.refusal(for: head("POST", "/", fields: [("Host", "localhost:8000")]))?.status == 405)
        #expect(admission.refusal(for: head("GET", "/__folio/events?tree=committee", fields: [("Host", "localhost:8000"), ("Sec-Fetch-Site", "same-site")]))?.status == 403)
        #expect(admission.refusal(for: head("GET", "/__folio/events", fields: [("Host", "localhost:8000"), ("Sec-Fetch-Site", "same-origin")])) == nil)
        #expect(admission.refusal(for: head(fields: [("Host", "localhost:8000"), ("Content-Length", "0")])) == nil)
        #expect(admission.refusal(for: head(fields: [("Host", "localhost:8000"), ("Content-Length", "x")]))?.status == 400)
    }

    @Test func onlyLoopbackPeersAreServed() {
        #expect(FrontDoor.isLoopback(.ip4("127.0.0.1", port: 50000)))
        #expect(FrontDoor.isLoopback(.ip4("127.8.9.10", port: 50000)))
        #expect(FrontDoor.isLoopback(.ip6("::1", port: 50000)))
        #expect(FrontDoor.isLoopback(.ip6("::ffff:127.0.0.1", port: 50000)))
        #expect(!FrontDoor.isLoopback(.ip4("192.168.1.20", port: 50000)))
        #expect(!FrontDoor.isLoopback(.ip4("0.0.0.0", port: 50000)))
        #expect(!FrontDoor.isLoopback(.ip6("fe80::1", port: 50000)))
        #expect(!FrontDoor.isLoopback(.unix("/tmp/x")))
        #expect(!FrontDoor.isLoopback(nil))
    }

    // MARK: - Support

    private static func residentKilobytes(pid: Int32) throws -> Int {
        let status = try String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)
        let line = try #require(status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") })
        return Int(line.split(separator: " ")[1]) ?? 0
    }

    /// Sends `bytes`, closes the sending side, and reads the answer until the server closes.
    private static func sendThenHalfClose(port: UInt16, _ bytes: [UInt8]) throws -> (RawResponse, Bool) {
        let descriptor = try Network.connect(port: port)
        defer { close(descriptor) }
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        _ = bytes.withUnsafeBytes { send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        shutdown(descriptor, Int32(SHUT_WR))
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while data.count < 1024 * 1024 {
            let count = recv(descriptor, &buffer, buffer.count, 0)
            if count <= 0 { break }
            data.append(contentsOf: buffer[0..<count])
        }
        return (RawResponse(bytes: data), true)
    }
}

