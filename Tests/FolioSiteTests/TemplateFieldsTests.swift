@_spi(Reflection) import Swift
import Mustache
import Testing
@testable import FolioSite

/// View models answer Mustache's lookups from their field tables (`TemplateView`), not by reflection.
@Suite struct TemplateFieldsTests {
    /// The view models `TemplateSet.render` is given, one per template that pages render.
    static let roots: [Any.Type] = [
        LayoutView.self, NavView.self, HomeView.self, IndicatorPageView.self, PageIndexView.self, ContentPageView.self,
        DocsPageView.self, ProvenancePageView.self, DossierPageView.self, DocketView.self, DossierHomeView.self,
        PacketView.self, MinutesView.self, NotFoundView.self, SearchPageView.self, PDFLinkView.self, PlanDocumentView.self,
    ]

    @Test func readsStoredFieldsByName() {
        let entry = PageEntryView(href: "news/a.html", title: "招生說明會", date: "115/03/01", isoDate: nil, summary: nil)
        #expect(entry.child(named: "href") as? String == "news/a.html")
        #expect(entry.child(named: "title") as? String == "招生說明會")
        // An optional that holds a value is read as the value itself, not as an Optional.
        #expect(entry.child(named: "date") as? String == "115/03/01")
        #expect(type(of: entry.child(named: "date")!) == String.self)
        // An absent optional reads as empty and false, and is found: Mustache stops looking. An
        // unknown key is nil: Mustache looks further up the stack.
        #expect(entry.child(named: "isoDate") is TemplateAbsent)
        #expect(entry.child(named: "unknown") == nil)
        #expect(Set(PageEntryView.templateFields.names) == ["href", "title", "date", "isoDate", "summary", "lang"])
    }

    @Test func rendersNestedViewsOptionalsAndSectionsLikeReflection() throws {
        let index = PageIndexView(entries: [
            PageEntryView(href: "a.html", title: "A & B", date: "115/03/01", isoDate: "2026-03-01", summary: nil),
            PageEntryView(href: "b.html", title: "C", date: nil, isoDate: nil, summary: "s"),
        ], labels: ["none": "無日期"])
        let template = try MustacheTemplate(string:
            "{{#entries}}<a href=\"{{href}}\">{{title}}</a>{{#date}}[{{.}}]{{/date}}{{^date}}({{labels.none}}){{/date}}{{/entries}}")
        // The second entry has no date, so `{{^date}}` renders and `labels` is found on the page view below it.
        #expect(template.render(index) == "<a href=\"a.html\">A &amp; B</a>[115/03/01]<a href=\"b.html\">C</a>(無日期)")
        // swift-mustache reading the same values through `Mirror` renders the same text.
        struct Reflected { var entries: [ReflectedEntry]; var labels: [String: String] }
        struct ReflectedEntry { var href: String; var title: String; var date: String? }
        let reflected = Reflected(entries: index.entries.map { ReflectedEntry(href: $0.href, title: $0.title, date: $0.date) },
                                  labels: index.labels)
        #expect(template.render(reflected) == template.render(index))
    }

    /// A view's absent field shows nothing, never the field of the same name of a view around it;
    /// `labels` is answered by the render at every depth, as the walk to the page view would.
    @Test func anAbsentFieldStaysAbsentAndLabelsAreFoundAtOnce() throws {
        struct OuterView: TemplateView {
            static let templateFields = TemplateFields<Self>()
            var date: String?
            var entries: [PageEntryView]
        }
        let outer = OuterView(date: "115/01/01", entries: [
            PageEntryView(href: "a.html", title: "A", date: "115/03/01", isoDate: nil, summary: nil),
            PageEntryView(href: "b.html", title: "B", date: nil, isoDate: nil, summary: nil),
        ])
        let template = try MustacheTemplate(string: "{{#entries}}{{title}}:{{date}}{{^date}}({{labels.none}}){{/date}}|{{/entries}}{{date}}")
        let render = TemplateRender(labels: ["none": "無日期"])
        // B has no date: it shows none (not the outer 115/01/01), and its inverted section shows the label.
        #expect(template.render(outer.templateBoxed(in: render) as Any) == "A:115/03/01|B:(無日期)|115/01/01")
    }

    /// Every view model a page's template can reach answers lookups itself, with every field readable;
    /// one that did not would still render, but through reflection again.
    @Test func everyReachableViewModelHasAFieldTable() {
        var seen: Set<ObjectIdentifier> = []
        var missing: [String] = []
        var pending = Self.roots
        while let type = pending.popLast() {
            guard seen.insert(ObjectIdentifier(type)).inserted else { continue }
            if let container = type as? any TemplateContainer.Type {
                pending += container.elementTypes
                continue
            }
            guard String(reflecting: type).hasPrefix("FolioSite.") else { continue }
            var fields: [Any.Type] = []
            _ = _forEachField(of: type) { _, _, fieldType, _ in
                fields.append(fieldType)
                return true
            }
            if fields.isEmpty { continue }  // an enum: rendered as text, never looked into
            if !(type is any TemplateView.Type) {
                missing.append(String(describing: type))
            }
            pending += fields
        }
        #expect(missing.sorted() == [], "add these to Pages/ViewModelTemplateFields.swift")
        // The walk reached the dossier page's nested rows, so it looks where the cost is.
        #expect(seen.contains(ObjectIdentifier(PaperRowView.self)))
    }

    /// Fields are read at their offsets: every kind of field, packed between fields of other sizes
    /// (a `Bool` before an `Int`, an optional after a `Double`), reads back as the key path reads it.
    @Test func fieldsAreReadAtTheirOffsetsAsKeyPathsReadThem() throws {
        struct Mixed: TemplateView {
            static let templateFields = TemplateFields<Self>()
            var flag: Bool
            var count: Int
            var small: UInt8
            var ratio: Double
            var note: String?
            var title: String
            var missing: Int?
            var tags: [String]
            var entry: PageEntryView
            var entries: [PageEntryView]
            var labels: [String: String]
            var last: Bool
        }
        let entry = PageEntryView(href: "a.html", title: "招生", date: nil, isoDate: nil, summary: nil)
        let mixed = Mixed(flag: true, count: -42, small: 7, ratio: 0.25, note: "備註", title: "標題 & <b>", missing: nil,
                          tags: ["x", "y"], entry: entry, entries: [entry, entry], labels: ["k": "v"], last: true)
        let box = TemplateBox(mixed, render: nil)
        #expect(box.child(named: "flag") as? Bool == true)
        #expect(box.child(named: "count") as? Int == -42)
        #expect(box.child(named: "small") as? UInt8 == 7)
        #expect(box.child(named: "ratio") as? Double == 0.25)
        #expect(box.child(named: "note") as? String == "備註")
        #expect(box.child(named: "title") as? String == "標題 & <b>")
        #expect(box.child(named: "missing") is TemplateAbsent)
        #expect(box.child(named: "tags") as? [String] == ["x", "y"])
        #expect((box.child(named: "entry") as? MustacheParent)?.child(named: "title") as? String == "招生")
        let entries = try #require(box.child(named: "entries") as? [MustacheParentObject])
        #expect(entries.map { $0.child(named: "href") as? String } == ["a.html", "a.html"])
        #expect(box.child(named: "labels") as? [String: String] == ["k": "v"])
        #expect(box.child(named: "last") as? Bool == true)
        // The same fields through the standard library's key paths.
        var viaKeyPaths: [String: String] = [:]
        _ = _forEachFieldWithKeyPath(of: Mixed.self) { name, keyPath in
            viaKeyPaths[String(cString: name)] = "\(mixed[keyPath: keyPath])"
            return true
        }
        for name in ["flag", "count", "small", "ratio", "title", "tags", "labels", "last"] {
            #expect(box.child(named: name).map { "\($0)" } == viaKeyPaths[name], "\(name)")
        }
    }
}

/// A type whose values templates iterate or unwrap: the walk looks at what it holds.
private protocol TemplateContainer {
    static var elementTypes: [Any.Type] { get }
}

extension Optional: TemplateContainer {
    fileprivate static var elementTypes: [Any.Type] { [Wrapped.self] }
}

extension Array: TemplateContainer {
    fileprivate static var elementTypes: [Any.Type] { [Element.self] }
}

extension Set: TemplateContainer {
    fileprivate static var elementTypes: [Any.Type] { [Element.self] }
}

extension Dictionary: TemplateContainer {
    fileprivate static var elementTypes: [Any.Type] { [Key.self, Value.self] }
}
