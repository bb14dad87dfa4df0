/// Which requests the preview answers at all. The server listens on 127.0.0.1 only, but a web
/// page the user visits can still reach it: through DNS rebinding (a name of the attacker's that
/// now resolves to 127.0.0.1, sent as `Host:`) or by loading preview URLs from its own origin.
/// Both would let another site read the dossiers, so:
/// - `Host:` must name this server: `127.0.0.1`, `localhost` or `[::1]` with the server's port.
///   A missing port means port 80 (RFC 9110 §4.2.1), so it is accepted only on port 80, where
///   browsers leave it out.
/// - an `Origin:` that is not the server's own is refused, and so is a cross-site or same-site
///   request (`Sec-Fetch-Site`) other than the user following a link to a page; the event stream
///   is same-origin only.
struct RequestAdmission: Sendable {
    let port: UInt16

    static let allowedMethods = ["GET", "HEAD"]

    /// nil when the request may go on to the site.
    func refusal(for head: RequestHead) -> Refusal? {
        let hosts = head.values("Host")
        guard hosts.count == 1, let host = hosts.first else {
            return Refusal(status: 400, reason: hosts.isEmpty ? "the request has no Host header" : "the request has more than one Host header")
        }
        guard acceptedHosts.contains(host.lowercased()) else {
            return Refusal(status: 421, reason: "this server answers only for \(acceptedHosts.joined(separator: ", "))")
        }
        guard Self.allowedMethods.contains(head.method) else {
            return Refusal(status: 405, reason: "the preview serves GET and HEAD only",
                           extraHeaders: [.init(name: "Allow", value: Self.allowedMethods.joined(separator: ", "))])
        }
        if !head.values("Transfer-Encoding").isEmpty {
            return Refusal(status: 400, reason: "the preview accepts no request body (Transfer-Encoding)")
        }
        let lengths = head.values("Content-Length")
        if lengths.contains(where: { $0 != "0" }) {
            let isNumber = lengths.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
            return isNumber ? Refusal(status: 413, reason: "the preview accepts no request body")
                : Refusal(status: 400, reason: "the Content-Length is not a number")
        }
        if let origin = head.value("Origin"), !acceptedOrigins.contains(origin.lowercased()) {
            return Refusal(status: 403, reason: "requests from other sites are refused")
        }
        let site = head.value("Sec-Fetch-Site")?.lowercased()
        if head.path == LiveReload.eventsPath {
            if let site, site != "same-origin", site != "none" {
                return Refusal(status: 403, reason: "the event stream is for the preview's own pages only")
            }
        } else if site == "cross-site" || site == "same-site", !isNavigation(head) {
            return Refusal(status: 403, reason: "another site may link to the preview, not load its files")
        }
        return nil
    }

    /// The user following a link or typing the address: another site cannot read the result.
    private func isNavigation(_ head: RequestHead) -> Bool {
        let mode = head.value("Sec-Fetch-Mode")?.lowercased()
        let destination = head.value("Sec-Fetch-Dest")?.lowercased()
        return mode == "navigate" && destination != "object" && destination != "embed"
    }

    private var acceptedHosts: [String] {
        let names = ["127.0.0.1", "localhost", "[::1]"]
        return names.map { "\($0):\(port)" } + (port == 80 ? names : [])
    }

    private var acceptedOrigins: [String] { acceptedHosts.map { "http://\($0)" } }
}
