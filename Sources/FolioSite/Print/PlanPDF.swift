import Foundation

/// Prints the plan document (`PlanDocument`) to `<output>/public/pdf/plan.pdf`, and in every other
/// language the site is written in under that language's folder (`<output>/public/en/pdf/plan.pdf`).
///
/// The table of contents is numbered by printing twice: the first printing's named destinations
/// (`PDFDestinations`) give the page each part starts on; the second printing shows them. The
/// contents take the same lines with or without numbers, so the parts do not move; should they,
/// a third printing settles them.
enum PlanPDF {
    /// Where the plan PDF goes, under a language's root of the public tree.
    static let path = "pdf/plan.pdf"

    /// Where a plan PDF may be, under the public tree: at its root or under any language's folder.
    static let pathsInTree: Set<String> = Set([path] + SiteLanguage.allCases.map { "\($0.folder)/\(path)" })
    static let maximumPrintings = 3

    /// Prints the document in `language` into `tree` (the public tree's folder), under the
    /// language's folder, and returns the page number of each part.
    @discardableResult
    static func print(_ site: LoadedSite, in language: SiteLanguage, into tree: URL, printer: PDFPrinter) throws -> [String: Int] {
        let document = PlanDocument(site: site, language: language)
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("folio-plan-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        // The document's stylesheets, beside it as in the public tree (never a committee asset).
        for asset in site.assets where LoadedSite.belongs(asset.path, to: .public) {
            let file = scratch.appendingPathComponent(asset.path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try asset.contents.write(to: file)
        }
        let html = scratch.appendingPathComponent("plan.html")
        let draft = scratch.appendingPathComponent("plan.pdf")
        var numbers: [String: Int] = [:]
        for _ in 1...maximumPrintings {
            let sink = DiagnosticSink()
            guard let text = document.html(pageNumbers: numbers, sink: sink) else {
                try sink.throwIfErrors()
                throw PDFPrinter.Failure(description: "the plan document could not be made")
            }
            try Data(text.utf8).write(to: html)
            try printer.print(html, to: draft)
            let found = PDFDestinations.pageNumbers(in: try Data(contentsOf: draft))
            let missing = document.anchors.filter { found[$0] == nil }
            guard missing.isEmpty else {
                throw PDFPrinter.Failure(description: "Chromium's PDF of the plan gives no page for \(missing.joined(separator: ", ")); the table of contents cannot be numbered")
            }
            if found == numbers { break }
            numbers = found
        }
        let target = tree.appendingPathComponent(site.languages.prefix(language) + path)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        // Copied beside the target, then renamed over it: a reader sees the old PDF or the new, never half of one.
        let partial = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).partial")
        try? FileManager.default.removeItem(at: partial)
        try FileManager.default.copyItem(at: draft, to: partial)
        try PDFPrinter.replace(target, with: partial)
        return numbers
    }
}
