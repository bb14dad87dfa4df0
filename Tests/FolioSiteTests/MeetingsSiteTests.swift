import FolioCore
import FolioPromotion
import FolioSite
import FolioTestSupport
import Foundation
import Testing

/// Issue 13 on the example round: content/dossiers/115-1/meetings.yaml, each level's docket with the previous
/// level's decision, and each held level's minutes draft (會議紀錄), built by the real binary.
@Suite("Review levels, dockets and minutes on the example (issue 13)")
struct MeetingsSiteTests {
    func folio(_ arguments: [String], _ workspace: Workspace) throws -> Tools.Result {
        try Tools.run(Tools.folio.path, arguments, in: workspace.root)
    }

    @Test func eachLevelHasItsDocketAndEachHeldLevelItsMinutes() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        let build = try folio(["build"], workspace)
        #expect(build.status == 0, "\(build.stderr)")
        let round = "site/committee/dossiers/115-1"
        // The college docket lists those the departments passed (林怡君, 黃淑芬, 吳建宏; 陳志明 4 of 9 failed), each
        // with the department's decision: 吳建宏 6 of 9, exactly two thirds (6 × 3 = 18 = 2 × 9), needs 6.
        let college = try workspace.read("\(round)/levels/college.html")
        #expect(college.contains("<th scope=\"col\" class=\"level-col\">系教評會初審</th>"))
        #expect(college.contains("同意 6、不同意 3、廢票 0／出席 9（須 6）"))
        #expect(!college.contains("陳志明"))
        // The university has met on no one yet: its docket is the college's passes (林怡君, 黃淑芬), no minutes.
        let university = try workspace.read("\(round)/levels/university.html")
        #expect(university.contains("林怡君") && university.contains("黃淑芬") && !university.contains("吳建宏"))
        #expect(workspace.snapshotIfPresent("\(round)/minutes")?.keys.sorted() == ["college.html", "department.html"])
        // The college's minutes: 15 present of 17; 黃淑芬 10 of 15 (30 = 30, exactly two thirds) passes, 吳建宏 9 (27 < 30) does not.
        let minutes = try workspace.read("\(round)/minutes/college.html")
        #expect(minutes.contains("應出席 17 人，出席 15 人"))
        #expect(minutes.contains("<td class=\"num\">15</td><td class=\"num\">10</td><td class=\"num\">5</td><td class=\"num\">0</td><td class=\"num\">10</td><td class=\"verdict-cell verdict-pass\">"))
        #expect(minutes.contains("<td class=\"num\">15</td><td class=\"num\">9</td><td class=\"num\">5</td><td class=\"num\">1</td><td class=\"num\">10</td><td class=\"verdict-cell verdict-fail\">"))
        // Every score of the minutes says which it is: 林怡君's research claimed 729, computed 654, verified 645.
        #expect(minutes.contains("<th scope=\"row\">研究計分</th><td class=\"num differs\">729</td><td class=\"num\">654</td><td class=\"num differs\">645</td>"))
        // 吳建宏's page lists each level: passed the department, not the college, the university not yet.
        let wu = try workspace.read("\(round)/wu-jianhong.html")
        #expect(wu.contains("<li class=\"verdict-fail\">院教評會複審：<span class=\"verdict-symbol\" aria-hidden=\"true\">✗</span> 不通過（同意 9、不同意 5、廢票 1／出席 15（須 10）"))
        #expect(wu.contains("<li class=\"verdict-na\">校教評會決審：<span class=\"verdict-symbol\" aria-hidden=\"true\">－</span> 尚未審議</li>"))
        // The round's docket shows both levels' decisions.
        let docket = try workspace.read("\(round)/index.html")
        #expect(docket.contains("<th scope=\"col\" class=\"level-col\">院教評會複審</th>"))
        #expect(docket.contains("href=\"minutes/college.html\""))
    }

    @Test func folioScoreCarriesTheApplicantsVotes() throws {
        // 吳建宏: department 6 of 9 (needs ⌈18 ÷ 3⌉ = 6) passed; college 9 of 15 (needs 10) did not.
        let run = try Tools.run(Tools.folio.path, ["score", "content/dossiers/115-1/wu-jianhong", "--json"], in: Workspace.packageRoot)
        #expect(run.status == 0, "\(run.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let levels = try #require(report["levels"] as? [[String: Any]])
        #expect(levels.map { $0["level"] as? String } == ["department", "college"])
        #expect(levels.map { $0["needed"] as? Int } == [6, 10])
        #expect(levels.map { $0["decision"] as? String } == ["pass", "fail"])
        #expect(levels.map { $0["rule_decision"] as? String } == ["pass", "fail"])
        let text = try Tools.run(Tools.folio.path, ["score", "content/dossiers/115-1/wu-jianhong"], in: Workspace.packageRoot).stdout
        #expect(text.contains("健康科學院教師評審委員會 115 學年度第 1 學期第 1 次會議（115/11/10）：同意 9、不同意 5、廢票 1／出席 15（須 10） → 不通過"))
    }

    @Test func aDecisionTheVotesDoNotGiveIsAnErrorAtItsLine() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        _ = try folio(["build"], workspace)
        let before = workspace.snapshot("site")
        let path = "content/dossiers/115-1/meetings.yaml"
        // 吳建宏 at the department: 5 of 9 agree is 15 < 18, so 'pass' is wrong; and a mistyped key.
        try workspace.write(path, try workspace.read(path)
            .replacingOccurrences(of: "{applicant: wu-jianhong, agree: 6, disagree: 3,", with: "{applicant: wu-jianhong, agree: 5, disagree: 3,")
            .replacingOccurrences(of: "    members: 17\n", with: "    member: 17\n"))
        let build = try folio(["build"], workspace)
        #expect(build.status == 1)
        #expect(build.stderr.contains("content/dossiers/115-1/meetings.yaml:20:9: error: decision 'pass' but 5 agreed, and 2/3 of the 9 present needs 6: the decision is 'fail'; correct the votes or the decision\n"))
        #expect(build.stderr.contains("content/dossiers/115-1/meetings.yaml:39:5: error: unknown key 'member'; did you mean 'members'?\n"))
        #expect(workspace.snapshot("site") == before)
    }
}
