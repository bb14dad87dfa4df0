import Mustache
import Testing
@testable import FolioSite

/// `TemplateSet` writes each `{{labels.key}}` into the templates of a language before rendering
/// (issue 15). A page must come out exactly as when every label was looked up while rendering.
@Suite struct LabelConstantsTests {
    struct EntryView: TemplateView {
        static let templateFields = TemplateFields<Self>()
        var title: String
        var note: String?
    }

    struct PageView: TemplateView {
        static let templateFields = TemplateFields<Self>()
        var entries: [EntryView]
        /// A view's own labels differ from the render's on purpose: within a render the render's win.
        var labels: [String: String]
    }

    static let labels = ["heading": "研究 <成果> & \"點數\"", "none": "無", "dotted.key": "不應寫入", "arrow": "→ 'x'"]

    static let page = """
        <h1>{{labels.heading}}</h1>{{{labels.heading}}}{{&labels.arrow}}
        {{#entries}}<p>{{title}}: {{#note}}{{.}}{{/note}}{{^note}}{{labels.none}}{{/note}} {{labels.missing}}|{{labels.dotted.key}}</p>
        {{/entries}}{{> footer}}{{$tail}}{{labels.none}}{{/tail}}
        """

    static func library(_ templates: [String: String]) throws -> MustacheLibrary {
        var library = MustacheLibrary()
        for (name, text) in templates { library.register(try MustacheTemplate(string: text), named: name) }
        return library
    }

    static let view = PageView(entries: [EntryView(title: "A&B", note: "備註"), EntryView(title: "C", note: nil)],
                               labels: ["heading": "其他"])

    static func render(_ library: MustacheLibrary, labels: [String: String]) -> String? {
        library.render(TemplateBox(view, render: TemplateRender(labels: labels)), withTemplate: "page")
    }

    @Test func writtenLabelsRenderAsLookedUpOnes() throws {
        let parsed = try Self.library(["page": Self.page, "footer": "  <footer>{{labels.arrow}}</footer>\n"])
        let written = TemplateSet.withLabels(Self.labels, in: parsed)
        let expected = try #require(Self.render(parsed, labels: Self.labels))
        #expect(Self.render(written, labels: Self.labels) == expected)
        // The escaped and the raw heading, a missing label as nothing, a dotted key not taken whole.
        #expect(expected.contains("<h1>研究 &lt;成果&gt; &amp; &quot;點數&quot;</h1>研究 <成果> & \"點數\"→ 'x'"))
        #expect(expected.contains("<p>C: 無 |</p>"))
        #expect(expected.contains("<footer>→ &#39;x&#39;</footer>"))
        // Written in, not looked up: with other labels at render time the written ones still show,
        // while the lookups left to rendering (a missing key, a dotted one) follow the render's labels.
        let other = ["heading": "X", "none": "Y", "arrow": "Z", "missing": "M", "dotted": "D"]
        let rendered = try #require(Self.render(written, labels: other))
        #expect(rendered.contains("<h1>研究 &lt;成果&gt; &amp; &quot;點數&quot;</h1>"))
        #expect(rendered.contains("<p>C: 無 M|</p>"))
        #expect(!rendered.contains("不應寫入"))
    }

    /// A partial included on a line of its own is indented line by line: the written labels are
    /// joined with the text around them on their line, never across a line's end.
    @Test func anIndentedPartialStaysIndentedLineByLine() throws {
        let parsed = try Self.library([
            "page": "<div>\n  {{> item}}\n</div>\n",
            "item": "<b>{{labels.none}}</b> x\n{{labels.none}}\n{{! a comment }}{{labels.arrow}}{{labels.none}}\r\nend\n",
        ])
        let written = TemplateSet.withLabels(Self.labels, in: parsed)
        let expected = "<div>\n  <b>無</b> x\n  無\n  → &#39;x&#39;無\r\nend\n</div>\n"
        #expect(Self.render(parsed, labels: Self.labels) == expected)
        #expect(Self.render(written, labels: Self.labels) == expected)
    }

    /// With a content-type pragma anywhere, a value's escaping depends on where it is rendered: the
    /// library is left to look every label up.
    @Test func aLibraryThatChangesContentTypeIsLeftAsItIs() throws {
        let parsed = try Self.library(["page": "{{%CONTENT_TYPE: TEXT}}{{labels.heading}}", "footer": ""])
        let written = TemplateSet.withLabels(Self.labels, in: parsed)
        #expect(Self.render(written, labels: Self.labels) == Self.labels["heading"])
        #expect(Self.render(written, labels: ["heading": "<later>"]) == "<later>")
    }

    /// A page's own `labels` field gives way to the render's labels inside a render, and is read
    /// outside one.
    @Test func theRendersLabelsAnswerWithinARender() {
        let inRender = TemplateBox(Self.view, render: TemplateRender(labels: ["heading": "頁"]))
        #expect(inRender.child(named: "labels") as? [String: String] == ["heading": "頁"])
        #expect(TemplateBox(Self.view, render: nil).child(named: "labels") as? [String: String] == ["heading": "其他"])
        #expect(Set(PageView.templateFields.names) == ["entries", "labels"])
    }
}
