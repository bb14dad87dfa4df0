import ArgumentParser
import FolioCore
import FolioSite
import Foundation

/// `folio pdf`: the committee's dossiers and meeting packets on A4, through headless Chromium.
struct PDF: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pdf",
        abstract: "Build the site, then print the plan document and each dossier and round's meeting packet to PDF.",
        discussion: """
        Builds the site as 'folio build' does, then prints through headless Chromium (Debian's \
        'chromium' package): the plan document (計畫書: cover, contents with page numbers, every \
        indicator in the ministry's order) on A4 portrait to site/public/pdf/plan.pdf, made from \
        the public pages alone (--plan prints only this); every dossier page to site/committee/pdf/<round>/<applicant>.pdf, and \
        per review round a packet, the docket followed by every dossier with continuous page \
        numbers, to site/committee/pdf/<round>/<round>-packet.pdf. Every page carries the running \
        header (applicant, round, 機密) and 「第 N 頁，共 M 頁」. The committee's PDFs are confidential \
        and stay in the committee tree. Each page links its PDF, and later builds keep a PDF only \
        while the page it was printed from is unchanged (pdf/printed.json). Every language the site \
        is written in gets its own PDFs beside its pages: English under site/public/en/pdf/ and \
        site/committee/en/pdf/. A PDF whose page has not changed since it was printed is kept, not \
        printed again (--force prints it anyway).
        """
    )

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: ArgumentHelp("Print only this review round, e.g. 115-1.", valueName: "round"))
    var round: String?

    @Option(name: .long, help: ArgumentHelp("Print only this applicant (the folder name, e.g. lin-yijun); no packet.", valueName: "folder"))
    var applicant: String?

    @Flag(name: .long, help: "Print only the plan document, to site/public/pdf/plan.pdf (in English to site/public/en/pdf/plan.pdf).")
    var plan = false

    @Flag(name: .long, help: "Print every chosen PDF, even one whose page has not changed since it was printed.")
    var force = false

    @Option(name: .long, help: ArgumentHelp("Seconds Chromium may take for one PDF.", valueName: "seconds"))
    var timeout: Double = 120

    func run() throws {
        guard let chromium = PDFPrinter.findChromium() else {
            DiagnosticPrinter.printError("error: \(PDFPrinter.missingMessage)")
            throw ExitCode.failure
        }
        let fonts = PDFPrinter.missingFontPackages()
        if !fonts.isEmpty {
            DiagnosticPrinter.printError("warning: the print fonts are not installed, so the PDFs will use other fonts, often embedded as Type 3: install them with 'apt-get install \(fonts.joined(separator: " "))' (scripts/bootstrap --test does)")
        }
        do {
            // --plan alone prints the plan; --round or --applicant the committee's PDFs; nothing, both.
            let narrowed = round != nil || applicant != nil
            let selection = CommitteePDF.Selection(plan: plan || !narrowed, committee: narrowed || !plan)
            let report = try CommitteePDF.run(site.buildOptions, round: round, applicant: applicant, selection: selection,
                                              force: force, printer: PDFPrinter(chromium: chromium, timeout: timeout)) { line in
                DiagnosticPrinter.printError(line)
            }
            DiagnosticPrinter.print(report.warnings)
            if !report.written.isEmpty || report.kept.isEmpty {
                print("Wrote \(report.written.count) PDF\(report.written.count == 1 ? "" : "s"):")
                for path in report.written { print("  \(path)") }
            }
            if !report.kept.isEmpty {
                print("Kept \(report.kept.count) PDF\(report.kept.count == 1 ? "" : "s") whose page has not changed since it was printed (--force prints again):")
                for path in report.kept { print("  \(path)") }
            }
        } catch let error as DiagnosticsError {
            DiagnosticPrinter.print(error.diagnostics)
            DiagnosticPrinter.printError("Build failed with \(DiagnosticPrinter.summary(error.diagnostics)); \(site.output)/ was not changed and nothing was printed.")
            throw ExitCode.failure
        } catch let error as PDFPrinter.Failure {
            DiagnosticPrinter.printError("error: \(error)")
            throw ExitCode.failure
        }
    }
}
