import ArgumentParser
import FolioCore
import FolioSite
import Foundation

/// `folio new DIR`: a new school's workspace that builds at once, every figure still 待填.
struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Start a new school: write a workspace whose content builds at once, every figure 待填.",
        discussion: """
        Writes DIR/content/ (school.yaml; one file per indicator the school reports on, with every \
        measure of the catalog \(SchoolScaffold.defaultCatalog); a narrative stub per qualitative \
        measure; tables.yaml and an empty tables/; dossiers/ with one sample review round), \
        DIR/README.md (zh-Hant: what the planning office fills in, in what order) and DIR/.gitignore. \
        Every baseline, target and narrative still to be written is 待填: 'folio build' succeeds and \
        the pages show 待填; 'folio check' lists each one as a warning, and 'folio check --strict' as \
        an error, for the final submission. A private school gets no indicator 12 (P4). \
        DIR must be new or empty: nothing is ever overwritten.
        """
    )

    @Argument(help: ArgumentHelp("The new workspace folder; it must not exist or be empty.", valueName: "DIR"))
    var folder: String

    @Option(name: .long, help: ArgumentHelp("national or private (a private school has no indicator 12).", valueName: "ownership"))
    var ownership: OwnershipArgument = .national

    @Option(name: .long, help: ArgumentHelp("The school's name (default: the folder's name; change it in content/school.yaml).", valueName: "name"))
    var name: String?

    @Option(name: .customLong("name-en"), help: ArgumentHelp("The school's name in English, for the English pages (en/); without it they show the Chinese name, marked as Chinese.", valueName: "name"))
    var nameEn: String?

    @Option(name: .long, help: ArgumentHelp("The plan years as FIRST-LAST ROC years within the catalog's phase; the baseline year is the one before.", valueName: "years"))
    var years = "114-116"

    func run() throws {
        guard let planYears = SchoolScaffold.years(years) else {
            DiagnosticPrinter.printError("error: --years \(years) is not a range of ROC years: write it as FIRST-LAST, e.g. --years 114-116")
            throw ExitCode.failure
        }
        let schoolName = name ?? URL(fileURLWithPath: folder).standardizedFileURL.lastPathComponent
        do {
            var settings = SchoolScaffold.Settings(name: schoolName, isPrivate: ownership == .private, years: planYears)
            settings.nameEn = nameEn
            let scaffold = try SchoolScaffold.make(settings)
            try ScaffoldWriter.write(scaffold, into: folder)
            print("Wrote \(folder)/: \(scaffold.indicatorCount) indicators for \(schoolName) (\(ownership.rawValue)), plan years \(planYears.map(String.init).joined(separator: ", ")), every figure 待填.")
            print("Next: cd \(folder) && folio build && folio check   (see \(folder)/README.md for what to fill in)")
        } catch let error as ScaffoldWriter.Refusal {
            DiagnosticPrinter.printError("error: \(error)")
            throw ExitCode.failure
        } catch let error as DiagnosticsError {
            DiagnosticPrinter.print(error.diagnostics)
            throw ExitCode.failure
        }
    }
}

enum OwnershipArgument: String, ExpressibleByArgument, CaseIterable {
    case national, `private`
}
