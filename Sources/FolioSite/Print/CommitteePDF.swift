import FolioCore
import Foundation

/// What `folio pdf` does: builds the site (so the PDFs show what the committee tree holds now), then
/// prints every chosen dossier page to `<output>/committee/pdf/<round>/<applicant>.pdf` and, for
/// each whole round, a packet (the docket, then every dossier, page numbers running through) to
/// `<output>/committee/pdf/<round>/<round>-packet.pdf`. The PDFs sit in the committee tree, never in
/// the public one, and the next build removes them with everything else it did not write.
public enum CommitteePDF {
    public struct Report: Sendable {
        public var warnings: [Diagnostic]
        /// The PDFs written, as paths under the output folder the user gave.
        public var written: [String]
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
    /// (the committee's only when there are dossiers).
    public static func run(_ options: BuildOptions, round: String? = nil, applicant: String? = nil,
                           selection: Selection = Selection(plan: false, committee: true),
                           printer: PDFPrinter, progress: (String) -> Void = { _ in }) throws -> Report {
        // The lock is held from the build to the last PDF, so no other build swaps the tree being printed.
        let lock = try SiteBuilder.lockOutput(options) { progress("Waiting for another folio build of \(options.output)/ to finish…") }
        defer { lock.release() }
        let (report, site) = try SiteBuilder.buildKeepingSite(options, holding: lock)
        let output = URL(fileURLWithPath: options.output)
        // The PDFs still current, as the build just carried them; each PDF printed now joins them.
        var printed = PrintedPDFs.read(output)
        var written: [String] = []
        func record(_ path: String, _ entry: PrintedPDFs.Entry) {
            var entry = entry
            entry.fingerprint = site.printSource(entry, output: output).map(PrintedPDFs.fingerprint) ?? ""
            printed.entries[path] = entry
            written.append("\(options.output)/\(path)")
        }
        if selection.plan {
            let path = "\(Audience.public.folder)/\(PlanPDF.path)"
            progress("Printing \(options.output)/\(path)")
            try PlanPDF.print(site, into: output.appendingPathComponent(Audience.public.folder), printer: printer)
            record(path, PrintedPDFs.Entry(kind: .plan, fingerprint: ""))
        }
        // `folio pdf` alone on a school without dossiers prints the plan and nothing else.
        if selection.committee, !(selection.plan && round == nil && applicant == nil && site.dossiers.isEmpty) {
            try printCommittee(site, output: output, display: options.output, round: round, applicant: applicant, printer: printer,
                               progress: progress, record: record)
        }
        // The manifests, then a build that carries the new PDFs into the site and links them from their pages.
        try printed.write(into: output)
        _ = try SiteBuilder.buildKeepingSite(options, holding: lock)
        return Report(warnings: report.warnings, written: written)
    }

    /// Prints the chosen dossiers and, unless one applicant was chosen, each round's packet.
    private static func printCommittee(_ site: LoadedSite, output: URL, display: String, round: String?, applicant: String?, printer: PDFPrinter,
                                       progress: (String) -> Void, record: (String, PrintedPDFs.Entry) -> Void) throws {
        let entries = site.dossiers.filter { (round == nil || $0.round == round) && (applicant == nil || $0.slug == applicant) }
        guard !entries.isEmpty else {
            let rounds = Set(site.dossiers.map(\.round)).sorted()
            var message = "no dossier to print"
            if let applicant { message += " for '\(applicant)'" }
            if let round { message += " in round '\(round)'" }
            message += rounds.isEmpty ? ": content/dossiers/ holds no dossier" : "; the rounds are \(rounds.joined(separator: ", "))"
            throw PDFPrinter.Failure(description: message)
        }
        let committee = output.appendingPathComponent(Audience.committee.folder)
        let folder = Audience.committee.folder
        for entry in entries {
            let pdf = DossierPages.pdfPath(entry)
            progress("Printing \(display)/\(folder)/\(pdf)")
            try printer.print(committee.appendingPathComponent(DossierPages.path(entry)), to: committee.appendingPathComponent(pdf))
            record("\(folder)/\(pdf)", PrintedPDFs.Entry(kind: .dossier, round: entry.round, applicant: entry.slug, fingerprint: ""))
        }
        guard applicant == nil else { return }

        let pages = site.dossierPages(site.layout(for: .committee))
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("folio-packet-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        for round in Set(entries.map(\.round)).sorted() {
            let sink = DiagnosticSink()
            guard let html = pages.packet(round: round, baseHref: packetBase(output: output, round: round), sink: sink) else {
                try sink.throwIfErrors()
                throw PDFPrinter.Failure(description: "the packet of round \(round) could not be made")
            }
            let file = scratch.appendingPathComponent("\(round)-packet.html")
            try Data(html.utf8).write(to: file)
            let pdf = DossierPages.packetPath(round)
            progress("Printing \(display)/\(folder)/\(pdf)")
            try printer.print(file, to: committee.appendingPathComponent(pdf))
            record("\(folder)/\(pdf)", PrintedPDFs.Entry(kind: .packet, round: round, fingerprint: ""))
        }
    }

    /// The packet resolves its links as if it stood beside the round's docket in the built tree.
    static func packetBase(output: URL, round: String) -> String {
        let committee = output.appendingPathComponent(Audience.committee.folder)
        let folder = committee.appendingPathComponent(DocketPage.path(round)).deletingLastPathComponent().absoluteURL.absoluteString
        return folder.hasSuffix("/") ? folder : folder + "/"
    }
}
