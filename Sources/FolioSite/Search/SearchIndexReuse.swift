import Foundation

/// Reusing the last build's search index when nothing Pagefind reads has changed.
///
/// The previous index is the one in the site being replaced (`site/public/pagefind`), never the
/// spare folder's (the build before last, emptied of it when the spare is prepared). Its files are
/// copied, not hard-linked: the spare folder is rewritten in place by later builds, and a shared
/// inode would let that rewrite reach the published site.
enum SearchIndexReuse {
    /// Copies `previous` (a bundle folder) into `bundle` when its manifest has `fingerprint` and
    /// every file it lists is there, alone, with the bytes listed. Nil otherwise, with `bundle` removed.
    static func copy(from previous: URL, into bundle: URL, fingerprint: SearchFingerprint) -> SearchIndexManifest? {
        let reader = ContentFiles(root: previous, displayRoot: "")
        guard case .success(let text) = reader.text(SearchIndexManifest.fileName),
              let manifest = SearchIndexManifest(text: text), manifest.fingerprint == fingerprint,
              let present = files(in: previous),
              present == Set(manifest.files.keys).union([SearchIndexManifest.fileName]) else { return nil }
        do {
            for (path, digest) in manifest.files.sorted(by: { $0.key < $1.key }) {
                guard case .success(let data) = reader.data(path), SHA256.hex(data) == digest else {
                    throw SiteWriter.WriteError(description: "\(path) differs from the manifest")
                }
                try SiteWriter.writeFile(data, relative: path, in: bundle)
            }
            try SiteWriter.writeFile(Data(manifest.text.utf8), relative: SearchIndexManifest.fileName, in: bundle)
            return manifest
        } catch {
            try? SiteWriter.removeEntry(bundle.path)
            return nil
        }
    }

    /// Writes the manifest of the index Pagefind just made in `bundle`.
    static func record(_ bundle: URL, fingerprint: SearchFingerprint, pages: Int) throws {
        guard let paths = files(in: bundle) else {
            throw SiteWriter.WriteError(description: "the search index in \(bundle.path) holds an entry that is not a file")
        }
        let reader = ContentFiles(root: bundle, displayRoot: "")
        var digests: [String: String] = [:]
        for path in paths where path != SearchIndexManifest.fileName {
            guard case .success(let data) = reader.data(path) else {
                throw SiteWriter.WriteError(description: "cannot read \(path) of the search index")
            }
            digests[path] = SHA256.hex(data)
        }
        let manifest = SearchIndexManifest(fingerprint: fingerprint, pages: pages, files: digests)
        try SiteWriter.writeFile(Data(manifest.text.utf8), relative: SearchIndexManifest.fileName, in: bundle)
    }

    /// Every regular file under `folder`, relative to it; nil when the folder is missing or holds
    /// anything but files and folders (a link is never followed).
    static func files(in folder: URL) -> Set<String>? {
        guard SiteWriter.kind(of: folder.path) == .directory else { return nil }
        var found: Set<String> = []
        var pending = [""]
        while let relative = pending.popLast() {
            let here = relative.isEmpty ? folder.path : folder.path + "/" + relative
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: here) else { return nil }
            for name in names {
                let entry = relative.isEmpty ? name : relative + "/" + name
                switch SiteWriter.kind(of: folder.path + "/" + entry) {
                case .directory: pending.append(entry)
                case .file: found.insert(entry)
                case .missing, .other: return nil
                }
            }
        }
        return found
    }
}
