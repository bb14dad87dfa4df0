import Foundation
import FolioSite

/// Maps a request path to a file of the built site, refusing anything that would leave it.
///
/// `/` and everything not under an audience prefix is the public tree; `/committee/…` and
/// `/internal/…` are the confidential trees, served for local use only.
struct SiteFileResolver {
    enum Resolution: Equatable {
        case file(URL)
        case notFound
        /// `..` (encoded or not), a NUL or backslash, or a symlink pointing out of the tree.
        case forbidden
    }

    let siteFolder: URL

    /// The tree a request path is in, decided as `resolve` decides it: by the first decoded segment.
    static func audience(ofRawPath rawPath: String) -> Audience {
        let first = (rawPath.removingPercentEncoding ?? rawPath).split(separator: "/").first.map(String.init)
        return first.flatMap(Audience.init(rawValue:)) ?? .public
    }

    /// `rawPath` is the request target's path as sent, still percent-encoded.
    func resolve(rawPath: String) -> Resolution {
        guard let decoded = rawPath.removingPercentEncoding, !decoded.contains("\0"), !decoded.contains("\\") else {
            return .forbidden
        }
        // Check the raw and the decoded form: `%2e%2e` must not slip through as a name.
        for form in [rawPath, decoded] {
            let segments = form.split(separator: "/", omittingEmptySubsequences: true)
            if segments.contains(where: { $0 == ".." || $0 == "." }) { return .forbidden }
        }
        var segments = decoded.split(separator: "/").map(String.init)
        var tree = Audience.public.folder
        if let first = segments.first, let audience = Audience(rawValue: first), audience != .public {
            tree = audience.folder
            segments.removeFirst()
        }
        let treeRoot = siteFolder.appendingPathComponent(tree).standardizedFileURL
        var candidate = segments.reduce(treeRoot) { $0.appendingPathComponent($1) }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), isDirectory.boolValue {
            candidate = candidate.appendingPathComponent("index.html")
        }
        guard FileManager.default.fileExists(atPath: candidate.path) else {
            // A dangling symlink that points out of the tree is still refused, not "not found".
            if let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: candidate.path),
               !isInside(URL(fileURLWithPath: destination, relativeTo: candidate.deletingLastPathComponent()).path, treeRoot.path) {
                return .forbidden
            }
            return .notFound
        }
        let real = candidate.resolvingSymlinksInPath().path
        let realRoot = treeRoot.resolvingSymlinksInPath().path
        guard isInside(real, realRoot) else { return .forbidden }
        return .file(URL(fileURLWithPath: real))
    }

    private func isInside(_ path: String, _ root: String) -> Bool {
        let standardized = URL(fileURLWithPath: path).standardizedFileURL.path
        return standardized == root || standardized.hasPrefix(root + "/")
    }
}
