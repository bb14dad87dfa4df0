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
        var written: [String] = []
        if selection.plan {
            let display = "\(options.output)/\(Audience.public.folder)/\(PlanPDF.path)"
            progress("Printing \(display)")
            try PlanPDF.print(site, into: URL(fileURLWithPath: options.output).appendingPathComponent(Audience.public.folder), printer: printer)
            written.append(display)
        }
        // `folio pdf` alone on a school without dossiers prints the plan and nothing else.
        guard selection.committee, !(selection.plan && round == nil && applicant == nil && site.dossiers.isEmpty) else {
            return Report(warnings: report.warnings, written: written)
        }
        let entries = site.dossiers.filter { (round == nil || $0.round == round) && (applicant == nil || $0.slug == applicant) }
        guard !entries.isEmpty else {
            let rounds = Set(site.dossiers.map(\.round)).sorted()
            var message = "no dossier to print"
            if let applicant { message += " for '\(applicant)'" }
            if let round { message += " in round '\(round)'" }
            message += rounds.isEmpty ? ": content/dossiers/ holds no dossier" : "; the rounds are \(rounds.joined(separator: ", "))"
            throw PDFPrinter.Failure(description: message)
        }
        let output = URL(fileURLWithPath: options.output)
        let committee = output.appendingPathComponent(Audience.committee.folder)
        func display(_ relative: String) -> String { "\(options.output)/\(Audience.committee.folder)/\(relative)" }

        for entry in entries {
            let pdf = "pdf/\(entry.round)/\(entry.slug).pdf"
            progress("Printing \(display(pdf))")
            try printer.print(committee.appendingPathComponent(DossierPages.path(entry)), to: committee.appendingPathComponent(pdf))
            written.append(display(pdf))
        }
        guard applicant == nil else { return Report(warnings: report.warnings, written: written) }

        let pages = site.dossierPages(site.layout(for: .committee))
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("folio-packet-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        for round in Set(entries.map(\.round)).sorted() {
            let docketFolder = committee.appendingPathComponent(DocketPage.path(round)).deletingLastPathComponent().absoluteURL.absoluteString
            let sink = DiagnosticSink()
            let base = docketFolder.hasSuffix("/") ? docketFolder : docketFolder + "/"
            guard let html = pages.packet(round: round, baseHref: base, sink: sink) else {
                try sink.throwIfErrors()
                throw PDFPrinter.Failure(description: "the packet of round \(round) could not be made")
            }
            let file = scratch.appendingPathComponent("\(round)-packet.html")
            try Data(html.utf8).write(to: file)
            let pdf = "pdf/\(round)/\(round)-packet.pdf"
            progress("Printing \(display(pdf))")
            try printer.print(file, to: committee.appendingPathComponent(pdf))
            written.append(display(pdf))
        }
        return Report(warnings: report.warnings, written: written)
    }
}
