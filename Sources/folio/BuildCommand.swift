import ArgumentParser
import FolioCore
import FolioSite
import Foundation

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the content and write the site.",
        discussion: """
        Writes site/public/ (the planning document, safe to publish), site/internal/ (the same \
        pages plus, for every figure computed from the school-database tables, the rows it counted \
        and excluded: personal data, never to be published) and site/committee/ (the same pages, \
        the promotion and hiring dossiers of content/dossiers/ and each review round's docket: \
        confidential). The site is built in a staging folder and swapped in only when every page is written: a failed build leaves the \
        previous site untouched. Builds into one output folder run one at a time: a second build \
        waits for the first (the lock is the file .site.lock beside site/).
        """
    )

    @OptionGroup var site: SiteOptions

    func run() throws {
        do {
            let report = try SiteBuilder.build(site.buildOptions) {
                DiagnosticPrinter.printError("Waiting for another folio build of \(site.output)/ to finish…")
            }
            // Placeholders are listed by 'folio check'; a build only counts them.
            DiagnosticPrinter.print(report.warnings.filter { !$0.isPlaceholder })
            let placeholders = report.warnings.filter(\.isPlaceholder).count
            if placeholders > 0 {
                DiagnosticPrinter.printError("\(placeholders) placeholder\(placeholders == 1 ? "" : "s") (待填) left to fill in; 'folio check' lists them with file:line:column.")
            }
            let order = Audience.allCases.map(\.folder)
            let trees = report.fileCounts.sorted { (order.firstIndex(of: $0.key) ?? 99, $0.key) < (order.firstIndex(of: $1.key) ?? 99, $1.key) }
                .map { "\(site.output)/\($0.key)/ (\($0.value) files)" }.joined(separator: ", ")
            print("Built \(report.pageCount) pages into \(trees) in \(String(format: "%.2f", report.seconds)) s.")
            if !report.hasSitemap {
                print("No sitemap.xml: set plan.base_url in school.yaml to the address where \(site.output)/public/ is published.")
            }
            if report.search == .off {
                if ProcessInfo.processInfo.environment["FOLIO_PAGEFIND"] == "off" {
                    print("Search is off: FOLIO_PAGEFIND=off.")
                } else {
                    print("Search is off: Pagefind is not installed; \(SearchIndexer.installHint).")
                }
            }
        } catch let error as DiagnosticsError {
            DiagnosticPrinter.print(error.diagnostics)
            DiagnosticPrinter.printError("Build failed with \(DiagnosticPrinter.summary(error.diagnostics)); \(site.output)/ was not changed.")
            throw ExitCode.failure
        }
    }
}
