//
// This source file is part of the Hummingbird server framework project
// Copyright (c) the Hummingbird authors
//
// See LICENSE.txt for license information
// SPDX-License-Identifier: Apache-2.0
//

/// Protocol for object that has a custom method for accessing their children, instead
/// of using Mirror
public protocol MustacheParent {
    func child(named: String) -> Any?
}

/// Extend dictionary where the key is a string so that it uses the key values to access
/// it values
extension Dictionary: MustacheParent where Key == String {
    public func child(named: String) -> Any? { self[named] }
}

/// Folio patch: a parent the engine recognises by one class cast. A `MustacheParent` struct or
/// class costs a protocol conformance lookup at every level of the context stack that a name is
/// looked up in (two, with `MustacheCustomRepresentation`), and another for each section it opens;
/// a subclass of this costs a walk up its superclasses. It answers `child(named:)` like any parent;
/// the engine does not ask it for a custom representation, and a section on it renders it as an
/// object (never as a sequence or a custom renderable).
open class MustacheParentObject: MustacheParent {
    public init() {}

    open func child(named name: String) -> Any? { nil }

    /// The value as a parent object, if it is one. The dynamic type is asked first: `as?` to a
    /// class tries to bridge a value type to an object first (a `String` to an `NSString`), which
    /// cost far more than the protocol lookups this class avoids.
    @inline(__always)
    static func cast(_ value: Any) -> MustacheParentObject? {
        guard type(of: value) is MustacheParentObject.Type else { return nil }
        return value as? MustacheParentObject
    }
}

/// Folio patch: the commonest values, told apart by their dynamic type alone. A type comparison is
/// one pointer compare; `is`/`as?` on an `Any` goes through the runtime's cast machinery, and for
/// a value that is not the type asked for, through conformance lookups.
enum MustacheValueKind {
    /// A string, a boolean, an absent value, a list of parent objects or a dictionary of strings:
    /// none has a custom representation.
    @inline(__always)
    static func isPlain(_ value: Any) -> Bool {
        let type = type(of: value)
        return type == String.self || type == Bool.self || type == MustacheAbsent.self
            || type == [MustacheParentObject].self || type == [String: String].self
    }
}
