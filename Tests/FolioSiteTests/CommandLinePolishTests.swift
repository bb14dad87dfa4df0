import FolioTestSupport
import Foundation
import Testing

/// What a new user met on the command line (issue 11, item 6): each message names the problem and what to type.
@Suite struct CommandLinePolishTests {
    @Test func scoringAPathThatDoesNotExistSaysSo() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        let result = try Tools.run(Tools.folio.path, ["score", "nowhere"], in: workspace.root)
        #expect(result.status == 1)
        #expect(result.stderr == "error: nowhere does not exist: give an applicant folder, e.g. content/dossiers/115-1/lin-yijun\n")
        #expect(result.stdout.isEmpty)
    }

    @Test func scoringARoundFolderNamesItsApplicantsAndOffersRound() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        let result = try Tools.run(Tools.folio.path, ["score", "content/dossiers/115-1/"], in: workspace.root)
        #expect(result.status == 1)
        #expect(result.stderr == "error: content/dossiers/115-1 is a review round, not an applicant folder: its applicants are "
            + "chen-zhiming, huang-shufen, lin-yijun, wu-jianhong; score one with folio score content/dossiers/115-1/chen-zhiming, "
            + "or all of them with folio score --round 115-1\n")
    }

    @Test func roundScoresEveryApplicantInFolderOrder() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        let round = try Tools.run(Tools.folio.path, ["score", "--round", "115-1"], in: workspace.root)
        #expect(round.status == 0, "\(round.stderr)")
        var singles: [String] = []
        for applicant in ["chen-zhiming", "huang-shufen", "lin-yijun", "wu-jianhong"] {
            let one = try Tools.run(Tools.folio.path, ["score", "content/dossiers/115-1/\(applicant)"], in: workspace.root)
            #expect(one.status == 0, "\(one.stderr)")
            singles.append(one.stdout)
        }
        // The round's report is the four applicants' reports, one after another, a blank line between.
        #expect(round.stdout == singles.joined(separator: "\n"))
        #expect(singles[1].hasPrefix("黃淑芬（職能治療學系）"))

        let json = try Tools.run(Tools.folio.path, ["score", "--round", "115-1", "--json"], in: workspace.root)
        #expect(json.status == 0, "\(json.stderr)")
        let list = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [Any])
        #expect(list.count == 4)
    }

    @Test func anUnknownRoundListsTheRounds() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        let result = try Tools.run(Tools.folio.path, ["score", "--round", "115-9"], in: workspace.root)
        #expect(result.status == 1)
        #expect(result.stderr == "error: there is no review round 115-9: content/dossiers/115-9 does not exist; the rounds in content/dossiers are 115-1\n")
        let neither = try Tools.run(Tools.folio.path, ["score"], in: workspace.root)
        #expect(neither.status == 1)
        #expect(neither.stderr == "error: give an applicant folder, e.g. folio score content/dossiers/115-1/lin-yijun, or a review round, e.g. folio score --round 115-1\n")
    }

    @Test func aMistypedCommandGetsADidYouMean() throws {
        for (typed, message) in [
            ("biuld", "error: unknown command 'biuld'; did you mean 'build'?\n"),
            ("chekc", "error: unknown command 'chekc'; did you mean 'check'?\n"),
            ("socre", "error: unknown command 'socre'; did you mean 'score'?\n"),
            ("nwe", "error: unknown command 'nwe'; did you mean 'new'?\n"),
            ("frobnicate", "error: unknown command 'frobnicate'; the commands are build, check, import, score, serve, pdf, new, templates, rules (folio help COMMAND for one's options)\n"),
        ] {
            let result = try Tools.run(Tools.folio.path, [typed])
            #expect(result.status == 1, "\(typed)")
            #expect(result.stderr == message, "\(typed)")
        }
        // A known command with a wrong option keeps ArgumentParser's own message.
        let option = try Tools.run(Tools.folio.path, ["build", "--nope"])
        #expect(option.status == 64)
        #expect(option.stderr.hasPrefix("Error: Unknown option '--nope'"))
    }

    @Test func theContentFormatsCustomMeasureBelongsToItsIndicator() throws {
        let text = try String(contentsOf: Workspace.packageRoot.appendingPathComponent("docs/content-format.md"), encoding: .utf8)
        let example = try #require(text.range(of: "```yaml\nindicator: ").map { text[$0.lowerBound...] })
        let block = example[..<example.range(of: "\n```\n")!.lowerBound]
        let indicator = try #require(block.split(separator: "\n").first { $0.hasPrefix("indicator: ") }?.dropFirst("indicator: ".count))
        let ids = block.split(separator: "\n").filter { $0.hasPrefix("  - id: ") }.map { $0.dropFirst("  - id: ".count) }
        #expect(!ids.isEmpty)
        #expect(ids.allSatisfy { $0.hasPrefix("\(indicator)-C") }, "\(ids) under indicator \(indicator)")
    }
}
