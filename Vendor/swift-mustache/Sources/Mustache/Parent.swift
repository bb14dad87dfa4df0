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

/// Folio patch: what a value is, for the engine's lookups and sections, told by its dynamic type.
/// A type comparison is one pointer compare; `is`/`as?` on an `Any` goes through the runtime's
/// cast machinery, and for a value that is not the type asked for, through conformance lookups.
/// The one place the engine's fast paths decide what a value is.
enum MustacheValueKind {
    case string
    case bool(Bool)
    case absent
    /// A list of parent objects: how Folio boxes a list of views.
    case parents([MustacheParentObject])
    case dictionaryOfStrings
    case parent(MustacheParentObject)
    /// Anything else: the engine's general casts decide.
    case other

    @inline(__always)
    init(_ value: Any) {
        let type = type(of: value)
        if type == String.self {
            self = .string
        } else if type == Bool.self {
            self = .bool(value as! Bool)
        } else if type == MustacheAbsent.self {
            self = .absent
        } else if type == [MustacheParentObject].self {
            self = .parents(value as! [MustacheParentObject])
        } else if type == [String: String].self {
            self = .dictionaryOfStrings
        } else if let parent = MustacheParentObject.cast(value) {
            self = .parent(parent)
        } else {
            self = .other
        }
    }

    /// Whether the value may have a custom representation: only a value of another kind can.
    var mayBeCustom: Bool {
        if case .other = self { return true }
        return false
    }
}
