import Foundation
import FolioTestSupport
import Testing
@testable import FolioCore
@testable import FolioPreview

/// `folio serve` is reachable from every web page the user visits (it is on 127.0.0.1), so it
/// must answer only its own pages: no other `Host:`, no other site's scripts, and no dossier
/// text on a public page's error panel.
@Suite(.serialized) struct PreviewSecurityTests {
    static let dossierPage = "/committee/dossiers/115-1/lin-yijun.html"
    static let applicant = "林怡君"

    @Test func onlyTheServersOwnHostIsAnswered() throws {
        let preview = try RunningPreview()
        defer { preview.stop() }
        let port = preview.port

        // The page does hold the name, so its absence below means something.
        for host in ["127.0.0.1:\(port)", "localhost:\(port)", "LOCALHOST:\(port)", "[::1]:\(port)"] {
            let (response, _) = try RawHTTP.exchange(port: port, RawHTTP.request(Self.dossierPage, host: host))
            #expect(response.status == 200, "\(host)")
            #expect(response.bodyText.contains(Self.applicant), "\(host)")
        }
        // DNS rebinding sends the attacker's name; a missing port means port 80, not this one.
        let foreign = ["evil.example", "evil.example:\(port)", "127.0.0.1", "localhost", "127.0.0.1:\(port + 1)",
                       "localhost.:\(port)", "127.0.0.1.evil.example:\(port)", "[::2]:\(port)", "0.0.0.0:\(port)",
                       "127.0.0.1:\(port)@evil.example", ""]
        for host in foreign {
            for method in ["GET", "HEAD"] {
                let (response, _) = try RawHTTP.exchange(port: port, RawHTTP.request(Self.dossierPage, method: method, host: host))
                #expect(response.status == 421, "\(method) Host: \(host) → \(response.head)")
                #expect(!response.text.contains(Self.applicant), "\(host)")
                #expect(!response.text.contains("<html"), "\(host)")
            }
        }
        let (noHost, _) = try RawHTTP.exchange(port: port, RawHTTP.request(Self.dossierPage, host: nil))
        #expect(noHost.status == 400)
        #expect(noHost.bodyText == "400 Bad Request: the request has no Host header\n")
        let twoHosts = RawHTTP.request(Self.dossierPage, host: "127.0.0.1:\(port)", headers: [("Host", "evil.example")])
        let (doubled, _) = try RawHTTP.exchange(port: port, twoHosts)
        #expect(doubled.status == 400)
        #expect(!doubled.text.contains(Self.applicant))
        let (refused, _) = try RawHTTP.exchange(port: port, RawHTTP.request(Self.dossierPage, host: "evil.example"))
        #expect(refused.bodyText == "421 Misdirected Request: this server answers only for 127.0.0.1:\(port), localhost:\(port), [::1]:\(port)\n")
    }

    @Test func theEventStreamRefusesOtherSites() throws {
        let preview = try RunningPreview()
        defer { preview.stop() }
        let port = preview.port
        let own = "127.0.0.1:\(port)"

        let crossSite: [[(String, String)]] = [
            [("Origin", "http://evil.example")],
            [("Origin", "http://localhost:\(port + 1)")],
            [("Origin", "null")],
            [("Origin", "https://127.0.0.1:\(port)")],
            [("Sec-Fetch-Site", "cross-site"), ("Sec-Fetch-Mode", "cors")],
            [("Sec-Fetch-Site", "same-site"), ("Sec-Fetch-Mode", "cors")],
            [("Sec-Fetch-Site", "cross-site"), ("Sec-Fetch-Mode", "navigate"), ("Sec-Fetch-Dest", "document")],
        ]
        for headers in crossSite {
            let (response, _) = try RawHTTP.exchange(port: port, RawHTTP.request("/__folio/events?tree=committee", host: own, headers: headers))
            #expect(response.status == 403, "\(headers) → \(response.head)")
            #expect(!response.text.contains(": connected"), "\(headers)")
        }
        // The preview's own pages: same origin, with or without the headers older browsers leave out.
        let sameOrigin: [[(String, String)]] = [
            [],
            [("Origin", "http://\(own)"), ("Sec-Fetch-Site", "same-origin"), ("Sec-Fetch-Mode", "cors")],
            [("Origin", "http://localhost:\(port)")],
        ]
        for headers in sameOrigin {
            let response = try RawHTTP.readUntil(": connected", port: port, RawHTTP.request("/__folio/events", host: own, headers: headers))
            #expect(response.status == 200, "\(headers) → \(response.head)")
            #expect(response.text.contains(": connected"), "\(headers)")
        }
    }

    @Test func otherSitesMayLinkToPagesButNotLoadThem() throws {
        let preview = try RunningPreview()
        defer { preview.stop() }
        let port = preview.port
        let own = "127.0.0.1:\(port)"

        // <script src>, <img src> or fetch() from another site: refused, no page bytes.
        let loads: [[(String, String)]] = [
            [("Sec-Fetch-Site", "cross-site"), ("Sec-Fetch-Mode", "no-cors"), ("Sec-Fetch-Dest", "script")],
            [("Sec-Fetch-Site", "same-site"), ("Sec-Fetch-Mode", "no-cors"), ("Sec-Fetch-Dest", "image")],
            [("Sec-Fetch-Site", "cross-site"), ("Sec-Fetch-Mode", "navigate"), ("Sec-Fetch-Dest", "object")],
            [("Origin", "http://evil.example"), ("Sec-Fetch-Site", "cross-site"), ("Sec-Fetch-Mode", "cors")],
            [("Origin", "http://evil.example")],
        ]
        for headers in loads {
            let (response, _) = try RawHTTP.exchange(port: port, RawHTTP.request(Self.dossierPage, host: own, headers: headers))
            #expect(response.status == 403, "\(headers) → \(response.head)")
            #expect(!response.text.contains(Self.applicant), "\(headers)")
        }
        // Following a link from elsewhere (a chat message, the README) opens the page.
        let link = [("Sec-Fetch-Site", "cross-site"), ("Sec-Fetch-Mode", "navigate"), ("Sec-Fetch-Dest", "document")]
        let (opened, _) = try RawHTTP.exchange(port: port, RawHTTP.request(Self.dossierPage, host: own, headers: link))
        #expect(opened.status == 200)
        #expect(opened.bodyText.contains(Self.applicant))
    }

    @Test func theServerListensOnLoopbackOnlyAndFlyingFoxOnlyBehindTheFrontDoor() throws {
        let preview = try RunningPreview()
        defer { preview.stop() }
        let port = preview.port

        let listening = ListeningSockets.of(pid: preview.server.process.processIdentifier)
        // The front door and FlyingFox's private port, both 127.0.0.1; nothing on 0.0.0.0 or ::.
        #expect(listening.count == 2, "\(listening)")
        #expect(listening.allSatisfy { $0.isIPv4Loopback }, "\(listening)")
        #expect(listening.contains { $0.port == port }, "\(listening)")

        // FlyingFox's own port answers nothing that did not pass the front door's checks.
        let backend = try #require(listening.first { $0.port != port }).port
        // (FlyingFox keeps a connection open unless asked to close it.)
        let close = ("Connection", "close")
        let (direct, _) = try RawHTTP.exchange(port: backend, RawHTTP.request(Self.dossierPage, host: "127.0.0.1:\(port)", headers: [close]))
        #expect(direct.status == 403)
        #expect(!direct.text.contains(Self.applicant))
        let forged = RawHTTP.request(Self.dossierPage, host: "127.0.0.1:\(port)", headers: [("X-Folio-Front", "guess"), close])
        let (guessed, _) = try RawHTTP.exchange(port: backend, forged)
        #expect(guessed.status == 403)
        #expect(!guessed.text.contains(Self.applicant))
        // A client's own X-Folio-Front is dropped by the front door, not passed on.
        let (relayed, _) = try RawHTTP.exchange(port: port, forged)
        #expect(relayed.status == 200)
    }

    // MARK: - The error panel (issue 9, item 3)

    @Test func dossierErrorsAppearOnCommitteePagesOnly() throws {
        let preview = try RunningPreview()
        defer { preview.stop() }
        let (workspace, port, server) = (preview.workspace, preview.port, preview.server)
        let own = "127.0.0.1:\(port)"
        let publicEvents = try preview.events()
        defer { publicEvents.stop() }
        let internalEvents = try EventListener(port: port, path: "/__folio/events?tree=internal")
        defer { internalEvents.stop() }
        let committeeEvents = try EventListener(port: port, path: "/__folio/events?tree=committee")
        defer { committeeEvents.stop() }
        #expect(committeeEvents.waitFor(": connected") && internalEvents.waitFor(": connected"))

        // A paper's date replaced by words of its title: the error quotes them.
        let papers = "content/dossiers/115-1/lin-yijun/papers.csv"
        try workspace.write(papers, try workspace.read(papers).replacingOccurrences(of: "111/03/10,Rapid", with: "rifampicin-resistant,Rapid"))
        let message = "content/dossiers/115-1/lin-yijun/papers.csv:2:1: error: 'rifampicin-resistant' is not a date"
        #expect(server.waitFor(message), "\(server.output)")
        #expect(committeeEvents.waitFor("event: failed"))
        #expect(publicEvents.waitFor("event: failed") && internalEvents.waitFor("event: failed"))
        #expect(committeeEvents.output.contains("data: \(message)"))
        let notice = "The committee tree (dossiers) has errors; they are shown only on committee pages (/committee/) and in the terminal."
        for events in [publicEvents, internalEvents] {
            #expect(events.output.contains("event: failed\ndata: \(notice)\n\n"), "\(events.output)")
            #expect(!events.output.contains("rifampicin"))
            #expect(!events.output.contains("lin-yijun"))
        }

        for path in ["/indicators/01.html", "/internal/indicators/01.html", "/nothing-here.html"] {
            let (page, _) = try RawHTTP.exchange(port: port, RawHTTP.request(path, host: own))
            #expect(page.bodyText.contains("id=\"folio-build-error\""), "\(path)")
            #expect(page.bodyText.contains(notice), "\(path)")
            #expect(!page.bodyText.contains("rifampicin"), "\(path)")
            #expect(!page.bodyText.contains("lin-yijun"), "\(path)")
        }
        let (committee, _) = try RawHTTP.exchange(port: port, RawHTTP.request("/committee/indicators/01.html", host: own))
        let inHTML = message.replacingOccurrences(of: "'", with: "&#39;")
        #expect(committee.bodyText.contains(inHTML))
        #expect(!committee.bodyText.contains(notice))

        // A public error too: public pages show it, and still nothing of the dossier's.
        let indicator = "content/indicators/01.yaml"
        try workspace.write(indicator, try workspace.read(indicator).replacingOccurrences(of: "115: 1560", with: "115: 0"))
        let publicMessage = "content/indicators/01.yaml:8:31: error: the 115 target of 1-1 is 0"
        #expect(server.waitFor(publicMessage), "\(server.output)")
        let (mixed, _) = try RawHTTP.exchange(port: port, RawHTTP.request("/indicators/01.html", host: own))
        #expect(mixed.bodyText.contains(publicMessage))
        #expect(mixed.bodyText.contains(notice))
        #expect(!mixed.bodyText.contains("rifampicin"))
        let (mixedCommittee, _) = try RawHTTP.exchange(port: port, RawHTTP.request("/committee/indicators/01.html", host: own))
        #expect(mixedCommittee.bodyText.contains(publicMessage) && mixedCommittee.bodyText.contains(inHTML))
    }

    @Test func failuresAreSplitByTheFileTheyArePlacedIn() {
        let diagnostics: [Diagnostic] = [
            .error(SourceLocation(file: "content/indicators/01.yaml", line: 8, column: 31), "public problem"),
            .error(SourceLocation(file: "content/dossiers/115-1/lin-yijun/papers.csv", line: 2, column: 1), "'A paper title' is not a date"),
            .error(.file("content/dossiers"), "the dossiers folder"),
            .error(.file("rulebooks/kmu.yaml"), "rulebook problem"),
            .error(.file("content/dossiers-old/x.yaml"), "a public folder with a similar name"),
            .warning(SourceLocation(file: "content/narratives/1-3.md", line: 3, column: 5), "names 林怡君, an applicant of round 115-1"),
        ]
        let failure = BuildFailure(diagnostics: diagnostics, contentFolder: "content")
        #expect(failure.open == ["content/indicators/01.yaml:8:31: error: public problem",
                                 "content/dossiers-old/x.yaml:1:1: error: a public folder with a similar name"])
        #expect(failure.confidential.count == 3)
        let publicText = failure.text(for: .public)
        #expect(!publicText.contains("paper title") && !publicText.contains("rulebook problem") && !publicText.contains("dossiers folder"))
        #expect(publicText.hasSuffix(BuildFailure.confidentialNotice))
        #expect(failure.text(for: .internal) == publicText)
        #expect(failure.text(for: .committee).contains("'A paper title' is not a date"))
        // A warning may be worded from dossier data: committee pages only.
        #expect(!publicText.contains("林怡君"))
        #expect(failure.text(for: .committee).contains("content/narratives/1-3.md:3:5: warning: names 林怡君, an applicant of round 115-1"))

        // Another content folder, written another way: the same file is still a dossier's.
        let other = BuildFailure(diagnostics: [.error(.file("./my content/dossiers/115-1/x/dossier.yaml"), "x")], contentFolder: "my content/")
        #expect(other.open.isEmpty && other.confidential.count == 1)
        #expect(other.text(for: .public) == BuildFailure.confidentialNotice)

        // An error that is not a diagnostic may name anything: committee pages only.
        let unexplained = BuildFailure(unexplained: "cannot write site/committee/dossiers/115-1/lin-yijun.html")
        #expect(unexplained.text(for: .public) == BuildFailure.unexplainedNotice)
        #expect(unexplained.text(for: .committee) == "cannot write site/committee/dossiers/115-1/lin-yijun.html")
    }
}
