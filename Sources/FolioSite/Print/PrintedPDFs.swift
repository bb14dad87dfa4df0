import Foundation

/// The PDFs `folio pdf` printed, and the next builds.
///
/// A build writes a whole new site into the spare folder and swaps it in, so a PDF it did not write
/// would be gone. Instead, `folio pdf` records each PDF in its tree's `pdf/printed.json` with a
/// fingerprint of the HTML it printed (the dossier page, the packet, the plan document); a build
/// carries a PDF into the new site, and links it from its page, only while that HTML is still the
/// same. A PDF whose page has changed is stale: the build leaves it out (and its link), and the
/// next `folio pdf` prints it again.
struct PrintedPDFs {
    enum Kind: String, Codable, Sendable {
        case plan, dossier, packet
    }

    struct Entry: Codable, Equatable, Sendable {
        var kind: Kind
        var round: String?
        var applicant: String?
        /// The language it was printed in; a manifest without it was written by a one-language
        /// Folio, whose PDFs are the primary language's.
        var language: SiteLanguage?
        var fingerprint: String

        init(kind: Kind, round: String? = nil, applicant: String? = nil, language: SiteLanguage, fingerprint: String = "") {
            self.kind = kind
            self.round = round
            self.applicant = applicant
            self.language = language
            self.fingerprint = fingerprint
        }
    }

    /// In each tree that has printed PDFs: `public/pdf/printed.json`, `committee/pdf/printed.json`,
    /// one for all the tree's languages.
    static let manifest = "pdf/printed.json"

    /// By path under the output folder: `public/pdf/plan.pdf`, `public/en/pdf/plan.pdf`,
    /// `committee/pdf/115-1/lin-yijun.pdf`, `committee/en/pdf/115-1/lin-yijun.pdf`.
    var entries: [String: Entry] = [:]

    static func read(_ output: URL) -> PrintedPDFs {
        var printed = PrintedPDFs()
        for tree in [Audience.public, .committee] {
            let file = output.appendingPathComponent(tree.folder).appendingPathComponent(manifest)
            guard let data = regularFile(file, inside: output),
                  let entries = try? JSONDecoder().decode([String: Entry].self, from: data) else { continue }
            // The public tree carries the plan PDF and nothing else; the committee's PDFs stay in the committee tree.
            for (path, entry) in entries where SiteWriter.isSafeRelativePath(path) && path.hasSuffix(".pdf")
                && (tree == .public) == (entry.kind == .plan) && (entry.kind != .plan || PlanPDF.pathsInTree.contains(path)) {
                printed.entries["\(tree.folder)/\(path)"] = entry
            }
        }
        return printed
    }

    /// The manifest of one tree as an output file (paths relative to the tree), or nil when it has none.
    func manifestFile(for tree: Audience) -> OutputFile? {
        let prefix = tree.folder + "/"
        let own = Dictionary(uniqueKeysWithValues: entries.filter { $0.key.hasPrefix(prefix) }.map { (String($0.key.dropFirst(prefix.count)), $0.value) })
        guard !own.isEmpty else { return nil }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(own) else { return nil }
        return OutputFile(path: prefix + Self.manifest, contents: data + Data("\n".utf8))
    }

    /// Writes the manifests into the built site, beside the PDFs just printed.
    func write(into output: URL) throws {
        for tree in [Audience.public, .committee] {
            guard let file = manifestFile(for: tree) else { continue }
            try SiteWriter.writeFile(file.contents, relative: file.path, in: output)
        }
    }

    /// The SHA-256 of the printed HTML, in hex, as the search index fingerprints its pages: it tells a
    /// changed page from an unchanged one.
    static func fingerprint(_ html: String) -> String {
        var digest = SHA256()
        digest.update(html)
        return digest.finalize()
    }

    /// The bytes of a regular file inside `root` (after resolving links), else nil: a link planted in
    /// the output never makes a build copy another file into the site.
    static func regularFile(_ file: URL, inside root: URL) -> Data? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: file.path),
              attributes[.type] as? FileAttributeType == .typeRegular else { return nil }
        let realRoot = root.resolvingSymlinksInPath().standardizedFileURL.path + "/"
        guard file.resolvingSymlinksInPath().standardizedFileURL.path.hasPrefix(realRoot) else { return nil }
        return FileManager.default.contents(atPath: file.path)
    }
}

extension LoadedSite {
    /// The language a printed PDF is in: its own, or the primary one for an entry from before languages.
    func language(of entry: PrintedPDFs.Entry) -> SiteLanguage { entry.language ?? languages.primary }

    /// Where this build puts a printed PDF, under the output folder; nil when its language is not
    /// written or its kind lacks what names it. A manifest naming another path is not followed.
    func printedPath(_ entry: PrintedPDFs.Entry) -> String? {
        let language = language(of: entry)
        guard languages.written.contains(language) else { return nil }
        let committee = Audience.committee.folder + "/" + languages.prefix(language)
        switch entry.kind {
        case .plan:
            return Audience.public.folder + "/" + languages.prefix(language) + PlanPDF.path
        case .dossier:
            guard let round = entry.round, let applicant = entry.applicant,
                  let found = dossiers.first(where: { $0.round == round && $0.slug == applicant }) else { return nil }
            return committee + DossierPages.pdfPath(found)
        case .packet:
            guard let round = entry.round else { return nil }
            return committee + DossierPages.packetPath(round)
        }
    }

    /// The HTML a printed PDF is made from, as this build would print it now, in the PDF's language.
    func printSource(_ entry: PrintedPDFs.Entry, output: URL) -> String? {
        let sink = DiagnosticSink()
        let language = language(of: entry)
        guard languages.written.contains(language) else { return nil }
        switch entry.kind {
        case .plan:
            return PlanDocument(site: self, language: language).html(pageNumbers: [:], sink: sink)
        case .dossier:
            guard let found = dossiers.first(where: { $0.round == entry.round && $0.slug == entry.applicant }) else { return nil }
            return dossierPages(layout(for: .committee, in: language)).dossierPage(found, sink: sink)
        case .packet:
            guard let round = entry.round else { return nil }
            return dossierPages(layout(for: .committee, in: language))
                .packet(round: round, baseHref: CommitteePDF.packetBase(output: output, round: round, prefix: languages.prefix(language)), sink: sink)
        }
    }

    /// The printed PDFs of the site in `output` that are still current, read for the new site, and
    /// the manifest listing them.
    func carriedPDFs(from output: URL) -> (printed: PrintedPDFs, files: [OutputFile]) {
        var kept = PrintedPDFs()
        var files: [OutputFile] = []
        for (path, entry) in PrintedPDFs.read(output).entries.sorted(by: { $0.key < $1.key }) {
            guard printedPath(entry) == path,
                  let html = printSource(entry, output: output), PrintedPDFs.fingerprint(html) == entry.fingerprint,
                  let data = PrintedPDFs.regularFile(output.appendingPathComponent(path), inside: output),
                  data.starts(with: Data("%PDF".utf8)) else { continue }
            kept.entries[path] = entry
            files.append(OutputFile(path: path, contents: data))
        }
        for tree in [Audience.public, .committee] {
            if let manifest = kept.manifestFile(for: tree) { files.append(manifest) }
        }
        return (kept, files)
    }
}

extension LoadedSite {
    /// Every page of every tree, linking the current printed PDFs of the site in `output`, and those PDFs.
    func specsCarryingPDFs(from output: URL) -> [PageSpec] {
        let (printed, files) = carriedPDFs(from: output)
        return specs(printed: printed) + files.map { file in PageSpec(path: file.path, sources: [], render: { _ in file.contents }) }
    }
}
