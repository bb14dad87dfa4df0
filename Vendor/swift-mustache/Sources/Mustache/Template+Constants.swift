//
// Folio patch 15: constants written into the tokens.
//

extension MustacheTemplate {
    /// Whether the template, or a template inside it, changes the content type
    /// (`{{% CONTENT_TYPE: … }}`); `resolvingConstants` leaves such a library as it is.
    var changesContentType: Bool {
        tokens.contains { token in
            switch token {
            case .contentType: true
            case .section(_, _, let template), .invertedSection(_, _, let template), .blockDefinition(_, let template):
                template.changesContentType
            case .blockExpansion(_, let template, _):
                template.changesContentType
            case .partial(_, _, let inherits), .dynamicNamePartial(_, _, let inherits):
                inherits?.values.contains { $0.changesContentType } ?? false
            case .text, .variable, .unescapedVariable:
                false
            }
        }
    }

    /// The template with each `{{name}}` and `{{{name}}}` without transforms whose name `constant`
    /// answers replaced by its text, HTML-escaped for `{{name}}`, as rendering it would write.
    /// The caller vouches that the name has that value in every context the template is rendered in.
    func resolvingConstants(_ constant: (String) -> String?) -> MustacheTemplate {
        var resolved = self
        resolved.tokens = tokens.map { token in
            switch token {
            case .variable(let name, let transforms) where transforms.isEmpty:
                if let value = constant(name) { return .text(value.htmlEscape()) }
                return token
            case .unescapedVariable(let name, let transforms) where transforms.isEmpty:
                if let value = constant(name) { return .text(value) }
                return token
            case .text, .variable, .unescapedVariable, .contentType:
                return token
            case .section(let name, let transforms, let template):
                return .section(name: name, transforms: transforms, template: template.resolvingConstants(constant))
            case .invertedSection(let name, let transforms, let template):
                return .invertedSection(name: name, transforms: transforms, template: template.resolvingConstants(constant))
            case .blockDefinition(let name, let template):
                return .blockDefinition(name: name, template: template.resolvingConstants(constant))
            case .blockExpansion(let name, let template, let indentation):
                return .blockExpansion(name: name, default: template.resolvingConstants(constant), indentation: indentation)
            case .partial(let name, let indentation, let inherits):
                return .partial(name, indentation: indentation, inherits: inherits?.mapValues { $0.resolvingConstants(constant) })
            case .dynamicNamePartial(let name, let indentation, let inherits):
                return .dynamicNamePartial(name, indentation: indentation, inherits: inherits?.mapValues { $0.resolvingConstants(constant) })
            }
        }
        return resolved
    }
}

extension MustacheLibrary {
    /// Every template with the names `constant` answers written in as text (see
    /// `MustacheTemplate.resolvingConstants`). A library in which a template changes the content
    /// type is returned as it is: the escaping a value gets would depend on where it is rendered.
    public func resolvingConstants(_ constant: (String) -> String?) -> MustacheLibrary {
        guard !templates.values.contains(where: \.changesContentType) else { return self }
        return MustacheLibrary(templates: templates.mapValues { $0.resolvingConstants(constant) })
    }
}
