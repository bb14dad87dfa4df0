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
        Self.templateFields.value(named: name, of: self)
    }
}

/// A view model type's stored properties by name, each with a reader that unwraps an optional
/// (an absent value is `nil`, so Mustache looks further up the context stack, as it does for a
/// missing key).
struct TemplateFields<Root>: @unchecked Sendable {
    // Unchecked: the table is filled once in `init` and only read afterwards.
    private let readers: [String: (Root) -> Any?]
    /// Fields the standard library makes no key path for (a function type stops it, and the
    /// fields after it go unread too); empty for every view model (`TemplateFieldsTests`).
    let unreadable: [String]

    init() {
        var readers: [String: (Root) -> Any?] = [:]
        var names: [String] = []
        _ = _forEachField(of: Root.self) { name, _, _, _ in
            names.append(String(cString: name))
            return true
        }
        _ = _forEachFieldWithKeyPath(of: Root.self) { name, keyPath in
            readers[String(cString: name)] = Self.reader(keyPath)
            return true
        }
        self.readers = readers
        unreadable = names.filter { readers[$0] == nil }
    }

    func value(named name: String, of root: Root) -> Any? {
        readers[name]?(root)
    }

    /// The field's stored names, for tests.
    var names: [String] { Array(readers.keys) }

    private static func reader(_ keyPath: PartialKeyPath<Root>) -> (Root) -> Any? {
        func typed<Leaf>(_: Leaf.Type) -> (Root) -> Any? {
            let path = keyPath as! KeyPath<Root, Leaf>
            if let boxable = Leaf.self as? any TemplateBoxable.Type {
                func boxing<Field: TemplateBoxable>(_: Field.Type) -> (Root) -> Any? {
                    let path = keyPath as! KeyPath<Root, Field>
                    return { $0[keyPath: path].templateBoxed }
                }
                return boxing(boxable)
            }
            if let optional = Leaf.self as? any TemplateOptional.Type {
                func unwrapping<Field: TemplateOptional>(_: Field.Type) -> (Root) -> Any? {
                    let path = keyPath as! KeyPath<Root, Field>
                    return { $0[keyPath: path].templateWrapped }
                }
                return unwrapping(optional)
            }
            return { $0[keyPath: path] }
        }
        return _openExistential(type(of: keyPath).valueType, do: typed)
    }
}

/// A view model in a class, as the templates see it: Mustache casts each object on its context
/// stack to find its fields and walks the whole stack for a name like `labels.source`, and a struct
/// in an `Any` is copied (every field retained) by each such cast; a box is one reference.
final class TemplateBox<View: TemplateView>: MustacheParent {
    let view: View

    init(_ view: View) { self.view = view }

    func child(named name: String) -> Any? {
        View.templateFields.value(named: name, of: view)
    }
}

/// A field value the readers hand to Mustache boxed: a view model, a list or an optional of them.
protocol TemplateBoxable {
    var templateBoxed: Any? { get }
}

extension TemplateView {
    var templateBoxed: Any? { TemplateBox(self) }
}

extension Array: TemplateBoxable where Element: TemplateView {
    var templateBoxed: Any? { map { TemplateBox($0) } }
}

/// An absent view model is `nil`, so Mustache looks further up the context stack.
extension Optional: TemplateBoxable where Wrapped: TemplateBoxable {
    var templateBoxed: Any? { flatMap(\.templateBoxed) }
}

/// Lets a field reader unwrap an optional whose wrapped type it does not know.
protocol TemplateOptional {
    var templateWrapped: Any? { get }
}

extension Optional: TemplateOptional {
    var templateWrapped: Any? {
        switch self {
        case .some(let wrapped): wrapped
        case .none: nil
        }
    }
}
