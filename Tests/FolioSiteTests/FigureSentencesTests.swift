import FolioCore
import FolioPromotion
import Foundation
import Testing
@testable import FolioSite

/// Dossier pages word each distinct figure explanation once per language (`FigureSentences`, issue 15):
/// every example dossier's page must read the same with the memo, empty or full, as without it.
@Suite struct FigureSentencesTests {
    @Test func pagesReadTheSameWithTheMemoEmptyFullOrAbsent() throws {
        let root = DossierTestSupport.packageRoot
        let sink = DiagnosticSink()
        let entries = DossierContent.load(contentFolder: root.appendingPathComponent("content"), displayRoot: "content", sink: sink)
        let loaded = try #require(TemplateSet.load(folder: root.appendingPathComponent("templates"), displayRoot: "templates",
                                                   language: .zhHant, sink: sink))
        #expect(!entries.isEmpty && !sink.hasErrors, "\(sink.diagnostics)")
        for language in SiteLanguage.allCases {
            let templates = loaded.speaking(language)
            let memo = try #require(templates.figureSentences)
            func page(_ entry: DossierEntry, _ sentences: FigureSentences?) -> String {
                let view = DossierViews(entry: entry, labels: templates.labels, chartID: "d1", language: language,
                                        figureSentences: sentences).page(docketHref: "index.html", printPage: "dossier")
                return templates.render(view, template: "dossier", sink: sink) ?? ""
            }
            for entry in entries {
                let fresh = page(entry, nil)
                #expect(page(entry, memo) == fresh, "\(entry.slug) in \(language), the memo filling")
                let worded = memo.count
                #expect(page(entry, memo) == fresh, "\(entry.slug) in \(language), the memo full")
                #expect(memo.count == worded, "a second page of the same dossier words nothing new")
            }
            #expect(memo.count > 20, "the example's figures are worded through the memo")
        }
        #expect(loaded.speaking(.en).figureSentences !== loaded.speaking(.zhHant).figureSentences, "each language has its own memo")
    }
}
