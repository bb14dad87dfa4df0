@_spi(Reflection) import Swift
import Mustache

/// A view model Mustache reads directly: each lookup is a table hit and a key-path read.
///
/// swift-mustache reads a plain struct through `Mirror`, reflecting it again for every key at
/// every level of the context stack; converting each page's view model into `[String: Any]`
/// dictionaries first cost nearly as much. A view model that conforms answers `child(named:)`
/// from its type's field table, built once per type, so rendering builds nothing per page.
///
/// Conforming takes one line, naming the table:
/// `extension DossierPageView: TemplateView { static let templateFields = TemplateFields<Self>() }`.
/// Every view model a template reaches should conform (`TemplateFieldsTests` checks the pages'
/// view models); one that does not still renders the same, through swift-mustache's `Mirror`.
protocol TemplateView: MustacheParent, TemplateBoxable {
    static var templateFields: TemplateFields<Self> { get }
}

extension TemplateView {
    func child(named name: String) -> Any? {
        TemplateBox(self, render: nil).child(named: name)
    }

    func templateBoxed(in render: TemplateRender?) -> Any? { TemplateBox(self, render: render) }
}

/// What one render shares with every view model in it: the page's labels.
///
/// Nearly a third of a dossier page's lookups were `{{labels.…}}`, each a walk down the context
/// stack to the page view. Every boxed view model answers `labels` with these at once, at any
/// depth, which is what lets `TemplateSet` write each `{{labels.key}}` into the templates.
final class TemplateRender: Sendable {
    let labels: [String: String]

    init(labels: [String: String]) { self.labels = labels }
}

/// A view model type's stored properties by name, each with a reader that unwraps an optional.
/// An absent optional reads as `TemplateAbsent`: empty and false, as `nil` would be, but found,
/// so Mustache does not go on to look for the name in the views around it.
struct TemplateFields<Root: TemplateView>: @unchecked Sendable {
    // Unchecked: the table is filled once in `init` and only read afterwards.
    /// Each reader takes the box the view is in. A table of closures over `Root` is a generic type,
    /// and the unspecialised code of a lookup made its metadata again at every read (issue 15).
    private let readers: FieldTable<(AnyObject) -> Any?>
    /// The type's own `labels` field, read only outside a render (the render's labels answer within one).
    private let labelsReader: ((AnyObject) -> Any?)?

    init() {
        var readers: [(String, (AnyObject) -> Any?)] = []
        var labelsReader: ((AnyObject) -> Any?)?
        _ = _forEachField(of: Root.self) { name, offset, type, _ in
            let name = String(cString: name)
            if name == "labels" {
                labelsReader = Self.reader(offset: offset, type: type)
            } else {
                readers.append((name, Self.reader(offset: offset, type: type)))
            }
            return true
        }
        self.readers = FieldTable(readers)
        self.labelsReader = labelsReader
    }

    /// Within a render, `labels` is the render's at every depth, whatever a view holds: so
    /// `{{labels.key}}` has one value on every page of a language, and `TemplateSet` writes it
    /// into the templates before rendering (issue 15).
    func value(named name: String, in box: TemplateBox<Root>) -> Any? {
        if let reader = readers.value(named: name) { return reader(box) }
        guard name == "labels" else { return nil }
        if let render = box.render { return render.labels }
        return labelsReader?(box)
    }

    /// The field's stored names, for tests.
    var names: [String] { readers.names + (labelsReader == nil ? [] : ["labels"]) }

    /// A field is read at its offset in the view, as the runtime's own field table gives it. A key
    /// path read the same bytes, but its unspecialised projection looked up type metadata at every
    /// read: a twentieth of a dossier-heavy build (issue 15). `TemplateFieldsTests` compares the two.
    private static func reader(offset: Int, type: Any.Type) -> (AnyObject) -> Any? {
        let boxType = TemplateBox<Root>.self
        func typed<Field>(_: Field.Type) -> (AnyObject) -> Any? {
            if let boxable = Field.self as? any TemplateBoxable.Type {
                func boxing<Boxable: TemplateBoxable>(_: Boxable.Type) -> (AnyObject) -> Any? {
                    { object in
                        let box = unsafeDowncast(object, to: boxType)
                        return box.field(at: offset, as: Boxable.self).templateBoxed(in: box.render)
                    }
                }
                return boxing(boxable)
            }
            if let optional = Field.self as? any TemplateOptional.Type {
                func unwrapping<Wrapping: TemplateOptional>(_: Wrapping.Type) -> (AnyObject) -> Any? {
                    { object in unsafeDowncast(object, to: boxType).field(at: offset, as: Wrapping.self).templateWrapped }
                }
                return unwrapping(optional)
            }
            return { object in unsafeDowncast(object, to: boxType).field(at: offset, as: Field.self) }
        }
        return _openExistential(type, do: typed)
    }
}

/// A view model in a class, as the templates see it: Mustache casts each object on its context
/// stack to find its fields, and a struct in an `Any` is copied (every field retained) by each
/// such cast; a box is one reference, and the patched engine finds its fields through one class
/// cast instead of protocol lookups (`MustacheParentObject`, Vendor/swift-mustache/FOLIO-PATCHES.md).
final class TemplateBox<View: TemplateView>: MustacheParentObject {
    let view: View
    let render: TemplateRender?

    init(_ view: View, render: TemplateRender?) {
        self.view = view
        self.render = render
    }

    override func child(named name: String) -> Any? {
        View.templateFields.value(named: name, in: self)
    }

    /// The view's stored field at this offset (from the runtime's field table for `View`).
    @inline(__always)
    func field<Field>(at offset: Int, as _: Field.Type) -> Field {
        withUnsafePointer(to: view) { UnsafeRawPointer($0).load(fromByteOffset: offset, as: Field.self) }
    }
}

/// An optional field with no value: renders as nothing, and a section on it is skipped (an
/// inverted one shown), exactly as for `nil`; but Mustache stops looking here, so a view's absent
/// field never shows a field of the same name from a view around it. The engine's own type
/// (a Folio patch), which it tells apart without casts.
typealias TemplateAbsent = MustacheAbsent

/// A field value the readers hand to Mustache boxed: a view model, a list or an optional of them.
protocol TemplateBoxable {
    func templateBoxed(in render: TemplateRender?) -> Any?
}

extension Array: TemplateBoxable where Element: TemplateView {
    /// An array of the base class, whose storage type the runtime need not look up for each `Element`.
    func templateBoxed(in render: TemplateRender?) -> Any? { map { TemplateBox($0, render: render) as MustacheParentObject } }
}

extension Optional: TemplateBoxable where Wrapped: TemplateBoxable {
    func templateBoxed(in render: TemplateRender?) -> Any? {
        switch self {
        case .some(let wrapped): wrapped.templateBoxed(in: render)
        case .none: TemplateAbsent.value
        }
    }
}

/// Lets a field reader unwrap an optional whose wrapped type it does not know.
protocol TemplateOptional {
    var templateWrapped: Any { get }
}

extension Optional: TemplateOptional {
    var templateWrapped: Any {
        switch self {
        case .some(let wrapped): wrapped
        case .none: TemplateAbsent.value
        }
    }
}
