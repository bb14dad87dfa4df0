//
// This source file is part of the Hummingbird server framework project
// Copyright (c) the Hummingbird authors
//
// See LICENSE.txt for license information
// SPDX-License-Identifier: Apache-2.0
//

/// Context while rendering mustache tokens
/// Folio patch: one object of the context stack, linked to the one below it.
///
/// Upstream kept the stack as an `[Any]` that every section copied to push one object (an
/// allocation and a retain of every object below), and every name looked up cast each object
/// again to learn whether it could have children. A frame is pushed without copying, and knows
/// what its object is from the moment it is pushed.
final class MustacheFrame {
    let object: Any
    /// The object as a `MustacheParentObject`, when it is one: its children are read without a cast.
    let parent: MustacheParentObject?
    /// Whether the object is a string, which has no children.
    let isString: Bool
    let below: MustacheFrame?

    init(_ object: Any, below: MustacheFrame?) {
        self.object = object
        switch MustacheValueKind(object) {
        case .parent(let parent): self.parent = parent; self.isString = false
        case .string: self.parent = nil; self.isString = true
        default: self.parent = nil; self.isString = false
        }
        self.below = below
    }

    init(parent: MustacheParentObject, below: MustacheFrame?) {
        self.object = parent
        self.parent = parent
        self.isString = false
        self.below = below
    }
}

struct MustacheContext {
    /// The innermost object's frame (Folio patch: see `MustacheFrame`).
    let top: MustacheFrame
    /// The innermost object.
    var last: Any { top.object }
    let sequenceContext: MustacheSequenceContext?
    let indentation: String?
    let inherited: [String: MustacheTemplate]?
    let contentType: MustacheContentType
    let library: MustacheLibrary?
    let reloadPartials: Bool

    /// initialize context with a single objectt
    init(_ object: Any, library: MustacheLibrary? = nil, reloadPartials: Bool = false) {
        self.top = MustacheFrame(object, below: nil)
        self.sequenceContext = nil
        self.indentation = nil
        self.inherited = nil
        self.contentType = HTMLContentType()
        self.library = library
        self.reloadPartials = reloadPartials
    }

    private init(
        top: MustacheFrame,
        sequenceContext: MustacheSequenceContext?,
        indentation: String?,
        inherited: [String: MustacheTemplate]?,
        contentType: MustacheContentType,
        library: MustacheLibrary? = nil,
        reloadPartials: Bool
    ) {
        self.top = top
        self.sequenceContext = sequenceContext
        self.indentation = indentation
        self.inherited = inherited
        self.contentType = contentType
        self.library = library
        self.reloadPartials = reloadPartials
    }

    /// return context with object add to stack
    func withObject(_ object: Any) -> MustacheContext {
        withFrame(MustacheFrame(object, below: self.top))
    }

    /// Folio patch: a parent object pushed as one, without casting it again.
    func withParent(_ parent: MustacheParentObject) -> MustacheContext {
        withFrame(MustacheFrame(parent: parent, below: self.top))
    }

    private func withFrame(_ top: MustacheFrame) -> MustacheContext {
        .init(
            top: top,
            sequenceContext: nil,
            indentation: self.indentation,
            inherited: self.inherited,
            contentType: self.contentType,
            library: self.library,
            reloadPartials: self.reloadPartials
        )
    }

    /// return context with indent and parameter information for invoking a partial
    func withPartial(indented: String?, inheriting: [String: MustacheTemplate]?) -> MustacheContext {
        let indentation: String?
        if let indented {
            indentation = (self.indentation ?? "") + indented
        } else {
            indentation = self.indentation
        }
        let inherits: [String: MustacheTemplate]?
        if let inheriting {
            if let originalInherits = self.inherited {
                inherits = originalInherits.merging(inheriting) { value, _ in value }
            } else {
                inherits = inheriting
            }
        } else {
            inherits = self.inherited
        }
        return .init(
            top: self.top,
            sequenceContext: nil,
            indentation: indentation,
            inherited: inherits,
            contentType: HTMLContentType(),
            library: self.library,
            reloadPartials: self.reloadPartials
        )
    }

    /// return context with indent information for invoking an inheritance block
    func withBlockExpansion(indented: String?) -> MustacheContext {
        let indentation: String?
        if let indented {
            indentation = (self.indentation ?? "") + indented
        } else {
            indentation = self.indentation
        }
        return .init(
            top: self.top,
            sequenceContext: nil,
            indentation: indentation,
            inherited: self.inherited,
            contentType: self.contentType,
            library: self.library,
            reloadPartials: self.reloadPartials
        )
    }

    /// return context with sequence info and sequence element added to stack
    func withSequence(_ object: Any, sequenceContext: MustacheSequenceContext) -> MustacheContext {
        .init(
            top: MustacheFrame(object, below: self.top),
            sequenceContext: sequenceContext,
            indentation: self.indentation,
            inherited: self.inherited,
            contentType: self.contentType,
            library: self.library,
            reloadPartials: self.reloadPartials
        )
    }

    /// return context with sequence info and sequence element added to stack
    func withContentType(_ contentType: MustacheContentType) -> MustacheContext {
        .init(
            top: self.top,
            sequenceContext: self.sequenceContext,
            indentation: self.indentation,
            inherited: self.inherited,
            contentType: contentType,
            library: self.library,
            reloadPartials: self.reloadPartials
        )
    }
}
