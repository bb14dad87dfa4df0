import Foundation

/// Indexes the public tree with Pagefind (the `extended` build, which segments Chinese) into
/// `public/pagefind/`, inside the spare folder before the site is swapped in: a failed indexing
/// fails the build and leaves the previous site. Only the public tree is ever indexed; the
/// internal and committee trees get no index and no search page.
public enum SearchIndexer {
    /// What became of search in a build.
    public enum Outcome: Sendable, Equatable {
        /// Not asked for (the library's default; `folio serve` and tests that build in-process).
        case notRequested
        /// Pagefind indexed this many pages.
        case indexed(pages: Int, tool: String)
        /// No indexed page (nor Pagefind, nor its settings) changed since the last build, whose
        /// index of this many pages was copied instead of running Pagefind.
        case reused(pages: Int)
        /// Pagefind is not installed: the site is built without an index.
        case off
    }

    /// The folder Pagefind writes its index and scripts into, inside the public tree.
    public static let bundleFolder = "pagefind"
    /// How to install it, as the one-line note says.
    public static let installHint = "pip install 'pagefind[extended]' (scripts/bootstrap does)"

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// A command that runs Pagefind: `FOLIO_PAGEFIND` (a path, or `off`), then `pagefind_extended`
    /// or `pagefind` on PATH, then `python3 -m pagefind` (where pip puts it).
    static func command(environment: [String: String] = ProcessInfo.processInfo.environment) -> [String]? {
        if let chosen = environment["FOLIO_PAGEFIND"], !chosen.isEmpty {
            return chosen == "off" ? nil : [chosen]
        }
        let folders = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":").map(String.init)
        for name in ["pagefind_extended", "pagefind"] {
            if let found = folders.map({ "\($0)/\(name)" }).first(where: FileManager.default.isExecutableFile(atPath:)) {
                return [found]
            }
        }
        if let python = folders.map({ "\($0)/python3" }).first(where: FileManager.default.isExecutableFile(atPath:)) {
            return [python, "-m", "pagefind"]
        }
        return nil
    }

    /// Indexes `publicFolder` in place, from its `pages` (paths relative to it, and the SHA-256 of
    /// each, `SearchFingerprint.page`), unless
    /// `previousPublicFolder` (the site being replaced) holds an index of exactly the same pages by
    /// the same Pagefind: that one is copied. Throws when Pagefind ran and failed.
    /// Pagefind takes each page's language from `<html lang>`: zh-Hant pages get its Chinese segmentation.
    static func index(publicFolder: URL, pages: [(path: String, digest: String)], previousPublicFolder: URL?) throws -> Outcome {
        guard let command = command() else { return .off }
        let arguments = ["--output-subdir", bundleFolder]
        let bundle = publicFolder.appendingPathComponent(bundleFolder)
        let fingerprint = SearchFingerprint(command: command, arguments: arguments, pages: pages.filter { isIndexed($0.path) })
        if let fingerprint, let previousPublicFolder {
            let reused = StageTimer.measure("search index reuse") {
                SearchIndexReuse.copy(from: previousPublicFolder.appendingPathComponent(bundleFolder), into: bundle, fingerprint: fingerprint)
            }
            if let reused { return .reused(pages: reused.pages) }
        }
        let outcome = try StageTimer.measure("pagefind") {
            try run(command, arguments: ["--site", publicFolder.path] + arguments)
        }
        sortLanguages(ofEntry: bundle.appendingPathComponent(entryFile))
        if let fingerprint, case .indexed(let pages, _) = outcome {
            do {
                try SearchIndexReuse.record(bundle, fingerprint: fingerprint, pages: pages)
            } catch {
                throw Failure(description: "cannot record the search index's fingerprint: \(error)")
            }
        }
        return outcome
    }

    static let entryFile = "pagefind-entry.json"

    /// Pagefind lists the languages of its entry file in a random order (a hash map's) on each run;
    /// written with sorted keys, the same pages give the same index, byte for byte.
    static func sortLanguages(ofEntry file: URL) {
        guard let data = try? Data(contentsOf: file),
              let entry = try? JSONSerialization.jsonObject(with: data),
              let sorted = try? JSONSerialization.data(withJSONObject: entry, options: [.sortedKeys, .withoutEscapingSlashes]),
              sorted != data else { return }
        try? sorted.write(to: file)
    }

    /// The files Pagefind reads: its default glob, `**/*.{html}`.
    static func isIndexed(_ path: String) -> Bool { path.hasSuffix(".html") }

    private static func run(_ command: [String], arguments: [String]) throws -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst()) + arguments
        // One pipe for both streams: read to its end, so a full pipe never blocks Pagefind.
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw Failure(description: "cannot run \(command.joined(separator: " ")): \(error)")
        }
        let report = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        // `python3 -m pagefind` without the package: not installed, not a failure.
        if command.count > 1, report.contains("No module named") { return .off }
        guard process.terminationStatus == 0 else {
            let detail = report.split(separator: "\n").suffix(5).joined(separator: " | ")
            throw Failure(description: "search indexing (Pagefind) failed with status \(process.terminationStatus): \(detail)")
        }
        let pages = pagesIndexed(report) ?? 0
        return .indexed(pages: pages, tool: command.count > 1 ? "python3 -m pagefind" : URL(fileURLWithPath: command[0]).lastPathComponent)
    }

    /// "Indexed 19 pages" from Pagefind's report.
    static func pagesIndexed(_ report: String) -> Int? {
        for line in report.split(separator: "\n") {
            let words = line.split(separator: " ")
            if words.count >= 3, words[0] == "Indexed", words[2].hasPrefix("page"), let count = Int(words[1]) { return count }
        }
        return nil
    }
}

extension SiteLanguage {
    /// Open Graph's locale of the pages.
    var openGraphLocale: String { self == .en ? "en_US" : "zh_TW" }
}
