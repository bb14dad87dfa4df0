import FolioTestSupport
import Foundation
import Testing
@testable import FolioSite

/// The docket and a dossier, laid out by headless Chromium at a desktop width and at the width of
/// A4 paper (794 CSS px): nothing may widen the page; wide tables scroll inside their own box.
@Suite struct OverflowTests {
    static var canRender: Bool { Tools.has("chromium") || Tools.isCI }

    /// Appended to a copy of the page: writes the document's and the viewport's widths, and the
    /// first elements sticking out of the viewport with no scrolling box around them, into the DOM.
    static let probe = """
    <script>
    (function () {
      var root = document.documentElement, width = root.clientWidth, culprits = [];
      document.querySelectorAll("body *").forEach(function (element) {
        if (culprits.length >= 3 || element.getBoundingClientRect().right <= width + 1) return;
        for (var a = element.parentElement; a; a = a.parentElement) {
          if (getComputedStyle(a).overflowX !== "visible") return;
        }
        culprits.push(element.tagName.toLowerCase() + "." + element.className);
      });
      document.body.setAttribute("data-overflow", root.scrollWidth + " " + width + " " + culprits.join(","));
    })();
    </script>
    """

    /// (document width, viewport width, culprits) of a built page at a window width.
    static func widths(_ page: String, in workspace: Workspace, width: Int, extraCSS: String = "") throws -> (Int, Int, String) {
        let html = try workspace.read(page)
            .replacingOccurrences(of: "</head>", with: "<style>\(extraCSS)</style>\n</head>")
            .replacingOccurrences(of: "</body>", with: probe + "\n</body>")
        let copy = (page as NSString).deletingLastPathComponent + "/overflow-probe-\(width)-\(UUID().uuidString).html"
        try workspace.write(copy, html)
        let profile = workspace.path("chromium-profile-\(UUID().uuidString)")
        let result = try Tools.run("chromium", ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                                                "--user-data-dir=\(profile)", "--window-size=\(width),1000", "--dump-dom",
                                                URL(fileURLWithPath: workspace.path(copy)).absoluteString])
        let marker = try #require(result.stdout.range(of: "data-overflow=\""), "\(result.stderr)")
        let value = result.stdout[marker.upperBound...].prefix { $0 != "\"" }.split(separator: " ", maxSplits: 2).map(String.init)
        return (Int(value[0]) ?? -1, Int(value[1]) ?? -1, value.count > 2 ? value[2] : "")
    }

    @Test(.enabled(if: canRender, "needs Debian's chromium (scripts/bootstrap --test)"),
          arguments: ["site/committee/dossiers/115-1/index.html", "site/committee/dossiers/115-1/lin-yijun.html"], [1280, 794])
    func noHorizontalOverflow(page: String, width: Int) throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        _ = try SiteBuilder.build(workspace.options)
        let (document, viewport, culprits) = try Self.widths(page, in: workspace, width: width)
        #expect(viewport == width)
        #expect(document <= viewport, "\(page) at \(width) px is \(document) px wide: \(culprits)")
    }

    /// The check has teeth: the docket's table is wider than A4, and without the box that scrolls it
    /// (or with anything wider than the window) the page overflows and the check says so.
    @Test(.enabled(if: canRender, "needs Debian's chromium (scripts/bootstrap --test)"))
    func theCheckCatchesAWideTable() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        _ = try SiteBuilder.build(workspace.options)
        let (document, viewport, culprits) = try Self.widths("site/committee/dossiers/115-1/index.html", in: workspace, width: 794,
                                                              extraCSS: ".table-scroll { overflow: visible !important; }")
        #expect(document > viewport)
        #expect(culprits.contains("table.docket-table"))
    }
}
