import FolioTestSupport
import Foundation
import Testing

/// `folio` as a user runs it: exit codes, compiler-style messages on standard error.
@Suite struct CommandLineTests {
    @Test func buildSucceedsOnTheExample() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        let result = try Tools.run(Tools.folio.path, ["build"], in: workspace.root)
        #expect(result.status == 0, "\(result.stderr)")
        // 16 public pages and two stylesheets (screen, print); internally the same and 18 provenance pages, one per computed figure;
        // for the committee the same 16, the rounds' home, a docket and 4 dossiers (and the sorting script).
        #expect(result.stdout.hasPrefix("Built 172 pages into site/public/ (108 files), site/internal/ (140 files), site/committee/ (137 files) in "))
        #expect(FileManager.default.fileExists(atPath: workspace.path("site/public/index.html")))
    }

    @Test func checkReportsEveryErrorAndExitsNonZero() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        let one = try workspace.read("content/indicators/01.yaml")
            .replacingOccurrences(of: "115: 1560", with: "115: 0")
            .replacingOccurrences(of: "responsible_unit: 教務處綜合業務組", with: "responsible_units: 教務處綜合業務組")
        try workspace.write("content/indicators/01.yaml", one)
        let result = try Tools.run(Tools.folio.path, ["check"], in: workspace.root)
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.contains("content/indicators/01.yaml:6:5: error: unknown key 'responsible_units'; did you mean 'responsible_unit'?"))
        #expect(lines.last == "1 error in content/.")
    }

    @Test func aFailedBuildSaysTheSiteWasNotChanged() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        try workspace.write("content/school.yaml", "school: {name: 測試, ownership: public}\nplan: {}\n")
        let result = try Tools.run(Tools.folio.path, ["build"], in: workspace.root)
        #expect(result.status == 1)
        #expect(result.stderr.contains("content/school.yaml:1:31: error: 'school.ownership' must be one of 'national', 'private', found 'public'"))
        #expect(result.stderr.contains("site/ was not changed."))
        #expect(!FileManager.default.fileExists(atPath: workspace.path("site")))
    }

    /// Help text with its line wrapping undone (ArgumentParser wraps to the terminal's width).
    static func help(_ arguments: [String]) throws -> String {
        let result = try Tools.run(Tools.folio.path, arguments)
        #expect(result.status == 0, "\(arguments)")
        return result.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    static let siteOptions = [
        "-c, --content <folder> The content folder: school.yaml, indicators/, narratives/. (default: content)",
        "-t, --templates <folder> A templates folder whose files override the bundled templates, labels and assets file by file (default: templates, when it exists).",
        "-o, --output <folder> The output folder; replaced as a whole on success. (default: site)",
        "-l, --language <language> The primary language, at each tree's root: zh-Hant (default) or en; the other goes under en/ or zh-hant/ (school.yaml 'languages: [zh-Hant]' writes Chinese only). (values: zh-Hant, en; default: zh-Hant)",
    ]
    static let siteUsage = "[--content <folder>] [--templates <folder>] [--output <folder>] [--language <language>]"

    @Test func helpListsEverySubcommandWithWhatItDoes() throws {
        let top = try Self.help(["--help"])
        #expect(top.contains("USAGE: folio <subcommand>"))
        let subcommands: String = "SUBCOMMANDS: build Check the content and write the site. "
            + "check Check the content against the catalog and the plan rules, writing nothing. "
            + "import Import downloaded school-database exports into content/tables/ and content/tables.yaml. "
            + "score Score one promotion or hiring dossier and print its tables and verdicts. "
            + "serve Build, serve the site on 127.0.0.1, and rebuild and reload pages on every edit. "
            + "pdf Build the site, then print the plan document and each dossier and round's meeting packet to PDF."
        #expect(top.contains(subcommands))
        #expect(top.contains("to PDF. new Start a new school: write a workspace whose content builds at once, every figure 待填."))
        #expect(top.contains("--version Show the version. -h, --help Show help information."))
    }

    @Test func helpDescribesEveryOptionOfEverySubcommand() throws {
        let expected: [String: (usage: String, options: [String])] = [
            "build": ("USAGE: folio build \(Self.siteUsage)", Self.siteOptions),
            "serve": ("USAGE: folio serve \(Self.siteUsage) [--port <port>]",
                      Self.siteOptions + ["-p, --port <port> The port to listen on, on 127.0.0.1. (default: 8000)"]),
            "new": ("USAGE: folio new <DIR> [--ownership <ownership>] [--name <name>] [--name-en <name>] [--years <years>]", [
                "ARGUMENTS: <DIR> The new workspace folder; it must not exist or be empty.",
                "--ownership <ownership> national or private (a private school has no indicator 12). (values: national, private; default: national)",
                "--name <name> The school's name (default: the folder's name; change it in content/school.yaml).",
                "--name-en <name> The school's name in English, for the English pages (en/); without it they show the Chinese name, marked as Chinese.",
                "--years <years> The plan years as FIRST-LAST ROC years within the catalog's phase; the baseline year is the one before. (default: 114-116)",
            ]),
            "check": ("USAGE: folio check \(Self.siteUsage) [--strict]",
                      Self.siteOptions + ["--strict For the final submission: every placeholder (待填) left is an error, not a warning."]),
            "pdf": ("USAGE: folio pdf \(Self.siteUsage) [--round <round>] [--applicant <folder>] [--plan] [--force] [--timeout <seconds>]",
                    Self.siteOptions + [
                        "--round <round> Print only this review round, e.g. 115-1.",
                        "--applicant <folder> Print only this applicant (the folder name, e.g. lin-yijun); no packet.",
                        "--plan Print only the plan document, to site/public/pdf/plan.pdf (in English to site/public/en/pdf/plan.pdf).",
                        "--force Print every chosen PDF, even one whose page has not changed since it was printed.",
                        "--timeout <seconds> Seconds Chromium may take for one PDF. (default: 120.0)",
                    ]),
            "score": ("USAGE: folio score [<path>] [--round <round>] [--content <folder>] [--json]", [
                "ARGUMENTS: <path> The applicant folder (with dossier.yaml and papers.csv).",
                "--round <round> Score every applicant of this review round, e.g. 115-1 (the folder content/dossiers/115-1).",
                "-c, --content <folder> The content folder, for --round. (default: content)",
                "--json Print JSON instead of tables: totals, requirements with pass/fail and shortfall, each paper's points.",
            ]),
        ]
        for (command, (usage, options)) in expected {
            // `folio help build` and `folio build --help` print the same page.
            let page = try Self.help(["help", command])
            #expect(try Self.help([command, "--help"]) == page, "\(command)")
            #expect(page.contains(usage), "\(command): \(page)")
            for option in options {
                #expect(page.contains(option), "\(command) lacks '\(option)'")
            }
        }
        // The discussions say what each command writes or reads.
        #expect(try Self.help(["help", "build"]).contains("site/public/ (the planning document, safe to publish)"))
        #expect(try Self.help(["help", "check"]).contains("Checks the plan rules P1–P4"))
        #expect(try Self.help(["help", "score"]).contains("Every figure cites its rule id (R-…, I-…) and the file:line it came from."))
        #expect(try Self.help(["help", "pdf"]).contains("site/committee/pdf/<round>/<round>-packet.pdf"))
        #expect(try Self.help(["help", "pdf"]).contains("site/public/pdf/plan.pdf"))
    }
}
