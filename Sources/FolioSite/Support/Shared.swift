/// A value held in one immutable object, so that copying the struct that holds it is one retain.
///
/// Loaded pages and dossiers are copied into every page's closure, sorted and grouped; as plain
/// structs each copy moved kilobytes and retained every reference in them (issue 15).
final class Shared<Value: Sendable>: Sendable {
    let value: Value

    init(_ value: Value) { self.value = value }
}
