/// The head of one HTTP/1.x request (request line and header fields) as the front door reads
/// it, checked byte by byte and bounded in size before FlyingFox sees anything.
struct RequestHead: Equatable, Sendable {
    struct Field: Equatable, Sendable {
        var name: String
        var value: String
    }

    var method: String
    /// The request target exactly as sent, still percent-encoded.
    var target: String
    var version: String
    var fields: [Field]

    /// The target without its query.
    var path: Substring { target.prefix { $0 != "?" } }

    /// Every value of a header field; names compare case-insensitively.
    func values(_ name: String) -> [String] {
        fields.filter { $0.name.caseInsensitiveCompare(name) == .orderedSame }.map(\.value)
    }

    func value(_ name: String) -> String? { values(name).first }
}

struct RequestHeadLimits: Sendable {
    /// The request line, target included. A browser's longest preview URL is far shorter.
    var requestLine = 8 * 1024
    /// The whole head: request line and every header field.
    var head = 32 * 1024
    var fieldCount = 100
}

/// Parses the bytes read so far. Refuses as soon as the bytes cannot become a valid head, so
/// garbage is answered at once rather than after a timeout.
enum RequestHeadParser {
    enum Outcome: Equatable {
        /// Valid so far; read more.
        case incomplete
        /// `length` bytes of the buffer are the head, blank line included.
        case complete(RequestHead, length: Int)
        case refused(Refusal)
    }

    static func parse(_ bytes: [UInt8], limits: RequestHeadLimits = RequestHeadLimits()) -> Outcome {
        var start = 0
        // A server should ignore empty lines before the request line (RFC 9112 §2.2).
        while start < min(bytes.count, 4), bytes[start] == cr || bytes[start] == lf { start += 1 }
        guard let lineEnd = bytes[start...].firstIndex(of: lf) else {
            if let refusal = refusePartialRequestLine(bytes[start...], limits: limits) { return .refused(refusal) }
            return .incomplete
        }
        let line = trimCR(bytes[start..<lineEnd])
        if line.count > limits.requestLine, let refusal = refusePartialRequestLine(line, limits: limits) {
            return .refused(refusal)
        }
        let requestLine: (method: String, target: String, version: String)
        switch parseRequestLine(line) {
        case .success(let parsed): requestLine = parsed
        case .failure(let refusal): return .refused(refusal)
        }

        var fields: [RequestHead.Field] = []
        var position = lineEnd + 1
        while true {
            guard let end = bytes[position...].firstIndex(of: lf) else {
                if bytes.count > limits.head { return .refused(tooLarge(limits)) }
                if let bad = bytes[position...].first(where: isForbiddenInField) {
                    return .refused(Refusal(status: 400, reason: "a header field contains the control byte 0x\(hex(bad))"))
                }
                return .incomplete
            }
            if end + 1 > limits.head { return .refused(tooLarge(limits)) }
            let fieldLine = trimCR(bytes[position..<end])
            position = end + 1
            if fieldLine.isEmpty { break }
            switch parseField(fieldLine) {
            case .success(let field): fields.append(field)
            case .failure(let refusal): return .refused(refusal)
            }
            if fields.count > limits.fieldCount {
                return .refused(Refusal(status: 431, reason: "the request has more than \(limits.fieldCount) header fields"))
            }
        }
        let head = RequestHead(method: requestLine.method, target: requestLine.target, version: requestLine.version, fields: fields)
        return .complete(head, length: position)
    }

    // MARK: - Request line

    /// A request line still without its end: refused when what came so far is already wrong or too long.
    private static func refusePartialRequestLine(_ line: ArraySlice<UInt8>, limits: RequestHeadLimits) -> Refusal? {
        let methodEnd = line.firstIndex(of: space) ?? line.endIndex
        if let bad = line[..<methodEnd].first(where: { !isTokenByte($0) }) {
            return Refusal(status: 400, reason: "the request line does not start with a method (byte 0x\(hex(bad)))")
        }
        if methodEnd < line.endIndex, let bad = line[(methodEnd + 1)...].first(where: isForbiddenInLine) {
            return Refusal(status: 400, reason: "the request line contains the control byte 0x\(hex(bad))")
        }
        guard line.count > limits.requestLine else { return nil }
        if methodEnd < line.endIndex {
            return Refusal(status: 414, reason: "the request target is longer than \(limits.requestLine) bytes")
        }
        return Refusal(status: 400, reason: "the request line is longer than \(limits.requestLine) bytes and has no target")
    }

    private static func parseRequestLine(_ line: ArraySlice<UInt8>) -> Result<(method: String, target: String, version: String), Refusal> {
        let parts = line.split(separator: space, omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, !parts[1].isEmpty, !parts[2].isEmpty else {
            return .failure(Refusal(status: 400, reason: "the request line must be 'METHOD /path HTTP/1.1'"))
        }
        if let bad = parts[0].first(where: { !isTokenByte($0) }) {
            return .failure(Refusal(status: 400, reason: "the method contains the byte 0x\(hex(bad))"))
        }
        if let bad = parts[1].first(where: { $0 <= space || $0 == 0x7F }) {
            return .failure(Refusal(status: 400, reason: "the request target contains the byte 0x\(hex(bad))"))
        }
        guard parts[1].first == slash else {
            return .failure(Refusal(status: 400, reason: "the request target must be a path starting with '/'"))
        }
        let version = String(decoding: parts[2], as: UTF8.self)
        guard version.hasPrefix("HTTP/") else {
            return .failure(Refusal(status: 400, reason: "the request line must end with the HTTP version, e.g. HTTP/1.1"))
        }
        guard version == "HTTP/1.1" || version == "HTTP/1.0" else {
            let known = version.count == 8 && version.dropFirst(5).allSatisfy { $0.isASCII && ($0.isNumber || $0 == ".") }
            return .failure(Refusal(status: known ? 505 : 400, reason: "only HTTP/1.0 and HTTP/1.1 are served, not '\(known ? version : "?")'"))
        }
        return .success((String(decoding: parts[0], as: UTF8.self), String(decoding: parts[1], as: UTF8.self), version))
    }

    // MARK: - Header fields

    private static func parseField(_ line: ArraySlice<UInt8>) -> Result<RequestHead.Field, Refusal> {
        if line.first == space || line.first == tab {
            return .failure(Refusal(status: 400, reason: "a header field is folded over two lines (obsolete line folding)"))
        }
        guard let colon = line.firstIndex(of: colon), colon > line.startIndex else {
            return .failure(Refusal(status: 400, reason: "a header line has no 'Name: value'"))
        }
        if line[..<colon].contains(where: { !isTokenByte($0) }) {
            return .failure(Refusal(status: 400, reason: "a header field name contains a byte that is not allowed (no space before ':')"))
        }
        let value = line[(colon + 1)...]
        if let bad = value.first(where: { isForbiddenInField($0) || $0 == cr }) {
            return .failure(Refusal(status: 400, reason: "a header field contains the control byte 0x\(hex(bad))"))
        }
        let name = String(decoding: line[..<colon], as: UTF8.self)
        let text = String(decoding: value, as: UTF8.self).trimmingCharacters(in: [" ", "\t"])
        return .success(RequestHead.Field(name: name, value: text))
    }

    private static func tooLarge(_ limits: RequestHeadLimits) -> Refusal {
        Refusal(status: 431, reason: "the request head is larger than \(limits.head) bytes")
    }

    // MARK: - Bytes

    private static let cr: UInt8 = 0x0D, lf: UInt8 = 0x0A, space: UInt8 = 0x20, tab: UInt8 = 0x09
    private static let colon: UInt8 = 0x3A, slash: UInt8 = 0x2F

    private static func trimCR(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        line.last == cr ? line.dropLast() : line
    }

    /// `tchar` of RFC 9110 §5.6.2: the bytes of a method or a field name.
    private static func isTokenByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: true
        case UInt8(ascii: "!"), UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "%"), UInt8(ascii: "&"),
             UInt8(ascii: "'"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."),
             UInt8(ascii: "^"), UInt8(ascii: "_"), UInt8(ascii: "`"), UInt8(ascii: "|"), UInt8(ascii: "~"): true
        default: false
        }
    }

    /// Control bytes other than the line's own CR, which ends it.
    private static func isForbiddenInLine(_ byte: UInt8) -> Bool {
        (byte < space && byte != cr) || byte == 0x7F
    }

    /// Field values allow tab, space, visible ASCII and (obsolete) bytes from 0x80.
    private static func isForbiddenInField(_ byte: UInt8) -> Bool {
        (byte < space && byte != tab && byte != cr) || byte == 0x7F
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }
}
