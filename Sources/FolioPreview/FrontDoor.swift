import FlyingFox
import FlyingSocks
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The preview's listening socket on 127.0.0.1. FlyingFox reads request lines and headers
/// without bounds and closes the connection without a word on anything it cannot parse, so the
/// front door reads each request head itself (bounded in bytes and time), answers what it
/// refuses (400, 405, 408, 413, 414, 421, 431, 505) and relays an admitted request to FlyingFox
/// on a private loopback port, one request per connection.
struct FrontDoor: Sendable {
    static let relayHeader = "X-Folio-Front"

    let listener: Socket
    let admission: RequestAdmission
    let backendPort: UInt16
    /// Sent with every relayed request, so FlyingFox's port answers nothing that bypassed the checks.
    let token: String
    var limits = RequestHeadLimits()
    var headTimeout: Double = 10
    var connections = ConnectionBudget(limit: FrontDoor.defaultConnectionLimit)

    /// Open connections served at once; `FOLIO_PREVIEW_MAX_CONNECTIONS` sets another number.
    static let defaultConnectionLimit = 128

    static var connectionLimit: Int {
        ProcessInfo.processInfo.environment["FOLIO_PREVIEW_MAX_CONNECTIONS"].flatMap { Int($0) }.map { max($0, 1) } ?? defaultConnectionLimit
    }

    /// Binds 127.0.0.1:`port` now, so a taken port is reported before the first build.
    static func bind(port: UInt16) throws -> Socket {
        let socket = try Socket(domain: AF_INET)
        try socket.setValue(true, for: .localAddressReuse)
        try socket.bind(to: sockaddr_in.inet(ip4: "127.0.0.1", port: port))
        try socket.listen()
        return socket
    }

    func run() async throws {
        let pool = HTTPServer.defaultPool()
        try await pool.prepare()
        let listening = try AsyncSocket(socket: listener, pool: pool)
        try await withThrowingDiscardingTaskGroup { group in
            group.addTask { try await pool.run() }
            for try await client in listening.sockets {
                group.addTask { await serve(client, pool: pool) }
            }
        }
    }

    private func serve(_ client: AsyncSocket, pool: some AsyncSocketPool) async {
        defer { try? client.close() }
        guard Self.isLoopback(try? client.socket.remotePeer()) else {
            return await refuse(Refusal(status: 403, reason: "the preview answers this computer only"), to: client, method: nil)
        }
        guard connections.enter() else {
            return await refuse(Refusal(status: 503, reason: "too many open connections; try again"), to: client, method: nil)
        }
        defer { connections.leave() }

        switch await readHead(from: client) {
        case .closed:
            return
        case .refused(let refusal, let method):
            await refuse(refusal, to: client, method: method)
        case .admitted(let head):
            if let refusal = admission.refusal(for: head) {
                await refuse(refusal, to: client, method: head.method)
            } else {
                await relay(head, from: client, pool: pool)
            }
        }
    }

    // MARK: - Reading the head

    enum HeadReading {
        /// The client left before sending anything, or the connection failed.
        case closed
        case refused(Refusal, method: String?)
        case admitted(RequestHead)
    }

    private func readHead(from client: AsyncSocket) async -> HeadReading {
        let limits = limits
        let received = ByteBox()
        let outcome = await withTimeout(seconds: headTimeout) { () async -> HeadReading in
            while true {
                guard let chunk = try? await client.read(atMost: 4096) else {
                    let cutShort = Refusal(status: 400, reason: "the request ended before its head was complete")
                    return received.bytes.isEmpty ? .closed : .refused(cutShort, method: Self.method(of: received.bytes))
                }
                received.bytes.append(contentsOf: chunk)
                switch RequestHeadParser.parse(received.bytes, limits: limits) {
                case .incomplete: continue
                case .complete(let head, _): return .admitted(head)
                case .refused(let refusal): return .refused(refusal, method: Self.method(of: received.bytes))
                }
            }
        }
        if let outcome { return outcome }
        // Idle connections (a browser's preconnect) close silently; a started request is answered.
        return received.bytes.isEmpty ? .closed
            : .refused(Refusal(status: 408, reason: "the request head did not arrive within \(Int(headTimeout)) seconds"),
                       method: Self.method(of: received.bytes))
    }

    /// "HEAD" when the refused request is one, so the refusal is sent without a body.
    private static func method(of bytes: [UInt8]) -> String? {
        bytes.starts(with: Array("HEAD ".utf8)) ? "HEAD" : nil
    }

    // MARK: - Answers

    /// Answers, then reads and discards what the client still sends (bounded), so closing does not
    /// reset the connection: a reset can destroy the answer before the client has read it.
    private func refuse(_ refusal: Refusal, to client: AsyncSocket, method: String?) async {
        let body = "\(refusal.status) \(refusal.phrase): \(refusal.reason)\n"
        var head = "HTTP/1.1 \(refusal.status) \(refusal.phrase)\r\n"
        head += "Content-Type: text/plain; charset=utf-8\r\nContent-Length: \(body.utf8.count)\r\n"
        head += "Cache-Control: no-store\r\nConnection: close\r\n"
        for field in refusal.extraHeaders { head += "\(field.name): \(field.value)\r\n" }
        head += "\r\n"
        try? await client.write(Data((head + (method == "HEAD" ? "" : body)).utf8))
        _ = shutdown(client.socket.file.rawValue, Int32(SHUT_WR))
        _ = await withTimeout(seconds: 2) { () async -> Bool in
            var discarded = 0
            while discarded < 4 * 1024 * 1024, let chunk = try? await client.read(atMost: 16384) { discarded += chunk.count }
            return true
        }
    }

    /// Hands the request to FlyingFox with `Connection: close`, and copies its answer back.
    private func relay(_ head: RequestHead, from client: AsyncSocket, pool: some AsyncSocketPool) async {
        guard let address = try? sockaddr_in.inet(ip4: "127.0.0.1", port: backendPort),
              let backend = try? await AsyncSocket.connected(to: address, pool: pool) else {
            return await refuse(Refusal(status: 503, reason: "the preview is not ready; try again"), to: client, method: head.method)
        }
        defer { try? backend.close() }
        let hopByHop: Set<String> = ["connection", "keep-alive", "proxy-connection", "te", "upgrade", "content-length", Self.relayHeader.lowercased()]
        var text = "\(head.method) \(head.target) \(head.version)\r\n"
        for field in head.fields where !hopByHop.contains(field.name.lowercased()) { text += "\(field.name): \(field.value)\r\n" }
        text += "Connection: close\r\n\(Self.relayHeader): \(token)\r\n\r\n"
        guard (try? await backend.write(Data(text.utf8))) != nil else { return }

        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                while let chunk = try? await backend.read(atMost: 16384), (try? await client.write(Data(chunk))) != nil {}
            }
            // Anything more the client sends (a pipelined request) is dropped: the answer says
            // `Connection: close`. Reading notices a client that leaves, ending an event stream.
            group.addTask {
                while (try? await client.read(atMost: 4096)) != nil {}
            }
            await group.next()
            group.cancelAll()
        }
    }

    // MARK: - Support

    static func isLoopback(_ address: Socket.Address?) -> Bool {
        switch address {
        case .ip4(let host, _): host.hasPrefix("127.")
        case .ip6(let host, _): host == "::1" || host.hasPrefix("::ffff:127.")
        default: false
        }
    }
}

/// The bytes of one head being read, shared with the timeout's watcher.
private final class ByteBox: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [UInt8] = []

    var bytes: [UInt8] {
        get { lock.withLock { storage } }
        set { lock.withLock { storage = newValue } }
    }
}
