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
        denominator and period for ratio measures; indicator 12 for national schools only. Every placeholder (待填) left by 'folio new' is listed \
        as a warning; --strict makes them errors, for the final submission.
        """
    )

    @OptionGroup var site: SiteOptions

    @Flag(name: .long, help: "For the final submission: every placeholder (待填) left is an error, not a warning.")
    var strict = false

    func run() throws {
        do {
            var warnings = try SiteBuilder.check(site.buildOptions)
            if strict {
                warnings = warnings.placeholdersAsErrors()
                if warnings.hasErrors { throw DiagnosticsError(warnings) }
            }
            DiagnosticPrinter.print(warnings)
            print(warnings.isEmpty ? "No problems found in \(site.content)/." : "No errors in \(site.content)/ (\(DiagnosticPrinter.summary(warnings))).")
        } catch let error as DiagnosticsError {
            let diagnostics = strict ? error.diagnostics.placeholdersAsErrors() : error.diagnostics
            DiagnosticPrinter.print(diagnostics)
            DiagnosticPrinter.printError("\(DiagnosticPrinter.summary(diagnostics)) in \(site.content)/.")
            throw ExitCode.failure
        }
    }
}
