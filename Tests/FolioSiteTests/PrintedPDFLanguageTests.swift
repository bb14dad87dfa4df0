import FolioTestSupport
import Foundation
import Testing
@testable import FolioSite

/// Each language's printed PDFs live where its pages are, and a build carries one only there and only
/// while its page is unchanged: checked on the manifest (`pdf/printed.json`) alone, without Chromium.
@Suite struct PrintedPDFLanguageTests {
    static func load(_ workspace: Workspace, primary: SiteLanguage = .zhHant) throws -> LoadedSite {
        var options = workspace.options
        options.language = primary
        let sink = DiagnosticSink()
        return try #require(LoadedSite.load(options, sink: sink), "\(sink.diagnostics)")
    }

    @Test func eachLanguagesPDFsAreUnderItsFolder() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        let site = try Self.load(workspace)
        #expect(site.printedPath(.init(kind: .plan, language: .zhHant)) == "public/pdf/plan.pdf")
        #expect(site.printedPath(.init(kind: .plan, language: .en)) == "public/en/pdf/plan.pdf")
        #expect(site.printedPath(.init(kind: .dossier, round: "115-1", applicant: "lin-yijun", language: .en)) == "committee/en/pdf/115-1/lin-yijun.pdf")
        #expect(site.printedPath(.init(kind: .packet, round: "115-1", language: .en)) == "committee/en/pdf/115-1/115-1-packet.pdf")
        #expect(site.printedPath(.init(kind: .dossier, round: "115-1", applicant: "no-such-folder", language: .en)) == nil)
        // A manifest written before languages names no language: its PDFs are the primary's.
        var old = PrintedPDFs.Entry(kind: .plan, language: .en)
        old.language = nil
        #expect(site.printedPath(old) == "public/pdf/plan.pdf")

        // English primary (--language en): Chinese under zh-hant/.
        #expect(try Self.load(workspace, primary: .en).printedPath(.init(kind: .plan, language: .zhHant)) == "public/zh-hant/pdf/plan.pdf")
        // English turned off: no English PDF has a place.
        let school = try workspace.read("content/school.yaml")
        try workspace.write("content/school.yaml", school.replacingOccurrences(of: "languages: [zh-Hant, en]", with: "languages: [zh-Hant]"))
        #expect(try Self.load(workspace).printedPath(.init(kind: .plan, language: .en)) == nil)
    }

    /// The English plan PDF, recorded with the fingerprint of the English plan document, is carried
    /// into the next build and linked from the English home; the same entry at the Chinese plan's path is not.
    @Test func aBuildCarriesAnEnglishPDFOnlyWhereEnglishPDFsGo() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        let site = try Self.load(workspace)
        var entry = PrintedPDFs.Entry(kind: .plan, language: .en)
        entry.fingerprint = PrintedPDFs.fingerprint(try #require(site.printSource(entry, output: URL(fileURLWithPath: workspace.path("site")))))
        // The English document differs from the Chinese one, so their fingerprints tell them apart.
        #expect(entry.fingerprint != PrintedPDFs.fingerprint(try #require(site.printSource(.init(kind: .plan, language: .zhHant), output: URL(fileURLWithPath: workspace.path("site"))))))
        let pdf = "%PDF-1.4 the English plan\n"
        func manifest(_ path: String) throws {
            let data = try JSONEncoder().encode([path: entry])
            try workspace.write("site/public/pdf/printed.json", String(decoding: data, as: UTF8.self))
            try workspace.write("site/public/\(path)", pdf)
        }
        try manifest("en/pdf/plan.pdf")
        _ = try SiteBuilder.build(workspace.options)
        #expect(try workspace.read("site/public/en/pdf/plan.pdf") == pdf)
        #expect(try workspace.read("site/public/en/index.html").contains("<a href=\"pdf/plan.pdf\" type=\"application/pdf\">Download the plan as a PDF</a>"))
        #expect(!(try workspace.read("site/public/index.html")).contains("pdf-link"))
        #expect(try workspace.read("site/public/pdf/printed.json").contains("\"en/pdf/plan.pdf\""))

        // The English entry at the Chinese plan's path: not carried, not linked.
        try FileManager.default.removeItem(atPath: workspace.path("site"))
        try manifest("pdf/plan.pdf")
        _ = try SiteBuilder.build(workspace.options)
        #expect(!FileManager.default.fileExists(atPath: workspace.path("site/public/pdf/plan.pdf")))
        #expect(!(try workspace.read("site/public/index.html")).contains("pdf-link"))
        #expect(!(try workspace.read("site/public/en/index.html")).contains("pdf-link"))
    }
}
