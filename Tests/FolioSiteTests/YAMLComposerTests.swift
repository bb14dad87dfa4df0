import FolioCore
import FolioTestSupport
import Foundation
import Testing
import Yams
@testable import FolioSite

/// Folio composes YAML from libyaml's events itself since issue 15. Every file it reads must give
/// the tree the YAML library it used before (Yams) gave, and every broken text the same error at
/// the same place: Yams is the reference here, on every YAML file of the project and on thousands
/// of seeded mutations of them.
@Suite struct YAMLComposerTests {
    /// A tree or an error, written out so two can be compared and a difference read.
    static func folio(_ text: String) -> String {
        do {
            guard let node = try YAMLComposer.compose(text) else { return "(none)" }
            return describe(node)
        } catch {
            let mark = error.mark.map { "\($0.line):\($0.column)" } ?? "-"
            switch error.kind {
            case .duplicateKeys(let keys): return "duplicate \(keys) at \(mark)"
            case .scanner, .parser: return "syntax \(error.problem) at \(mark)"
            case .composer: return "composer \(error.problem) at \(mark)"
            case .reader: return "reader \(error.problem)"
            }
        }
    }

    static func yams(_ text: String) -> String {
        do {
            guard let node = try Yams.compose(yaml: text, .basic, .default, .utf8) else { return "(none)" }
            return describe(node)
        } catch let error as YamlError {
            switch error {
            case .duplicatedKeysInMapping(let keys, let context): return "duplicate \(keys) at \(context.mark.line):\(context.mark.column)"
            case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _):
                return "syntax \(problem) at \(mark.line):\(mark.column)"
            case .composer(_, let problem, let mark, _): return "composer \(problem) at \(mark.line):\(mark.column)"
            case .reader(let problem, _, _, _): return "reader \(problem)"
            default: return "other \(error)"
            }
        } catch {
            return "other \(error)"
        }
    }

    /// A list's or a mapping's tag, none for the default ones: Yams fills in a mapping's default
    /// tag when the mapping is a key (hashing it resolves the tag), and Folio reads no collection's tag.
    static func collectionTag(_ tag: String) -> String {
        ["!", "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map"].contains(tag) ? "" : tag
    }

    /// Where two descriptions part, with a little of each from there.
    static func difference(_ a: String, _ b: String) -> String {
        let common = zip(a, b).prefix { $0 == $1 }.count
        return "Folio: …\(a.dropFirst(max(0, common - 40)).prefix(120)) Yams: …\(b.dropFirst(max(0, common - 40)).prefix(120))"
    }

    static func describe(_ node: YAMLNode) -> String {
        let mark = "@\(node.mark.line):\(node.mark.column)"
        switch node {
        case .scalar(let scalar):
            return "\(scalar.string.debugDescription) \(scalar.style) \(scalar.resolvedTag)\(mark)"
        case .sequence(let sequence):
            return "[\(collectionTag(sequence.tag ?? ""))\(mark) " + sequence.nodes.map(describe).joined(separator: ", ") + "]"
        case .mapping(let mapping):
            return "{\(collectionTag(mapping.tag ?? ""))\(mark) " + mapping.pairs.map { describe($0.key) + ": " + describe($0.value) }.joined(separator: ", ") + "}"
        }
    }

    static func describe(_ node: Node) -> String {
        let mark = node.mark.map { "@\($0.line):\($0.column)" } ?? "@?"
        // Yams leaves a tag unresolved ("" or "!") when none was written; Folio's basic reading makes it text.
        func tag(_ raw: String) -> String { raw.isEmpty || raw == "!" ? YAMLNode.stringTag : raw }
        switch node {
        case .scalar(let scalar):
            let style: String = switch scalar.style {
            case .singleQuoted: "singleQuoted"
            case .doubleQuoted: "doubleQuoted"
            case .literal: "literal"
            case .folded: "folded"
            default: "plain"
            }
            return "\(scalar.string.debugDescription) \(style) \(tag(scalar.tag.description))\(mark)"
        case .sequence(let sequence):
            return "[\(collectionTag(sequence.tag.description))\(mark) " + sequence.map(describe).joined(separator: ", ") + "]"
        case .mapping(let mapping):
            return "{\(collectionTag(mapping.tag.description))\(mark) " + mapping.map { describe($0.key) + ": " + describe($0.value) }.joined(separator: ", ") + "}"
        case .alias:
            return "alias"
        }
    }

    /// Every YAML file of the project: the example content, the bundled rulebooks, catalog and
    /// labels, the scaffold's and the tests' fixtures.
    static func projectFiles() throws -> [(String, String)] {
        var found: [(String, String)] = []
        for folder in ["content", "templates", "Sources/FolioSite/Resources", "Tests"] {
            let root = Workspace.packageRoot.appendingPathComponent(folder)
            guard let walk = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { continue }
            for case let url as URL in walk where ["yaml", "yml"].contains(url.pathExtension) {
                found.append((url.path, try String(contentsOf: url, encoding: .utf8)))
            }
        }
        return found
    }

    @Test func everyProjectFileComposesAsYamsComposedIt() throws {
        let files = try Self.projectFiles()
        #expect(files.count > 25, "the walk should find the rulebooks, catalog, labels and content files")
        for (path, text) in files {
            let ours = Self.folio(text)
            #expect(ours == Self.yams(text), "\(path)")
            #expect(!ours.hasPrefix("syntax"), "\(path) is a shipped file and should be valid YAML")
        }
    }

    /// Seeded mutations of the project's files: a character deleted, doubled or replaced by one that
    /// YAML gives a meaning to. Each gives the same tree, or the same error at the same place.
    @Test func mutatedFilesGiveTheSameTreesAndErrors() throws {
        let files = try Self.projectFiles().filter { $0.1.utf8.count < 20_000 }
        let inserts = [":", "-", " ", "\n", "\"", "'", "[", "]", "{", "}", ",", "&a ", "*a", "#", "|", ">", "!!null ", "\t", "? ", "---\n", "林"]
        var random = SeededGenerator(seed: 2026_12_06)
        var errors = 0, trees = 0
        for _ in 0..<3000 {
            let (path, text) = files[random.next(below: files.count)]
            var scalars = Array(text.unicodeScalars)
            for _ in 0...random.next(below: 3) where !scalars.isEmpty {
                let at = random.next(below: scalars.count)
                switch random.next(below: 3) {
                case 0: scalars.remove(at: at)
                case 1: scalars.insert(scalars[at], at: at)
                default: scalars.insert(contentsOf: inserts[random.next(below: inserts.count)].unicodeScalars, at: at)
                }
            }
            var mutated = ""
            mutated.unicodeScalars.append(contentsOf: scalars)
            let ours = Self.folio(mutated), theirs = Self.yams(mutated)
            #expect(ours == theirs, "a mutation of \(path): \(Self.difference(ours, theirs))\n\(mutated)")
            if ours.hasPrefix("{") || ours.hasPrefix("[") { trees += 1 } else { errors += 1 }
        }
        #expect(errors > 300 && trees > 300, "the mutations should give both trees and errors")
    }

    // Worked examples, each with what the reader reports.

    @Test func aKeyWrittenTwiceIsReportedAtItsFirstPlace() {
        // `b` and `a` both repeat; sorted, `a` comes first, and its first place is line 2, column 1.
        let text = "b: 1\na: 2\nb: 3\na: 4\nc: 5\n"
        #expect(throws: YAMLError(kind: .duplicateKeys(["a", "b"]), problem: "duplicated keys in a mapping",
                                  mark: .init(line: 2, column: 1))) { try YAMLComposer.compose(text) }
        let sink = DiagnosticSink()
        #expect(YAMLValue.parse(text, file: "t.yaml", sink: sink) == nil)
        #expect(sink.diagnostics.map(\.description) == ["t.yaml:2:1: error: invalid YAML: the key 'a', 'b' appears twice in one mapping; keep one"])
    }

    @Test func aNumberAndTheSameTextQuotedAreOneKey() {
        // Folio resolves no plain scalar to a number, so `1` and `"1"` are both the text "1".
        #expect(throws: YAMLError(kind: .duplicateKeys(["1"]), problem: "duplicated keys in a mapping",
                                  mark: .init(line: 1, column: 1))) { try YAMLComposer.compose("1: a\n\"1\": b\n") }
        // Many keys take the set path of the check (more than 16): the 30th repeats the 3rd.
        let many = (0..<30).map { "k\($0 == 29 ? 2 : $0): \($0)" }.joined(separator: "\n")
        #expect(throws: YAMLError(kind: .duplicateKeys(["k2"]), problem: "duplicated keys in a mapping",
                                  mark: .init(line: 3, column: 1))) { try YAMLComposer.compose(many) }
    }

    @Test func aliasesAndTheirErrors() throws {
        let node = try #require(try YAMLComposer.compose("base: &b {x: 1}\ncopy: *b\n"))
        guard case .mapping(let mapping) = node else { Issue.record("not a mapping"); return }
        // The copy is the anchored mapping itself, with its place: line 1, column 7.
        #expect(Self.describe(mapping.pairs[1].value) == Self.describe(mapping.pairs[0].value))
        #expect(mapping.pairs[1].value.mark == .init(line: 1, column: 7))
        #expect(throws: YAMLError(kind: .composer, problem: "found undefined alias", mark: .init(line: 1, column: 4))) {
            try YAMLComposer.compose("a: *nowhere\n")
        }
    }

    @Test func oneDocumentAtMostAndNoneForAnEmptyText() throws {
        #expect(try YAMLComposer.compose("") == nil)
        #expect(try YAMLComposer.compose("# only a comment\n\n") == nil)
        // The second document starts at line 2, column 1.
        #expect(throws: YAMLError(kind: .composer, problem: "but found another document", mark: .init(line: 2, column: 1))) {
            try YAMLComposer.compose("a: 1\n---\nb: 2\n")
        }
    }

    @Test func anExplicitNullTagMakesAQuotedValueNull() throws {
        let sink = DiagnosticSink()
        let root = try #require(YAMLValue.parse("a: !!null \"\"\nb: \"\"\nc: ~\n", file: "t.yaml", sink: sink)?.mapping())
        #expect(root.optional("a") == nil)
        #expect(root.optional("b")?.string() == "")
        #expect(root.optional("c") == nil)
    }

    /// 1,500 nested lists: an error at the list past the limit (line 1, column 1001), not a stack overflow.
    @Test func nestingPastTheLimitIsAnErrorNotACrash() {
        let deep = String(repeating: "[", count: 1500) + String(repeating: "]", count: 1500)
        do {
            _ = try YAMLComposer.compose(deep)
            Issue.record("1,500 nested lists should be refused")
        } catch {
            #expect(error.mark?.line == 1)
            #expect(error.mark.map { $0.column <= 1001 } == true, "refused at or before the limit: \(error)")
        }
        let allowed = String(repeating: "[", count: 900) + String(repeating: "]", count: 900)
        #expect((try? YAMLComposer.compose(allowed)) != nil)
    }

    /// Paths in messages are put together only when needed; they must read as before:
    /// `teaching.items[1].count` for the second item's count, whose value `many` is at line 4,
    /// column 15 (4 spaces, "- {", then "count: " from column 8).
    @Test func pathsInMessagesNameTheValue() throws {
        let sink = DiagnosticSink()
        let root = try #require(YAMLValue.parse("teaching:\n  items:\n    - {count: 1}\n    - {count: many}\n", file: "t.yaml", sink: sink)?.mapping())
        let items = try #require(root.optional("teaching")?.mapping()?.optional("items")?.list())
        #expect(items.map(\.path) == ["teaching.items[0]", "teaching.items[1]"])
        _ = items[1].mapping()?.optional("count")?.int()
        #expect(sink.diagnostics.map(\.description) == ["t.yaml:4:15: error: 'teaching.items[1].count' must be a whole number, found the scalar 'many'"])
    }
}
