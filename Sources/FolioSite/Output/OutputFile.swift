import Foundation

/// One file of a built tree, by its path relative to the tree's root.
public struct OutputFile: Sendable, Equatable {
    public var path: String
    public var contents: Data

    public init(path: String, contents: Data) {
        self.path = path
        self.contents = contents
    }

    public init(path: String, contents: String) {
        self.init(path: path, contents: Data(contents.utf8))
    }
}
