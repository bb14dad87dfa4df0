import CYAML

/// Composes a YAML text into one tree of `YAMLNode`s from the events of libyaml (Debian's
/// libyaml-dev), the parser underneath the YAML library Folio used before: anchors and aliases
/// resolved, every mapping checked for a key written twice, one document at most.
///
/// Folio's own composer, not that library's, because loading 500 dossiers spent a quarter of
/// its time there: in a tag object per node, each with references to a resolver, and a text
/// decoding through Foundation per scalar (issue 15). `YAMLComposerTests` holds the two to the
/// same trees and the same errors.
enum YAMLComposer {
    /// As deep as lists and mappings may nest: the depth the earlier library's libyaml allowed.
    /// Deeper input is refused with an error, not a stack overflow while the tree is freed.
    static let maximumDepth = 1000

    /// The document's root; nil for a text without one (empty, or only comments).
    static func compose(_ text: String) throws(YAMLError) -> YAMLNode? {
        var text = text
        do {
            return try text.withUTF8 { bytes in try compose(bytes) }
        } catch let error as YAMLError {
            throw error
        } catch {
            throw YAMLError(kind: .reader, problem: "\(error)", mark: nil)
        }
    }

    private static func compose(_ bytes: UnsafeBufferPointer<UInt8>) throws -> YAMLNode? {
        guard let start = bytes.baseAddress, !bytes.isEmpty else { return nil }
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            throw YAMLError(kind: .reader, problem: "out of memory", mark: nil)
        }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(&parser, start, bytes.count)
        var tree = Tree()
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else { throw error(of: parser) }
            defer { yaml_event_delete(&event) }
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return tree.root
            case YAML_DOCUMENT_START_EVENT where tree.root != nil:
                throw YAMLError(kind: .composer, problem: "but found another document", mark: mark(event.start_mark))
            default:
                try tree.take(event)
            }
        }
    }

    /// The nodes being built: the lists and mappings still open, innermost last, and the anchors seen.
    private struct Tree {
        private struct Open {
            var nodes: [YAMLNode] = []
            let isMapping: Bool
            let tag: String?
            let anchor: String?
            let mark: YAMLNode.Mark
        }

        private var open: [Open] = []
        private var anchors: [String: YAMLNode] = [:]
        private(set) var root: YAMLNode?

        mutating func take(_ event: yaml_event_t) throws {
            switch event.type {
            case YAML_SCALAR_EVENT:
                let data = event.data.scalar
                let string = String(decoding: UnsafeBufferPointer(start: data.value, count: data.length), as: UTF8.self)
                let node = YAMLNode.scalar(.init(string: string, tag: text(data.tag), style: style(data.style),
                                                 mark: YAMLComposer.mark(event.start_mark)))
                try finish(node, anchor: text(data.anchor))
            case YAML_ALIAS_EVENT:
                guard let name = text(event.data.alias.anchor), let node = anchors[name] else {
                    throw YAMLError(kind: .composer, problem: "found undefined alias", mark: YAMLComposer.mark(event.start_mark))
                }
                try finish(node, anchor: nil)
            case YAML_SEQUENCE_START_EVENT:
                let data = event.data.sequence_start
                try push(Open(isMapping: false, tag: text(data.tag), anchor: text(data.anchor), mark: YAMLComposer.mark(event.start_mark)))
            case YAML_MAPPING_START_EVENT:
                let data = event.data.mapping_start
                try push(Open(isMapping: true, tag: text(data.tag), anchor: text(data.anchor), mark: YAMLComposer.mark(event.start_mark)))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let closed = open.popLast() else { return }
                try finish(closed.isMapping ? mapping(closed) : .sequence(.init(nodes: closed.nodes, tag: closed.tag, mark: closed.mark)),
                           anchor: closed.anchor)
            default:
                return   // stream and document boundaries
            }
        }

        private mutating func push(_ collection: Open) throws {
            guard open.count < YAMLComposer.maximumDepth else {
                throw YAMLError(kind: .composer, problem: "lists and mappings nest more than \(YAMLComposer.maximumDepth) levels deep; look for a '[' or '{' that is never closed",
                                mark: collection.mark)
            }
            open.append(collection)
        }

        /// A finished node goes into the collection around it, or is the root.
        private mutating func finish(_ node: YAMLNode, anchor: String?) throws {
            if let anchor { anchors[anchor] = node }
            if open.isEmpty {
                root = node
            } else {
                open[open.count - 1].nodes.append(node)
            }
        }

        /// Keys and values alternate in `nodes`; a key written twice is an error.
        private func mapping(_ closed: Open) throws -> YAMLNode {
            var pairs: [YAMLNode.Pair] = []
            pairs.reserveCapacity(closed.nodes.count / 2)
            var index = 0
            while index + 1 < closed.nodes.count {
                pairs.append(YAMLNode.Pair(key: closed.nodes[index], value: closed.nodes[index + 1]))
                index += 2
            }
            try Self.rejectDuplicateKeys(pairs)
            return .mapping(.init(pairs: pairs, tag: closed.tag, mark: closed.mark))
        }

        /// As the earlier library reported them: every key written more than once, sorted, at the
        /// first place the first of them (in that order) is written.
        private static func rejectDuplicateKeys(_ pairs: [YAMLNode.Pair]) throws {
            guard mayRepeatAKey(pairs) else { return }
            var duplicated: [YAMLNode] = []
            for (index, pair) in pairs.enumerated() where !duplicated.contains(where: { $0.sameValue(as: pair.key) }) {
                if pairs[(index + 1)...].contains(where: { $0.key.sameValue(as: pair.key) }) { duplicated.append(pair.key) }
            }
            guard !duplicated.isEmpty else { return }
            let names = duplicated.map { $0.string ?? "<unconvertible>" }
            let first = zip(names, duplicated).min { $0.0 < $1.0 }!.1
            throw YAMLError(kind: .duplicateKeys(names.sorted()), problem: "duplicated keys in a mapping", mark: first.mark)
        }

        /// False when no two keys can be the same: a few keys are compared pairwise, many scalar
        /// keys by a set of their texts. True sends the mapping to the full check.
        private static func mayRepeatAKey(_ pairs: [YAMLNode.Pair]) -> Bool {
            if pairs.count <= 16 {
                for first in pairs.indices {
                    for second in pairs.indices[(first + 1)...] where pairs[first].key.sameValue(as: pairs[second].key) { return true }
                }
                return false
            }
            var seen = Set<String>(minimumCapacity: pairs.count)
            for pair in pairs {
                guard case .scalar(let key) = pair.key, seen.insert(key.string).inserted else { return true }
            }
            return false
        }

        private func text(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
            pointer.map { String(cString: $0) }
        }

        private func style(_ style: yaml_scalar_style_t) -> YAMLNode.Scalar.Style {
            switch style {
            case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
            case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
            case YAML_LITERAL_SCALAR_STYLE: .literal
            case YAML_FOLDED_SCALAR_STYLE: .folded
            default: .plain
            }
        }
    }

    private static func mark(_ mark: yaml_mark_t) -> YAMLNode.Mark {
        YAMLNode.Mark(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    }

    private static func error(of parser: yaml_parser_t) -> YAMLError {
        let problem = parser.problem.map { String(cString: $0) } ?? "the text cannot be read as YAML"
        switch parser.error {
        case YAML_SCANNER_ERROR: return YAMLError(kind: .scanner, problem: problem, mark: mark(parser.problem_mark))
        case YAML_PARSER_ERROR: return YAMLError(kind: .parser, problem: problem, mark: mark(parser.problem_mark))
        case YAML_MEMORY_ERROR: return YAMLError(kind: .reader, problem: "out of memory", mark: nil)
        default: return YAMLError(kind: .reader, problem: problem, mark: nil)
        }
    }
}
