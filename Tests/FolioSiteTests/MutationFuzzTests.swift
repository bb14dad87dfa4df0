import FolioTestSupport
import Foundation
import Testing
@testable import FolioSite

/// Random, seeded damage to the example's YAML, CSV and Markdown, built by the real `folio`
/// binary: whatever the input, Folio exits 0 or 1 (never a signal), a failed build leaves the
/// previous site byte for byte, and a successful one publishes no confidential string.
@Suite struct MutationFuzzTests {
    /// Fixed seeds: a failure names its seed and mutation, so it can be replayed.
    static let seeds: [UInt64] = [0x5EED_0001, 0x5EED_0002, 0x5EED_0003]
    static let iterationsPerSeed = 6

    @Test(arguments: seeds) func randomDamageNeverCrashesLeaksOrHalfWrites(seed: UInt64) throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        let secrets = try ConfidentialStrings(workspace: workspace)
        #expect(secrets.dossier.count >= 8 && secrets.personal.count >= 100, "the secret lists must not be empty")

        let first = try build(workspace)
        #expect(first.status == 0, "the undamaged example must build: \(first.stderr)")
        var previous = workspace.snapshot("site")

        var random = SeededGenerator(seed: seed)
        for iteration in 0..<Self.iterationsPerSeed {
            let mutation = try Mutation.random(in: workspace, iteration: iteration, using: &random)
            let restore = try mutation.apply(to: workspace)
            defer { restore() }
            let result = try build(workspace)
            let replay = "seed \(String(seed, radix: 16)) iteration \(iteration): \(mutation)"

            #expect(result.status == 0 || result.status == 1, "\(replay): exit \(result.status)\n\(result.stderr)")
            #expect(!result.stderr.contains("Fatal error"), "\(replay): \(result.stderr)")
            if result.status == 0 {
                let site = workspace.snapshot("site")
                // Files equal to the previous build's were searched then (or are the example's).
                for (path, data) in site where (path.hasPrefix("public/") || path.hasPrefix("internal/")) && previous[path] != data {
                    // Pagefind's index is compressed binary, made from the public pages searched here.
                    let isSearchIndex = path.hasPrefix("public/\(SearchIndexer.bundleFolder)/")
                    #expect(isSearchIndex || !data.contains(0), "\(replay): \(path) holds a NUL byte")
                    let text = String(decoding: data, as: UTF8.self)
                    let forbidden = path.hasPrefix("public/") ? secrets.dossier + secrets.personal + secrets.host : secrets.dossier + secrets.host
                    for secret in forbidden where text.contains(secret) {
                        Issue.record("\(replay): \(path) contains the confidential '\(secret)'")
                    }
                }
                previous = site
            } else {
                #expect(result.stderr.contains("error:"), "\(replay): a failure must say what is wrong\n\(result.stderr)")
                #expect(workspace.snapshot("site") == previous, "\(replay): a failed build changed site/")
            }
        }
    }

    private func build(_ workspace: Workspace) throws -> Tools.Result {
        try Tools.run(Tools.folio.path, ["build"], in: workspace.root)
    }
}

/// One damage done to one input file, undone by the closure `apply` returns.
private struct Mutation: CustomStringConvertible {
    enum Kind {
        case deleteLine, duplicateLine, replaceValue(String), insertBytes([UInt8]), truncate, symlink(to: String)
    }

    var file: String
    var line: Int
    var kind: Kind

    var description: String { "\(kind) in \(file) at line \(line + 1)" }

    /// Values a mistaken or hostile user might type where a value belongs.
    static let hostileValues = [
        "-5", "9223372036854775807", "1e400", "0", "\"unclosed", "[", "{a: b}", "~", "",
        "../../../../etc/passwd", "dossiers/115-1/lin-yijun/statement.md", "dossiers/115-1/lin-yijun/papers.csv",
        "tables/4-8-1_114-1.csv", "待填", "115/02/30", "2025/13/01", "\u{0}x",
    ]
    static let redirections = [
        "../../../../etc/passwd", "dossiers/115-1/lin-yijun/statement.md", "dossiers/115-1/chen-zhiming/papers.csv",
        "tables/4-8-1_114-1.csv", "narratives/../dossiers/115-1/wu-jianhong/statement.md", "/etc/passwd",
    ]
    static let hostileBytes: [[UInt8]] = [
        [0x00], [0xFF, 0xFE], [0xEF, 0xBB, 0xBF], Array("\"".utf8), Array(",,,".utf8),
        Array("<script>alert(1)</script>".utf8), Array("{{> partials/nav}}".utf8),
        Array("[x](../committee/dossiers/115-1/lin-yijun.html)".utf8), [0x1B, 0x5B, 0x32, 0x4A],
    ]
    static let symlinkTargets = ["/etc/passwd", "../dossiers/115-1/lin-yijun/statement.md", "../tables/4-8-1_114-1.csv"]

    static func random(in workspace: Workspace, iteration: Int, using random: inout SeededGenerator) throws -> Mutation {
        let all = try inputFiles(workspace)
        // A kind of file first, so the many table exports do not crowd out YAML and Markdown.
        let suffix = [".yaml", ".csv", ".md"][random.next(below: 3)]
        let files = all.filter { $0.hasSuffix(suffix) }
        let file = files[random.next(below: files.count)]
        let lines = try Data(contentsOf: workspace.root.appendingPathComponent(file))
            .split(separator: 0x0A, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        var line = random.next(below: max(lines.count, 1))
        let kind: Kind
        // Every kind of damage in turn, so a run of six iterations tries each once.
        switch iteration % 6 {
        case 0: kind = .deleteLine
        case 1: kind = .duplicateLine
        case 2: kind = .replaceValue(hostileValues[random.next(below: hostileValues.count)])
        case 3: kind = .insertBytes(hostileBytes[random.next(below: hostileBytes.count)])
        case 4: kind = .truncate
        default:
            if suffix != ".yaml" {
                kind = .symlink(to: symlinkTargets[random.next(below: symlinkTargets.count)])
            } else {
                // Point a path the file names (a narrative, a table export) somewhere it must not read.
                let paths = lines.indices.filter { lines[$0].contains("narrative:") || lines[$0].contains("file:") }
                if !paths.isEmpty { line = paths[random.next(below: paths.count)] }
                kind = .replaceValue(redirections[random.next(below: redirections.count)])
            }
        }
        return Mutation(file: file, line: line, kind: kind)
    }

    static func inputFiles(_ workspace: Workspace) throws -> [String] {
        let content = workspace.root.appendingPathComponent("content")
        let all = FileManager.default.enumerator(atPath: content.path)?.allObjects as? [String] ?? []
        return all.filter { path in [".yaml", ".csv", ".md"].contains { path.hasSuffix($0) } }.sorted().map { "content/\($0)" }
    }

    func apply(to workspace: Workspace) throws -> () -> Void {
        let url = workspace.root.appendingPathComponent(file)
        let original = try Data(contentsOf: url)
        let restore = {
            try? FileManager.default.removeItem(at: url)
            try? original.write(to: url)
        }
        var lines = original.split(separator: 0x0A, omittingEmptySubsequences: false).map { Data($0) }
        let at = min(line, lines.count - 1)
        switch kind {
        case .deleteLine:
            lines.remove(at: at)
        case .duplicateLine:
            lines.insert(lines[at], at: at)
        case .replaceValue(let value):
            let text = String(decoding: lines[at], as: UTF8.self)
            if let colon = text.firstIndex(of: ":") {
                lines[at] = Data((text[...colon] + " " + value).utf8)
            } else if let comma = text.firstIndex(of: ",") {
                lines[at] = Data((value + text[comma...]).utf8)
            } else {
                lines[at] = Data(value.utf8)
            }
        case .insertBytes(let bytes):
            lines[at].insert(contentsOf: bytes, at: lines[at].startIndex + lines[at].count / 2)
        case .truncate:
            lines = Array(lines.prefix(at))
        case .symlink(let target):
            try FileManager.default.removeItem(at: url)
            try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: target)
            return restore
        }
        try Data(lines.joined(separator: [0x0A])).write(to: url)
        return restore
    }
}

/// Strings that must never appear where the issue says: applicants' names and paper titles
/// (never in public or internal), and the school-database rows' IDs and names (never in public).
struct ConfidentialStrings {
    var dossier: [String] = []
    var personal: [String] = []
    /// A line of a host file outside the content folder, which no page may ever quote.
    var host = ["root:x:0:0:"]

    init(workspace: Workspace) throws {
        let dossiers = workspace.root.appendingPathComponent("content/dossiers")
        let files = FileManager.default.enumerator(atPath: dossiers.path)?.allObjects as? [String] ?? []
        for file in files where file.hasSuffix(".yaml") || file.hasSuffix(".csv") || file.hasSuffix(".md") {
            let text = try String(contentsOf: dossiers.appendingPathComponent(file), encoding: .utf8)
            if file.hasSuffix("dossier.yaml") {
                for line in text.split(separator: "\n") where line.hasPrefix("name:") {
                    dossier.append(line.dropFirst("name:".count).trimmingCharacters(in: .whitespaces))
                }
            } else if file.hasSuffix("statement.md") {
                // The statement's longest run of plain text: words no public page has a reason to hold.
                let runs = text.split { "\n*_`[]()#>".contains($0) }.map(String.init)
                dossier += runs.max { $0.count < $1.count }.map { [$0] } ?? []
            } else if file.hasSuffix("papers.csv") {
                // The title is the second column; titles in the example hold no commas or quotes.
                dossier += text.split(separator: "\n").dropFirst().map { String($0.split(separator: ",")[1]) }
            }
        }
        let tables = workspace.root.appendingPathComponent("content/tables")
        for file in try FileManager.default.contentsOfDirectory(atPath: tables.path).sorted() {
            guard let text = try? String(contentsOf: tables.appendingPathComponent(file), encoding: .utf8) else { continue }
            let rows = text.replacingOccurrences(of: "\u{FEFF}", with: "").split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
            guard let header = rows.first else { continue }
            let columns = header.indices.filter { ["學號", "姓名", "教師編號", "授課教師", "發明人", "主持教師", "計畫主持人"].contains(header[$0].trimmingCharacters(in: .whitespaces)) }
            // Every 50th row keeps the scan fast and still covers every table.
            for row in rows.dropFirst().enumerated().filter({ $0.offset % 50 == 0 }).map(\.element) {
                personal += columns.compactMap { $0 < row.count ? String(row[$0]) : nil }.filter { $0.count >= 3 }
            }
        }
    }
}

