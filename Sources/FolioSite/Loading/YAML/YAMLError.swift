/// Why a YAML text could not be composed into nodes, and where.
public struct YAMLError: Error, Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// libyaml's scanner: a token is malformed (an unclosed quote, a tab for indentation).
        case scanner
        /// libyaml's parser: the tokens do not make a document (a key where an item belongs).
        case parser
        /// The events do not make one tree: an alias before its anchor, a second document, too deep a nesting.
        case composer
        /// Keys that appear more than once in one mapping, sorted.
        case duplicateKeys([String])
        /// libyaml could not read the text, or ran out of memory.
        case reader
    }

    public let kind: Kind
    /// libyaml's own words for the problem, or the composer's.
    public let problem: String
    /// Where the problem is; nil when libyaml gives no place.
    public let mark: YAMLNode.Mark?

    /// The text is not well-formed YAML (as opposed to a duplicate key or a second document).
    public var isSyntaxError: Bool { kind == .scanner || kind == .parser }
}
