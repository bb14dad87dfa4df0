//
// This source file is part of the Hummingbird server framework project
// Copyright (c) the Hummingbird authors
//
// See LICENSE.txt for license information
// SPDX-License-Identifier: Apache-2.0
//

import Foundation

/// Allow object to override standard hummingbird type rendering which uses
/// `String(describing)`.
public protocol MustacheCustomRenderable {
    /// Custom rendered version of object
    var renderText: String { get }
    /// Whether the object is a null object. Used when scoping sections
    var isNull: Bool { get }
}

extension MustacheCustomRenderable {
    /// default version returning the standard rendering
    var renderText: String { String(describing: self) }
    /// default version returning false
    var isNull: Bool { false }
}

/// Folio patch: a value that is found but holds nothing. It renders as nothing, a section on it is
/// skipped and an inverted one shown, as for `nil`; but the lookup stops where it is found. The
/// engine tells it by its type, without the casts a custom renderable costs.
public struct MustacheAbsent: MustacheCustomRenderable, Sendable {
    public static let value = MustacheAbsent()
    public init() {}
    public var renderText: String { "" }
    public var isNull: Bool { true }
}

/// Provide a custom representation of an object.
///
/// This allows for representation selection at runtime.
public protocol MustacheCustomRepresentation {
    /// How object would like to be represented in mustache context
    var representation: Any? { get }
}

/// Extend NSNull to conform to `MustacheCustomRepresentation` to avoid outputting `<null>` and returning
/// a valid response for `isNull`
extension NSNull: MustacheCustomRepresentation {
    public var representation: Any? { nil }
}
