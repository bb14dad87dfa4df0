import FolioCore

/// Which template includes which partial, and where: checked before anything is rendered.
///
/// swift-mustache resolves a partial only while rendering: a missing one renders as nothing, and
/// one that includes itself recurses until the stack overflows (SIGSEGV). Its tokens are not
/// public, so the include tags are found here in the template text, as its parser reads them:
/// `{{> name}}` and `{{< name}}`, with delimiters changed by `{{=<% %>=}}` followed.
struct PartialGraph {
    struct Include {
        var name: String
        /// `{{>*name}}`: the partial's name is looked up in the data at render time.
        var dynamic: Bool
        var location: SourceLocation
    }

    /// Partials nested deeper than this are refused, so rendering never exhausts a thread's stack.
    static let maxDepth = 24

    /// Every include tag of each template, in text order, by template name.
    var includes: [String: [Include]]

    init(templates: [String: (text: String, file: String)]) {
        includes = templates.mapValues { Self.scan($0.text, file: $0.file) }
    }

    /// Every missing, dynamic or cyclic include, and chains nested too deep.
    func problems(into sink: DiagnosticSink) {
        let names = includes.keys.sorted()
        let known = Set(names)
        let partials = names.filter { $0.hasPrefix("partials/") }
        for name in names {
            for include in includes[name]! {
                if include.dynamic {
                    sink.error(include.location, "the dynamic partial '{{>*\(include.name)}}' is not supported: name the partial, e.g. {{> partials/nav}}")
                } else if !known.contains(include.name) {
                    let existing = (partials.isEmpty ? names : partials).joined(separator: ", ")
                    sink.error(include.location, "the partial '\(include.name)' does not exist (no \(include.name).mustache in the templates folder): use one of \(existing), or add the file")
                }
            }
        }
        if !reportCycles(names, into: sink) { reportDepth(names, into: sink) }
    }

    private func edges(_ name: String) -> [Include] {
        (includes[name] ?? []).filter { !$0.dynamic && includes[$0.name] != nil }
    }

    /// Depth-first from every template; each include back into the current chain closes a cycle,
    /// reported at that include. Returns true when there is any.
    private func reportCycles(_ names: [String], into sink: DiagnosticSink) -> Bool {
        var done: Set<String> = []
        var chain: [String] = []
        var found = false
        func visit(_ name: String) {
            chain.append(name)
            for include in edges(name) {
                if let start = chain.firstIndex(of: include.name) {
                    let cycle = (chain[start...] + [include.name]).joined(separator: " → ")
                    sink.error(include.location, "partial include cycle \(cycle): rendering it would never end; remove this include or break the chain")
                    found = true
                } else if !done.contains(include.name) {
                    visit(include.name)
                }
            }
            chain.removeLast()
            done.insert(name)
        }
        for name in names where !done.contains(name) { visit(name) }
        return found
    }

    /// The longest chain of includes, reported at its first include when longer than `maxDepth`.
    /// Called only when there is no cycle, so every chain ends.
    private func reportDepth(_ names: [String], into sink: DiagnosticSink) {
        var deepest: [String: [String]] = [:]
        func chain(from name: String) -> [String] {
            if let known = deepest[name] { return known }
            let longest = edges(name).map { chain(from: $0.name) }.max { $0.count < $1.count } ?? []
            deepest[name] = [name] + longest
            return [name] + longest
        }
        guard let root = names.max(by: { chain(from: $0).count < chain(from: $1).count }) else { return }
        let longest = chain(from: root)
        guard longest.count > Self.maxDepth + 1, let first = edges(root).first(where: { $0.name == longest[1] }) else { return }
        sink.error(first.location, "partials nest \(longest.count - 1) deep (\(longest.joined(separator: " → "))): at most \(Self.maxDepth) levels are supported; include fewer partials inside partials")
    }

    /// The include tags of one template text. Lines and columns count from 1, columns in Unicode
    /// scalars (as `SourceLocation` does), at the tag's opening delimiter.
    static func scan(_ text: String, file: String) -> [Include] {
        let scalars = Array(text.unicodeScalars)
        var open = Array("{{".unicodeScalars), close = Array("}}".unicodeScalars)
        var includes: [Include] = []
        var index = 0
        var line = 1, lineStart = 0, counted = 0

        func matches(_ delimiter: [Unicode.Scalar], at position: Int) -> Bool {
            guard position + delimiter.count <= scalars.count else { return false }
            for (offset, scalar) in delimiter.enumerated() where scalars[position + offset] != scalar { return false }
            return true
        }
        func find(_ delimiter: [Unicode.Scalar], from position: Int) -> Int? {
            var position = position
            while position + delimiter.count <= scalars.count {
                if matches(delimiter, at: position) { return position }
                position += 1
            }
            return nil
        }
        func location(of position: Int) -> SourceLocation {
            while counted < position {
                if scalars[counted] == "\n" { line += 1; lineStart = counted + 1 }
                counted += 1
            }
            return SourceLocation(file: file, line: line, column: position - lineStart + 1)
        }
        func isSpace(_ position: Int) -> Bool { position < scalars.count && scalars[position].properties.isWhitespace }
        func skipSpace(_ position: inout Int) { while isSpace(position) { position += 1 } }

        while let tag = find(open, from: index) {
            var position = tag + open.count
            guard position < scalars.count else { break }
            switch scalars[position] {
            case ">", "<":
                let inherits = scalars[position] == "<"
                position += 1
                skipSpace(&position)
                var dynamic = false
                if !inherits, position < scalars.count, scalars[position] == "*" {
                    dynamic = true
                    position += 1
                }
                skipSpace(&position)
                var name = ""
                while position < scalars.count, partialNameScalars.contains(scalars[position]) {
                    name.unicodeScalars.append(scalars[position])
                    position += 1
                }
                if inherits, name.hasPrefix("*") {
                    dynamic = true
                    name.removeFirst()
                }
                includes.append(Include(name: name, dynamic: dynamic, location: location(of: tag)))
            case "=":
                // {{=<% %>=}}: the new delimiters, then `=` and the old closing delimiter.
                position += 1
                skipSpace(&position)
                var newOpen: [Unicode.Scalar] = []
                while position < scalars.count, !isSpace(position) { newOpen.append(scalars[position]); position += 1 }
                skipSpace(&position)
                var newClose: [Unicode.Scalar] = []
                while position < scalars.count, !isSpace(position), scalars[position] != "=" { newClose.append(scalars[position]); position += 1 }
                skipSpace(&position)
                guard position < scalars.count, scalars[position] == "=", matches(close, at: position + 1) else { return includes }
                index = position + 1 + close.count
                if !newOpen.isEmpty, !newClose.isEmpty { (open, close) = (newOpen, newClose) }
                continue
            default:
                break
            }
            guard let end = find(close, from: position) else { break }
            index = end + close.count
        }
        return includes
    }

    /// The characters swift-mustache accepts in a partial's name.
    private static let partialNameScalars = Set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*/".unicodeScalars)
}
