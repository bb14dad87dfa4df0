import Foundation
import FolioTestSupport
import Testing

/// `folio serve` as a user meets it: a real server on a free port, real edits, real requests.
@Suite(.serialized) struct ServeTests {
    @Test func editingANarrativeReloadsThePageWithTheNewText() throws {
        let preview = try RunningPreview()
        defer { preview.stop() }
        let (workspace, port, server) = (preview.workspace, preview.port, preview.server)

        let page = try Network.get(port: port, rawPath: "/indicators/01.html")
        #expect(page.status == 200)
        #expect(page.body.contains("<script src=\"/__folio/live.js?tree=public\"></script>"))
        // The reload script is added when serving only, never written into the built site.
        let built = try String(contentsOfFile: workspace.path("site/public/indicators/01.html"), encoding: .utf8)
        #expect(!built.contains("__folio"))

        let events = try preview.events()
        defer { events.stop() }

        try workspace.write("content/narratives/1-3.md", "本校今年\n新增證照輔導專班。\n")
        #expect(events.waitFor("event: reload"), "\(events.output)")
        // indicators/01.html of the public, internal and committee trees.
        #expect(server.waitFor("re-rendered 3 pages"), "\(server.output)")
        let after = try Network.get(port: port, rawPath: "/indicators/01.html")
        #expect(after.body.contains("<p>本校今年新增證照輔導專班。</p>"))
    }

    @Test func aBuildErrorShowsInThePageAndTheLastGoodSiteStaysServed() throws {
        let preview = try RunningPreview()
        defer { preview.stop() }
        let (workspace, port, server) = (preview.workspace, preview.port, preview.server)
        let events = try preview.events()
        defer { events.stop() }

        let original = try String(contentsOfFile: workspace.path("content/indicators/01.yaml"), encoding: .utf8)
        try workspace.write("content/indicators/01.yaml", original.replacingOccurrences(of: "115: 1560", with: "115: 0"))
        let message = "content/indicators/01.yaml:8:31: error: the 115 target of 1-1 is 0"
        #expect(events.waitFor("event: failed"))
        #expect(events.output.contains("data: \(message)"))
        #expect(server.waitFor(message))
        let page = try Network.get(port: port, rawPath: "/indicators/01.html")
        #expect(page.status == 200)
        #expect(page.body.contains("id=\"folio-build-error\""))
        #expect(page.body.contains(message))
        #expect(page.body.contains("1,560")) // the last good site still shows the old target
    }

    @Test func requestsOutsideTheSiteAreRefused() throws {
        let preview = try RunningPreview()
        defer { preview.stop() }
        let (workspace, port) = (preview.workspace, preview.port)
        try "secret".write(toFile: workspace.path("secret.txt"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: workspace.path("site/public/escape.txt"), withDestinationPath: workspace.path("secret.txt"))

        for path in ["/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/%2e%2e/etc/passwd", "/indicators/..%2f..%2fsecret.txt", "/escape.txt"] {
            let response = try Network.get(port: port, rawPath: path)
            #expect(response.status == 403, "\(path) → \(response.status)")
            #expect(!response.body.contains("secret"), "\(path)")
        }
        #expect(try Network.get(port: port, rawPath: "/committee/nothing.html").status == 404)
        #expect(try Network.get(port: port, rawPath: "/").status == 200)
    }

    @Test func aTakenPortIsAClearError() throws {
        let preview = try RunningPreview()
        defer { preview.stop() }
        let (workspace, port) = (preview.workspace, preview.port)
        let second = try BackgroundProcess(Tools.folio.path, ["serve", "--port", String(port), "--output", "site2"], in: workspace.root)
        second.process.waitUntilExit()
        #expect(second.process.terminationStatus == 1)
        #expect(second.output.contains("error: port \(port) is already in use on 127.0.0.1: stop the other server or choose another port with --port"))
    }
}
