//
// This source file is part of the Hummingbird server framework project
// Copyright (c) the Hummingbird authors
//
// See LICENSE.txt for license information
// SPDX-License-Identifier: Apache-2.0
//

import Foundation

extension MustacheTemplate {
    /// Render template using object
    /// - Parameters:
    ///   - stack: Object
    ///   - context: Context that render is occurring in. Contains information about position in sequence
    ///   - indentation: indentation of partial
    /// - Returns: Rendered text
    func render(context: MustacheContext) -> String {
        var string = ""
        var context = context

        // Folio patch: tokens are read in place by index; `for token in tokens` copied each one,
        // retaining and releasing its names, strings and nested template.
        if let indentation = context.indentation, indentation != "" {
            for index in tokens.indices {
                let renderedString = self.renderToken(tokens[index], context: &context)
                // if rendered string is not empty and we are on a new line
                // Folio patch: `isEmpty`, not `count > 0`, which counted the Characters of every token.
                if !renderedString.isEmpty, string.last == "\n" {
                    string += indentation
                }
                string += renderedString
            }
        } else {
            for index in tokens.indices {
                let result = self.renderToken(tokens[index], context: &context)
                string += result
            }
        }
        return string
    }

    func renderToken(_ token: Token, context: inout MustacheContext) -> String {
        switch token {
        case .text(let text):
            return text

        case .variable(let variable, let transforms):
            if let child = getChild(named: variable, transforms: transforms, context: context) {
                // Folio patch: a string, the commonest value, is neither a template, a custom
                // renderable nor a lambda; skip the three casts and `String(describing:)`. An absent
                // value renders nothing.
                let type = type(of: child)
                if type == String.self {
                    return context.contentType.escapeText(child as! String)
                } else if type == MustacheAbsent.self {
                    return ""
                } else if let template = child as? MustacheTemplate {
                    return template.render(context: context)
                } else if let renderable = child as? MustacheCustomRenderable {
                    return context.contentType.escapeText(renderable.renderText)
                } else if let lambda = child as? MustacheLambda {
                    return self.renderLambda(lambda, parameter: "", context: context)
                } else {
                    return context.contentType.escapeText(String(describing: unwrapIfAnyContainsOptional(child)))
                }
            }

        case .unescapedVariable(let variable, let transforms):
            if let child = getChild(named: variable, transforms: transforms, context: context) {
                let type = type(of: child)
                if type == String.self {
                    return child as! String
                } else if type == MustacheAbsent.self {
                    return ""
                } else if let renderable = child as? MustacheCustomRenderable {
                    return renderable.renderText
                } else if let lambda = child as? MustacheLambda {
                    return self.renderUnescapedLambda(lambda, parameter: "", context: context)
                } else {
                    return String(describing: unwrapIfAnyContainsOptional(child))
                }
            }

        case .section(let variable, let transforms, let template):
            let child = self.getChild(named: variable, transforms: transforms, context: context)
            // Folio patch: the value is classified once, and only a value of another kind than
            // the engine knows (`MustacheValueKind.other`) may be a lambda: the cast to one went
            // through the runtime's general cast for every section.
            guard let child else { return self.renderSection(nil, with: template, context: context) }
            let kind = MustacheValueKind(child)
            if case .other = kind, let lambda = child as? MustacheLambda {
                return self.renderUnescapedLambda(lambda, parameter: template.text, context: context)
            }
            return self.renderSection(child, kind: kind, with: template, context: context)

        case .invertedSection(let variable, let transforms, let template):
            let child = self.getChild(named: variable, transforms: transforms, context: context)
            return self.renderInvertedSection(child, with: template, context: context)

        case .blockExpansion(let name, let defaultTemplate, let indented):
            if let override = context.inherited?[name] {
                return override.render(context: context.withBlockExpansion(indented: indented))
            } else {
                return defaultTemplate.render(context: context.withBlockExpansion(indented: indented))
            }

        case .partial(let name, let indentation, let overrides):
            if var template = context.library?.getTemplate(named: name) {
                #if DEBUG
                if context.reloadPartials {
                    guard let filename = template.filename else {
                        preconditionFailure("Can only use reload if template was generated from a file")
                    }
                    do {
                        guard let partialTemplate = try MustacheTemplate(filename: filename) else { return "Cannot find template at \(filename)" }
                        template = partialTemplate
                    } catch {
                        return "\(error)"
                    }
                }
                #endif
                return template.render(context: context.withPartial(indented: indentation, inheriting: overrides))
            }

        case .dynamicNamePartial(let name, let indentation, let overrides):
            let child = self.getChild(named: name, transforms: [], context: context)
            guard let childName = child as? String else {
                return ""
            }
            if var template = context.library?.getTemplate(named: childName) {
                #if DEBUG
                if context.reloadPartials {
                    guard let filename = template.filename else {
                        preconditionFailure("Can only use reload if template was generated from a file")
                    }
                    do {
                        guard let partialTemplate = try MustacheTemplate(filename: filename) else { return "Cannot find template at \(filename)" }
                        template = partialTemplate
                    } catch {
                        return "\(error)"
                    }
                }
                #endif
                return template.render(context: context.withPartial(indented: indentation, inheriting: overrides))
            }

        case .contentType(let contentType):
            context = context.withContentType(contentType)

        case .blockDefinition:
            fatalError("Should not be rendering block definitions")
        }
        return ""
    }

    /// Render a section
    /// - Parameters:
    ///   - child: Object to render section for
    ///   - parent: Current object being rendered
    ///   - template: Template to render with
    /// - Returns: Rendered text
    func renderSection(_ child: Any?, with template: MustacheTemplate, context: MustacheContext) -> String {
        guard let child else { return self.renderSection(nil, kind: .other, with: template, context: context) }
        return self.renderSection(child, kind: MustacheValueKind(child), with: template, context: context)
    }

    /// Folio patch: `kind` is the child's `MustacheValueKind`, when the caller has it already.
    func renderSection(_ child: Any?, kind: MustacheValueKind, with template: MustacheTemplate, context: MustacheContext) -> String {
        // Folio patch: a string is not a `MustacheSequence`, a `Bool` or a custom renderable; a
        // boolean is told by its type before the casts to a sequence and a custom renderable.
        if let child {
            switch kind {
            case .string: return template.render(context: context.withObject(child))
            case .bool(let bool): return bool ? template.render(context: context) : ""
            case .absent: return ""
            case .parents(let parents): return parents.renderSection(with: template, context: context)
            case .parent(let parent): return template.render(context: context.withParent(parent))
            case .dictionaryOfStrings, .other: break
            }
        }
        switch child {
        case let array as any MustacheSequence:
            return array.renderSection(with: template, context: context)
        case let bool as Bool:
            return bool ? template.render(context: context) : ""
        case let null as MustacheCustomRenderable where null.isNull == true:
            return ""
        case .some(let value):
            return template.render(context: context.withObject(value))
        case .none:
            return ""
        }
    }

    /// Render an inverted section
    /// - Parameters:
    ///   - child: Object to render section for
    ///   - parent: Current object being rendered
    ///   - template: Template to render with
    /// - Returns: Rendered text
    func renderInvertedSection(_ child: Any?, with template: MustacheTemplate, context: MustacheContext) -> String {
        if let child {
            switch MustacheValueKind(child) {
            case .string, .parent: return ""
            case .bool(let bool): return bool ? "" : template.render(context: context)
            case .absent: return template.render(context: context)
            case .parents(let parents): return parents.renderInvertedSection(with: template, context: context)
            case .dictionaryOfStrings, .other: break
            }
        }
        switch child {
        case let array as any MustacheSequence:
            return array.renderInvertedSection(with: template, context: context)
        case let bool as Bool:
            return bool ? "" : template.render(context: context)
        case let null as MustacheCustomRenderable where null.isNull == true:
            return template.render(context: context)
        case .some:
            return ""
        case .none:
            return template.render(context: context)
        }
    }

    func renderLambda(_ lambda: MustacheLambda, parameter: String, context: MustacheContext) -> String {
        var lambda = lambda
        while true {
            guard let result = lambda(parameter) else { return "" }
            if let string = result as? String {
                do {
                    let newTemplate = try MustacheTemplate(string: context.contentType.escapeText(string))
                    return self.renderSection(context.last, with: newTemplate, context: context)
                } catch {
                    return ""
                }
            } else if let lambda2 = result as? MustacheLambda {
                lambda = lambda2
                continue
            } else {
                return context.contentType.escapeText(String(describing: unwrapIfAnyContainsOptional(result)))
            }
        }
    }

    func renderUnescapedLambda(_ lambda: MustacheLambda, parameter: String, context: MustacheContext) -> String {
        var lambda = lambda
        while true {
            guard let result = lambda(parameter) else { return "" }
            if let string = result as? String {
                do {
                    let newTemplate = try MustacheTemplate(string: string)
                    return self.renderSection(context.last, with: newTemplate, context: context)
                } catch {
                    return ""
                }
            } else if let lambda2 = result as? MustacheLambda {
                lambda = lambda2
                continue
            } else {
                return String(describing: unwrapIfAnyContainsOptional(result))
            }
        }
    }

    /// Get child object from variable name
    func getChild(named name: String, transforms: [String], context: MustacheContext) -> Any? {
        func _getImmediateChild(named name: String, from object: Any) -> Any? {
            // Folio patch: one class cast for the commonest parent (see `MustacheParentObject`).
            if let parent = MustacheParentObject.cast(object) {
                return parent.child(named: name)
            }
            // Folio patch: a dictionary of strings (a page's labels) is a `MustacheParent` and
            // nothing else; a cast to its type is a type comparison, not two protocol lookups.
            // Its type is compared first: `as?` would convert a `[String: Any]` element by element.
            if type(of: object) == [String: String].self, let dictionary = object as? [String: String] {
                return dictionary[name]
            }
            // Folio patch: a string (a section on a text, `{{#date}}…{{/date}}`) has no children;
            // without this, every name looked up inside such a section cast it to two protocols
            // and reflected it before going on down the stack.
            if type(of: object) == String.self {
                return nil
            }
            let child = {
                let object: Any? =
                    if let custom = object as? MustacheCustomRepresentation {
                        custom.representation
                    } else {
                        object
                    }
                if let customBox = object as? MustacheParent {
                    return customBox.child(named: name)
                } else if let object {
                    let mirror = Mirror(reflecting: object)
                    return mirror.getValue(forKey: name)
                } else {
                    return nil
                }
            }()
            return child
        }

        func _getChild(named names: ArraySlice<String>, from object: Any) -> Any? {
            guard let name = names.first else { return object }
            var object = object
            if let lambda = object as? MustacheLambda {
                guard let result = lambda("") else { return nil }
                object = result
            }
            guard let childObject = _getImmediateChild(named: name, from: object) else { return nil }
            let names2 = names.dropFirst()
            return _getChild(named: names2, from: childObject)
        }

        /// Folio patch: the walk down the stack, innermost first, over frames that already know
        /// whether their object is a parent (read without a cast) or a string (skipped).
        func _getChildInFrames(named name: String, from top: MustacheFrame) -> Any? {
            var frame: MustacheFrame? = top
            while let current = frame {
                if let parent = current.parent {
                    if let childObject = parent.child(named: name) { return childObject }
                } else if !current.isString, let childObject = _getImmediateChild(named: name, from: current.object) {
                    return childObject
                }
                frame = current.below
            }
            return nil
        }

        // work out which object to access. "." means the current object, if the variable name is ""
        // and we have a transform to run on the variable then we need the context object, otherwise
        // the name is split by "." and we use mirror to get the correct child object. If we cannot find
        // the root object we look up the context stack until we can find one with a matching name. The
        // stack climbing can be disabled by prefixing the variable name with a "."
        var child: Any?
        if name == "." {
            child = context.last
        } else if name == "", !transforms.isEmpty {
            child = context.sequenceContext
        } else if !name.containsUTF8(UInt8(ascii: ".")) {
            // Folio patch: a plain name (most lookups) is looked up without splitting it into an
            // array of one; the same walk down the stack as `_getChildInFrames`.
            child = _getChildInFrames(named: name, from: context.top)
        } else if name.first == "." {
            let nameSplit = name.split(separator: ".").map { String($0) }
            child = _getChild(named: nameSplit[...], from: context.last)
        } else {
            // Folio patch: a dotted name ("labels.title") is walked a part at a time, without
            // making arrays of its parts; the same walk as `_getChildInFrames` and `_getChild`.
            var rest = Substring(name)
            func nextPart() -> String? {
                while let dot = rest.utf8.firstIndex(of: UInt8(ascii: ".")) {
                    let part = rest[..<dot]
                    rest = rest[rest.utf8.index(after: dot)...]
                    if !part.isEmpty { return String(part) }
                }
                guard !rest.isEmpty else { return nil }
                defer { rest = rest[rest.endIndex...] }
                return String(rest)
            }
            if let first = nextPart() {
                child = _getChildInFrames(named: first, from: context.top)
                while var object = child, let part = nextPart() {
                    if let lambda = object as? MustacheLambda {
                        guard let result = lambda("") else {
                            child = nil
                            break
                        }
                        object = result
                    }
                    child = _getImmediateChild(named: part, from: object)
                }
            } else {
                child = context.last
            }
        }

        // Folio patch: the commonest values are told by their type, not by casts; only another value
        // can have a custom representation.
        if let found = child, MustacheValueKind(found).mayBeCustom, let custom = found as? MustacheCustomRepresentation {
            child = custom.representation
        }

        // skip transforms if child is already nil
        guard var child else {
            return nil
        }

        // if we want to run a transform and the current child can have transforms applied to it then
        // run transform on the current child
        for transform in transforms.reversed() {
            if let runnable = child as? MustacheTransformable,
                let transformed = runnable.transform(transform)
            {
                child = transformed
                continue
            }

            // return nil if transform is unsuccessful or has returned nil
            return nil
        }
        return child
    }

    private func unwrapIfAnyContainsOptional(_ value: Any) -> Any {
        guard let opt = value as? AnyOptional else { return value }
        return opt.anyWrapped ?? value  // nil? keep the original Optional.none
    }
}
