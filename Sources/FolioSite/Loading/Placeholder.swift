import FolioCore
import Foundation

/// 待填, "to be filled in": what `folio new` writes where the planning office still owes a
/// baseline, a target or a narrative. The build accepts it and pages show it; `folio check`
/// lists each one left, and `folio check --strict` refuses them for the final submission.
public enum Placeholder {
    public static let text = "待填"

    /// A narrative stub: a Markdown file whose whole content, spaces aside, is the placeholder.
    public static func isStub(_ markdown: String) -> Bool {
        markdown.trimmingCharacters(in: .whitespacesAndNewlines) == text
    }
}

extension YAMLValue {
    /// True for the scalar 待填 (plain or quoted), where a number is expected.
    var isPlaceholder: Bool {
        guard case .scalar(let scalar) = node else { return false }
        return scalar.string.trimmingCharacters(in: .whitespaces) == Placeholder.text
    }
}
