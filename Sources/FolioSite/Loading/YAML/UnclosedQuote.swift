import Foundation

/// Finds a quoted YAML value that does not close on its own line.
///
/// A quoted scalar may legally span lines, so a forgotten closing quote makes the scanner read on
/// to the next quote or the end of the file and fail there, far from the mistake. When a file does
/// not parse, the first such quote before the failure whose closing mends the file is where to look.
enum UnclosedQuote {
    struct Found: Equatable {
        var line: Int
        var column: Int
        /// `"` or `'`.
        var mark: Character
    }

    /// Every quote that opens a value and does not close on its line, up to `lastLine`, in order.
    static func candidates(in text: String, upToLine lastLine: Int) -> [Found] {
        lines(text).prefix(lastLine).enumerated().compactMap { index, line in
            unclosed(Array(line.unicodeScalars)).map { Found(line: index + 1, column: $0.column, mark: $0.mark) }
        }
    }

    /// The first quote, up to the line where parsing failed, whose closing lets the file parse
    /// (or fail later): where to point instead of the scanner's far-off failure.
    static func culprit(in text: String, failedAtLine line: Int) -> Found? {
        candidates(in: text, upToLine: line).first { $0.explains(failureAtLine: line, in: text) }
    }

    static func lines(_ text: String) -> [Substring] {
        text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
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

extension UnclosedQuote.Found {
    /// True when closing the quote at the end of its line lets the file parse, or fail later than
    /// `failureAtLine`: the quote is the mistake, not a quoted value meant to span lines.
    func explains(failureAtLine failure: Int, in text: String) -> Bool {
        var lines = UnclosedQuote.lines(text).map(String.init)
        guard line <= lines.count else { return false }
        lines[line - 1] += String(mark)
        do {
            _ = try YAMLComposer.compose(lines.joined(separator: "\n"))
            return true
        } catch {
            return YAMLValue.location(of: error, file: "").line > failure
        }
    }
}
