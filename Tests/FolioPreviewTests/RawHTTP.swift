import Foundation
import FolioTestSupport
#if canImport(Glibc)
import Glibc
#endif

/// What the server sent back on one connection, read until it closed.
struct RawResponse {
    var bytes: Data

    var text: String { String(decoding: bytes, as: UTF8.self) }
    var head: String { text.range(of: "\r\n\r\n").map { String(text[..<$0.lowerBound]) } ?? text }
    var body: Data {
        guard let end = bytes.range(of: Data("\r\n\r\n".utf8)) else { return Data() }
        return bytes[end.upperBound...]
    }
    var bodyText: String { String(decoding: body, as: UTF8.self) }
    /// 0 when nothing, or no status line, came back.
    var status: Int { Int(head.split(separator: " ").dropFirst().first ?? "") ?? 0 }

    /// A header's value; names compare case-insensitively.
    func header(_ name: String) -> String? {
        head.split(separator: "\r\n").dropFirst().first { $0.lowercased().hasPrefix(name.lowercased() + ":") }
            .map { $0.dropFirst(name.count + 1).trimmingCharacters(in: .whitespaces) }
    }
}

/// Raw exchanges with a server on 127.0.0.1: bytes exactly as given, never normalized.
enum RawHTTP {
    /// A request built from parts; `Host` is added only when `host` is not nil.
    static func request(_ target: String, method: String = "GET", host: String?, headers: [(String, String)] = []) -> [UInt8] {
        var text = "\(method) \(target) HTTP/1.1\r\n"
        if let host { text += "Host: \(host)\r\n" }
        for (name, value) in headers { text += "\(name): \(value)\r\n" }
        return Array((text + "\r\n").utf8)
    }

    /// Sends `bytes` (as far as the server takes them) while reading its answer on another
    /// thread, until the server closes or `seconds` pass. Reads at most 8 MB.
    static func exchange(port: UInt16, _ bytes: [UInt8], seconds: Double = 10) throws -> (response: RawResponse, sentAll: Bool) {
        let descriptor = try Network.connect(port: port)
        defer { close(descriptor) }
        var timeout = timeval(tv_sec: Int(seconds), tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(descriptor, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let reader = Reader(descriptor: descriptor)
        let thread = Thread { reader.readUntilClosed() }
        thread.start()
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { send(descriptor, $0.baseAddress, min($0.count, 65536), Int32(MSG_NOSIGNAL)) }
            if count <= 0 { break }
            sent += count
        }
        _ = waitUntil(seconds: seconds + 1) { reader.isDone }
        return (RawResponse(bytes: reader.data), sent == bytes.count)
    }

    /// Sends a request and reads until `text` arrives (for a stream that stays open), at most `seconds`.
    static func readUntil(_ text: String, port: UInt16, _ bytes: [UInt8], seconds: Double = 10) throws -> RawResponse {
        let descriptor = try Network.connect(port: port)
        defer { shutdown(descriptor, Int32(SHUT_RDWR)); close(descriptor) }
        let reader = Reader(descriptor: descriptor)
        let thread = Thread { reader.readUntilClosed() }
        thread.start()
        _ = bytes.withUnsafeBytes { send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        _ = waitUntil(seconds: seconds) { reader.isDone || RawResponse(bytes: reader.data).text.contains(text) }
        return RawResponse(bytes: reader.data)
    }

    private final class Reader: @unchecked Sendable {
        let descriptor: Int32
        private let lock = NSLock()
        private var collected = Data()
        private var done = false

        init(descriptor: Int32) { self.descriptor = descriptor }

        var data: Data { lock.withLock { collected } }
        var isDone: Bool { lock.withLock { done } }

        func readUntilClosed() {
            var buffer = [UInt8](repeating: 0, count: 65536)
            while data.count < 8 * 1024 * 1024 {
                let count = recv(descriptor, &buffer, buffer.count, 0)
                if count <= 0 { break }
                lock.withLock { collected.append(contentsOf: buffer[0..<count]) }
            }
            lock.withLock { done = true }
        }
    }
}

/// The listening TCP sockets of a process, from `/proc`: local address and port of each.
enum ListeningSockets {
    struct Endpoint: Equatable, CustomStringConvertible {
        /// As `/proc/net/tcp*` writes it: hex, in the kernel's byte order (`0100007F` is 127.0.0.1).
        var address: String
        var port: UInt16
        var description: String { "\(address):\(port)" }
        var isIPv4Loopback: Bool { address == "0100007F" }
    }

    static func of(pid: Int32) -> [Endpoint] {
        let fdFolder = "/proc/\(pid)/fd"
        let links = (try? FileManager.default.contentsOfDirectory(atPath: fdFolder)) ?? []
        let inodes = Set(links.compactMap { name -> String? in
            guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: "\(fdFolder)/\(name)"),
                  target.hasPrefix("socket:[") else { return nil }
            return String(target.dropFirst("socket:[".count).dropLast())
        })
        var endpoints: [Endpoint] = []
        for table in ["/proc/net/tcp", "/proc/net/tcp6"] {
            let text = (try? String(contentsOfFile: table, encoding: .utf8)) ?? ""
            for line in text.split(separator: "\n").dropFirst() {
                let columns = line.split(separator: " ")
                // sl local_address rem_address st tx:rx tr:when retrnsmt uid timeout inode
                guard columns.count > 9, columns[3] == "0A", inodes.contains(String(columns[9])) else { continue }
                let local = columns[1].split(separator: ":")
                endpoints.append(Endpoint(address: String(local[0]), port: UInt16(local[1], radix: 16) ?? 0))
            }
        }
        return endpoints
    }
}
