import Foundation
import FolioSite

/// The script and markup added to HTML responses while serving, and never to a built site.
///
/// Each tree's pages load the script with `?tree=`, and the script subscribes to the events with
/// the same tree, so a failure panel shows what that tree may show (see `BuildFailure`).
enum LiveReload {
    static let eventsPath = "/__folio/events"
    static let scriptPath = "/__folio/live.js"

    /// The failure panel's look, inline so it needs nothing from the site's own CSS.
    static let panelStyle = "position:fixed;inset:auto 0 0 0;max-height:50vh;overflow:auto;margin:0;padding:1rem;background:#fff3f2;color:#8a1c14;border-top:3px solid #b3261e;font:13px/1.5 monospace;white-space:pre-wrap;z-index:2147483647"

    static let panelHeading = "Folio: the build failed; showing the last good site."

    /// The tree named by a `tree=` query value; the public tree for anything else.
    static func audience(query value: String?) -> Audience {
        value.flatMap(Audience.init(rawValue:)) ?? .public
    }

    static func script(for audience: Audience) -> String {
        """
        (() => {
          const source = new EventSource("\(eventsPath)?tree=\(audience.rawValue)");
          source.addEventListener("reload", () => location.reload());
          source.addEventListener("failed", (event) => {
            let panel = document.getElementById("folio-build-error");
            if (!panel) {
              panel = document.createElement("pre");
              panel.id = "folio-build-error";
              panel.setAttribute("role", "alert");
              panel.style.cssText = "\(panelStyle)";
              document.body.appendChild(panel);
            }
            panel.textContent = "\(panelHeading)\\n\\n" + event.data;
          });
        })();
        """
    }

    /// Adds the reload script, and the failure panel when the latest build failed, before `</body>`.
    static func inject(into html: Data, audience: Audience, failure: BuildFailure?) -> Data {
        guard var page = String(data: html, encoding: .utf8) else { return html }
        var addition = "<script src=\"\(scriptPath)?tree=\(audience.rawValue)\"></script>\n"
        if let failure {
            let text = HTMLText.escape(failure.text(for: audience))
            addition = "<pre id=\"folio-build-error\" role=\"alert\" style=\"\(panelStyle)\">\(panelHeading)\n\n\(text)</pre>\n" + addition
        }
        if let end = page.range(of: "</body>", options: .backwards) {
            page.insert(contentsOf: addition, at: end.lowerBound)
        } else {
            page += addition
        }
        return Data(page.utf8)
    }
}
