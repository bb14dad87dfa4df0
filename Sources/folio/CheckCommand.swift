import ArgumentParser
import FolioCore
import FolioSite

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the content against the catalog and the plan rules, writing nothing.",
        discussion: """
        Reports every problem as path:line:column: error: message and exits non-zero if there is \
        an error. Checks the plan rules P1–P4: a target for every plan year, never 0, improving year \
        on year; at most 3 custom measures per indicator and none on indicator 15; numerator, \
        denominator and period for ratio measures; indicator 12 for national schools only.
        """
    )

    @OptionGroup var site: SiteOptions

    func run() throws {
        do {
            let warnings = try SiteBuilder.check(site.buildOptions)
            DiagnosticPrinter.print(warnings)
            print(warnings.isEmpty ? "No problems found in \(site.content)/." : "No errors in \(site.content)/ (\(DiagnosticPrinter.summary(warnings))).")
        } catch let error as DiagnosticsError {
            DiagnosticPrinter.print(error.diagnostics)
            DiagnosticPrinter.printError("\(DiagnosticPrinter.summary(error.diagnostics)) in \(site.content)/.")
            throw ExitCode.failure
        }
    }
}
