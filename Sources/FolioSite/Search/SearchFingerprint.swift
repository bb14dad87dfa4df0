import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What a Pagefind index is made from, as one SHA-256: the Pagefind binary (its resolved path,
/// size, modification time and inode, so an upgrade or another build of it counts as a change),
/// its arguments, the `PAGEFIND_*` environment and the `pagefind.*` configuration files it reads
/// from the working folder, and every indexed page's path and SHA-256 in path order. The search
/// page and its labels are public HTML, so they are among the pages.
///
/// Pages enter by their own digests, taken as each is rendered (`page(_:)`), so a build need not
/// hold every public page's bytes until the index is made (issue 15).
struct SearchFingerprint: Equatable {
    let digest: String

    /// Version of this recipe: a change to it must not match fingerprints written by an older Folio.
    static let recipe = "folio-search-index 2"
    static let configurationFiles = ["pagefind.json", "pagefind.toml", "pagefind.yml", "pagefind.yaml"]

    /// Nil when the tool cannot be identified by its file (`python3 -m pagefind`, whose binary
    /// lives in a Python package): such an index is always made anew.
    init?(command: [String], arguments: [String], pages: [(path: String, digest: String)],
          environment: [String: String] = ProcessInfo.processInfo.environment,
          workingFolder: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) {
        guard command.count == 1, let tool = Self.identity(ofExecutable: command[0]) else { return nil }
        var hasher = SHA256()
        hasher.update("\(Self.recipe)\ntool \(tool)\n")
        for argument in arguments { hasher.update("argument \(argument.utf8.count) \(argument)\n") }
        for (name, value) in environment.sorted(by: { $0.key < $1.key }) where name.hasPrefix("PAGEFIND_") {
            hasher.update("environment \(name.utf8.count) \(name) \(value.utf8.count) \(value)\n")
        }
        for name in Self.configurationFiles {
            guard let contents = FileManager.default.contents(atPath: workingFolder.appendingPathComponent(name).path) else { continue }
            hasher.update("configuration \(name) \(contents.count)\n")
            hasher.update(contents)
        }
        for page in pages.sorted(by: { $0.path < $1.path }) {
            hasher.update("page \(page.path.utf8.count) \(page.path) \(page.digest)\n")
        }
        digest = hasher.finalize()
    }

    /// One page's part of a fingerprint: the SHA-256 of its bytes.
    static func page(_ contents: Data) -> String {
        var hasher = SHA256()
        hasher.update(contents)
        return hasher.finalize()
    }

    init(digest: String) { self.digest = digest }

    /// The executable with every link resolved, and what changes when it is replaced.
    static func identity(ofExecutable path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        var info = stat()
        guard stat(resolved, &info) == 0 else { return nil }
        let modified = "\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
        return "\(String(cString: resolved)) size \(info.st_size) modified \(modified) inode \(info.st_dev):\(info.st_ino)"
    }
}
