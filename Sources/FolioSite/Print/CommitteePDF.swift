import FolioCore
import Foundation

/// What `folio pdf` does: builds the site (so the PDFs show what the committee tree holds now), then
/// prints every chosen dossier page to `<output>/committee/pdf/<round>/<applicant>.pdf` and, for
/// each whole round, a packet (the docket, then every dossier, page numbers running through) to
/// `<output>/committee/pdf/<round>/<round>-packet.pdf`. The PDFs sit in the committee tree, never in
/// the public one, and the next build removes them with everything else it did not write.
///
/// Every language the site is written in gets its own PDFs, where its pages are: the primary's at
/// the tree's root (above), another's under its folder (`<output>/committee/en/pdf/…`,
/// `<output>/public/en/pdf/plan.pdf`). A PDF whose page has not changed since it was printed (its
/// fingerprint in `pdf/printed.json`, see `PrintedPDFs`) is kept, not printed again, unless `force`.
public enum CommitteePDF {
    public struct Report: Sendable {
        public var warnings: [Diagnostic]
        /// The PDFs written, as paths under the output folder the user gave.
        public var written: [String]
        /// The chosen PDFs that were current and so not printed again, as paths like `written`.
        public var kept: [String] = []
    }

    /// What `folio pdf` prints: the plan document, the committee's dossiers and packets, or both.
    public struct Selection: Sendable {
        public var plan: Bool
        public var committee: Bool
        public init(plan: Bool, committee: Bool) {
            self.plan = plan
            self.committee = committee
        }
    }

    /// `round` and `applicant` (a folder name) narrow what is printed; with `applicant` no packet is made.
    /// Without `--plan`, `--round` or `--applicant`, both the plan and the committee's PDFs are printed
    /// (the committee's only when there are dossiers). `force` prints even the PDFs that are current.
    public static func run(_ options: BuildOptions, round: String? = nil, applicant: String? = nil,
                           selection: Selection = Selection(plan: false, committee: true), force: Bool = false,
                           printer: PDFPrinter, progress: (String) -> Void = { _ in }) throws -> Report {
        // The lock is held from the build to the last PDF, so no other build swaps the tree being printed.
        let lock = try SiteBuilder.lockOutput(options) { progress("Waiting for another folio build of \(options.output)/ to finish…") }
        defer { lock.release() }
        let (report, site) = try SiteBuilder.buildKeepingSite(options, holding: lock)
        let output = URL(fileURLWithPath: options.output)
        // The PDFs still current, as the build just carried them; each PDF printed now joins them.
        var printed = PrintedPDFs.read(output)
        let current = printed
        var written: [String] = []
        var kept: [String] = []
        /// Whether the PDF at `path` (under the output folder) is to be printed; a current one is kept.
        func needsPrinting(_ path: String) -> Bool {
            guard !force, current.entries[path] != nil else { return true }
            kept.append("\(options.output)/\(path)")
            return false
        }
        func record(_ path: String, _ entry: PrintedPDFs.Entry) {
            var entry = entry
            entry.fingerprint = site.printSource(entry, output: output).map(PrintedPDFs.fingerprint) ?? ""
            printed.entries[path] = entry
            written.append("\(options.output)/\(path)")
        }
        if selection.plan {
            for language in site.languages.written {
                let path = "\(Audience.public.folder)/\(site.languages.prefix(language))\(PlanPDF.path)"
                guard needsPrinting(path) else { continue }
                progress("Printing \(options.output)/\(path)")
                try PlanPDF.print(site, in: language, into: output.appendingPathComponent(Audience.public.folder), printer: printer)
                record(path, PrintedPDFs.Entry(kind: .plan, language: language))
            }
        }
        // `folio pdf` alone on a school without dossiers prints the plan and nothing else.
        if selection.committee, !(selection.plan && round == nil && applicant == nil && site.dossiers.isEmpty) {
            let chosen = try chosenDossiers(site, round: round, applicant: applicant)
            for language in site.languages.written {
                try printCommittee(site, chosen, in: language, output: output, display: options.output, wholeRounds: applicant == nil,
                                   printer: printer, progress: progress, needsPrinting: needsPrinting, record: record)
            }
        }
        // Nothing printed: the site the first build wrote already links every PDF.
        guard !written.isEmpty else { return Report(warnings: report.warnings, written: [], kept: kept) }
        // The manifests, then a build that carries the new PDFs into the site and links them from their pages.
        try printed.write(into: output)
        _ = try SiteBuilder.buildKeepingSite(options, holding: lock)
        return Report(warnings: report.warnings, written: written, kept: kept)
    }

    /// The dossiers `round` and `applicant` choose; none is an error that names the rounds there are.
    private static func chosenDossiers(_ site: LoadedSite, round: String?, applicant: String?) throws -> [DossierEntry] {
        let entries = site.dossiers.filter { (round == nil || $0.round == round) && (applicant == nil || $0.slug == applicant) }
        guard entries.isEmpty else { return entries }
        let rounds = Set(site.dossiers.map(\.round)).sorted()
        var message = "no dossier to print"
        if let applicant { message += " for '\(applicant)'" }
        if let round { message += " in round '\(round)'" }
        message += rounds.isEmpty ? ": content/dossiers/ holds no dossier" : "; the rounds are \(rounds.joined(separator: ", "))"
        throw PDFPrinter.Failure(description: message)
    }

    /// Prints the chosen dossiers in `language` and, for `wholeRounds`, each round's packet, under the
    /// language's folder of the committee tree.
    private static func printCommittee(_ site: LoadedSite, _ entries: [DossierEntry], in language: SiteLanguage, output: URL, display: String,
                                       wholeRounds: Bool, printer: PDFPrinter, progress: (String) -> Void,
                                       needsPrinting: (String) -> Bool, record: (String, PrintedPDFs.Entry) -> Void) throws {
        let prefix = site.languages.prefix(language)
        let committee = output.appendingPathComponent(Audience.committee.folder)
        let folder = Audience.committee.folder
        for entry in entries {
            let pdf = prefix + DossierPages.pdfPath(entry)
            guard needsPrinting("\(folder)/\(pdf)") else { continue }
            progress("Printing \(display)/\(folder)/\(pdf)")
            try printer.print(committee.appendingPathComponent(prefix + DossierPages.path(entry)), to: committee.appendingPathComponent(pdf))
            record("\(folder)/\(pdf)", PrintedPDFs.Entry(kind: .dossier, round: entry.round, applicant: entry.slug, language: language))
        }
        guard wholeRounds else { return }

        let pages = site.dossierPages(site.layout(for: .committee, in: language))
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("folio-packet-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        for round in Set(entries.map(\.round)).sorted() {
            let pdf = prefix + DossierPages.packetPath(round)
            guard needsPrinting("\(folder)/\(pdf)") else { continue }
            let sink = DiagnosticSink()
            guard let html = pages.packet(round: round, baseHref: packetBase(output: output, round: round, prefix: prefix), sink: sink) else {
                try sink.throwIfErrors()
                throw PDFPrinter.Failure(description: "the packet of round \(round) could not be made")
            }
            let file = scratch.appendingPathComponent("\(round)-packet.html")
            try Data(html.utf8).write(to: file)
            progress("Printing \(display)/\(folder)/\(pdf)")
            try printer.print(file, to: committee.appendingPathComponent(pdf))
            record("\(folder)/\(pdf)", PrintedPDFs.Entry(kind: .packet, round: round, language: language))
        }
    }

    /// The packet resolves its links as if it stood beside the round's docket in the built tree, in
    /// the language's folder (`prefix`, "" for the primary).
    static func packetBase(output: URL, round: String, prefix: String) -> String {
        let committee = output.appendingPathComponent(Audience.committee.folder)
        let folder = committee.appendingPathComponent(prefix + DocketPage.path(round)).deletingLastPathComponent().absoluteURL.absoluteString
        return folder.hasSuffix("/") ? folder : folder + "/"
    }
}
