import Foundation

/// `pagefind/folio-fingerprint`, written beside the index: the fingerprint of what it was made
/// from, how many pages it holds, and the SHA-256 of each of its files. A later build whose
/// fingerprint is the same copies the index instead of running Pagefind, and copies it only if
/// every file is there with exactly the bytes listed (nothing else in the folder), so an index
/// edited or half-removed since is made anew rather than published.
struct SearchIndexManifest: Equatable {
    static let fileName = "folio-fingerprint"

    var fingerprint: SearchFingerprint
    var pages: Int
    /// Index file path (inside the bundle folder) → SHA-256.
    var files: [String: String]

    var text: String {
        var lines = [SearchFingerprint.recipe, "inputs \(fingerprint.digest)", "pages \(pages)"]
        lines += files.keys.sorted().map { "file \(files[$0]!) \($0)" }
        return lines.joined(separator: "\n") + "\n"
    }

    init(fingerprint: SearchFingerprint, pages: Int, files: [String: String]) {
        self.fingerprint = fingerprint
        self.pages = pages
        self.files = files
    }

    /// Nil for anything but a manifest of this recipe.
    init?(text: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        guard lines.count >= 3, lines.first == Substring(SearchFingerprint.recipe),
              lines[1].hasPrefix("inputs "), lines[2].hasPrefix("pages "),
              let pages = Int(lines[2].dropFirst("pages ".count)) else { return nil }
        var files: [String: String] = [:]
        for line in lines.dropFirst(3) {
            let parts = line.split(separator: " ", maxSplits: 2)
            guard parts.count == 3, parts[0] == "file", parts[1].count == 64,
                  SiteWriter.isSafeRelativePath(String(parts[2])) else { return nil }
            files[String(parts[2])] = String(parts[1])
        }
        self.init(fingerprint: SearchFingerprint(digest: String(lines[1].dropFirst("inputs ".count))), pages: pages, files: files)
    }
}
