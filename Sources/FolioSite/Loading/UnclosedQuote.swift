import Foundation
import Yams

/// Finds a quoted YAML value that does not close on its own line.
///
/// A quoted scalar may legally span lines, so a forgotten closing quote makes the scanner read on
/// to the next quote or the end of the file and fail there, far from the mistake. When a file does
/// not parse, the first such quote before the failure is where to look.
enum UnclosedQuote {
    struct Found: Equatable {
        var line: Int
        var column: Int
        /// `"` or `'`.
        var mark: Character
    }

    static func find(in text: String, upToLine lastLine: Int) -> Found? {
        var number = 0
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            number += 1
            guard number <= lastLine else { break }
            if let found = unclosed(Array(line.unicodeScalars)) {
                return Found(line: number, column: found.column, mark: found.mark)
            }
        }
        return nil
    }

    /// The 1-based column and mark of a quote that opens a value (at the line's start, after `: `,
    /// `- `, or `[`, `{` and `,` in a flow collection) and is not closed on the line; apostrophes inside plain text are not quotes.
    private static func unclosed(_ line: [Unicode.Scalar]) -> (column: Int, mark: Character)? {
        var index = 0
        var atValueStart = true
        var flowDepth = 0
        func spaceOrEnd(_ i: Int) -> Bool { i >= line.count || line[i] == " " || line[i] == "\t" }
        while index < line.count {
            let scalar = line[index]
            if scalar == " " || scalar == "\t" {
                index += 1
                continue
            }
            if (scalar == "\"" || scalar == "'") && atValueStart {
                guard let end = closing(of: scalar, in: line, after: index) else { return (index + 1, Character(scalar)) }
                index = end + 1
                atValueStart = false
                continue
            }
            if scalar == "#" && (index == 0 || line[index - 1] == " " || line[index - 1] == "\t") { return nil }
            if scalar == "[" || scalar == "{" {
                flowDepth += 1
                atValueStart = true
            } else if scalar == "]" || scalar == "}" {
                flowDepth -= 1
                atValueStart = false
            } else if scalar == "," && flowDepth > 0 {
                atValueStart = true
            } else if scalar == ":" && spaceOrEnd(index + 1) {
                atValueStart = true
            } else if !((scalar == "-" || scalar == "?") && atValueStart && spaceOrEnd(index + 1)) {
                atValueStart = false
            }
            index += 1
        }
        return nil
    }

    private static func closing(of quote: Unicode.Scalar, in line: [Unicode.Scalar], after start: Int) -> Int? {
        var index = start + 1
        while index < line.count {
            if quote == "\"" && line[index] == "\\" { index += 2; continue }
            if line[index] == quote {
                if quote == "'" && index + 1 < line.count && line[index + 1] == "'" { index += 2; continue }
                return index
            }
            index += 1
        }
        return nil
    }
}

extension YamlError {
    /// A scanner or parser error: the text is not well-formed YAML (not a duplicate key).
    var isSyntaxError: Bool {
        switch self {
        case .scanner, .parser: return true
        default: return false
        }
    }
}
