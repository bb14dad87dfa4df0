/// A YAML value as composed from libyaml's events: a scalar, a list or a mapping, each with the
/// place it starts. Aliases are replaced by the node their anchor names, as YAML loads them.
/// Folio reads every scalar's type itself (`YAMLValue`), so a scalar keeps its text, its style
/// and its explicit tag, and nothing is resolved here.
public enum YAMLNode: Sendable {
    case scalar(Scalar)
    case sequence(Sequence)
    case mapping(Mapping)

    /// 1-based line and column; the column counts characters, as libyaml does.
    public struct Mark: Sendable, Equatable {
        public let line: Int
        public let column: Int
    }

    public struct Scalar: Sendable {
        public enum Style: Sendable { case plain, singleQuoted, doubleQuoted, literal, folded }
        public let string: String
        /// The tag written on the value (`!!null` gives `tag:yaml.org,2002:null`); nil when none was.
        public let tag: String?
        public let style: Style
        public let mark: Mark
    }

    public struct Sequence: Sendable {
        public let nodes: [YAMLNode]
        public let tag: String?
        public let mark: Mark
    }

    public struct Pair: Sendable {
        public let key: YAMLNode
        public let value: YAMLNode
    }

    public struct Mapping: Sendable {
        /// In file order.
        public let pairs: [Pair]
        public let tag: String?
        public let mark: Mark
    }

    public var mark: Mark {
        switch self {
        case .scalar(let scalar): scalar.mark
        case .sequence(let sequence): sequence.mark
        case .mapping(let mapping): mapping.mark
        }
    }

    /// A scalar's text; nil for a list or a mapping.
    public var string: String? {
        guard case .scalar(let scalar) = self else { return nil }
        return scalar.string
    }

    static let nullTag = "tag:yaml.org,2002:null"
    static let stringTag = "tag:yaml.org,2002:str"

    /// The same value, wherever it is written: what makes two keys of a mapping the same key.
    /// A scalar without a tag is text (Folio resolves no plain scalar to another type), so `1`
    /// and `"1"` are the same key, as they were for the YAML reader Folio used before.
    func sameValue(as other: YAMLNode) -> Bool {
        switch (self, other) {
        case let (.scalar(a), .scalar(b)):
            return a.string == b.string && a.resolvedTag == b.resolvedTag
        case let (.sequence(a), .sequence(b)):
            return a.tag == b.tag && a.nodes.count == b.nodes.count
                && zip(a.nodes, b.nodes).allSatisfy { $0.sameValue(as: $1) }
        case let (.mapping(a), .mapping(b)):
            return a.tag == b.tag && a.pairs.count == b.pairs.count
                && zip(a.pairs, b.pairs).allSatisfy { $0.key.sameValue(as: $1.key) && $0.value.sameValue(as: $1.value) }
        default:
            return false
        }
    }
}

extension YAMLNode.Scalar {
    /// The tag written, or text's when none was (or the non-specific `!`).
    var resolvedTag: String {
        guard let tag, tag != "!" else { return YAMLNode.stringTag }
        return tag
    }
}
