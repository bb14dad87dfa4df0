/// The print rules of a page made to be printed (a dossier, a docket, a round's packet), on top of
/// the print section of folio.css: A4 pages whose margin boxes carry a running header (who, which
/// round, 機密) and 「第 N 頁，共 M 頁」.
///
/// Chromium (131 and later) prints CSS `@page` margin boxes, `counter(page)`/`counter(pages)` and
/// named pages, which is what `folio pdf` prints with. A running header's text cannot come from
/// the page (Chromium has no `string-set`), so each section of a document gets a named page whose
/// margin box holds its own header, written here as CSS.
struct PrintStyle {
    struct Section {
        /// A CSS identifier: the value of the section's `page` property.
        var pageName: String
        var header: String
        var landscape: Bool
        /// A page with nothing in its margins (a cover): no header, mark or page number.
        var bare = false
    }

    var sections: [Section]
    /// The confidentiality mark in the top right corner of every page.
    var mark: String
    /// The page-number label with `{page}` and `{pages}` in it: 「第 {page} 頁，共 {pages} 頁」.
    var pageNumbers: String
    /// The CSS page size of pages outside any section: `A4`, or `A4 landscape` for pages of wide tables.
    var size = "A4"
    /// The running header of pages outside any section (a page printed from the browser as it is).
    var header: String? = nil

    /// A `<style media="print">` element.
    var element: String {
        var css = "<style media=\"print\">\n"
        css += "@page { size: \(size); margin: 18mm 14mm 16mm;"
        if let header { css += " @top-left { content: \(Self.string(header)); font-size: 8pt; color: #000; }" }
        if !mark.isEmpty { css += " @top-right { content: \(Self.string(mark)); font-size: 8pt; font-weight: 700; color: #000; }" }
        css += " @bottom-center { content: \(Self.pageNumberContent(pageNumbers)); font-size: 8pt; color: #000; } }\n"
        for section in sections {
            css += "@page \(section.pageName) { size: A4 \(section.landscape ? "landscape" : "portrait");"
            if section.bare {
                css += " @top-left { content: none; } @top-right { content: none; } @bottom-center { content: none; } }\n"
            } else {
                css += " @top-left { content: \(Self.string(section.header)); font-size: 8pt; color: #000; } }\n"
            }
            css += "[data-print-page=\"\(section.pageName)\"] { page: \(section.pageName); }\n"
        }
        // The site's header prints on the first section's page: left on the default page, it would
        // take a page of its own before the first named page.
        if let first = sections.first { css += ".site-header { page: \(first.pageName); }\n" }
        return css + "</style>"
    }

    /// A CSS string literal. Quotes and backslashes are escaped, line breaks dropped, and `<` written
    /// as an escape, so no text can close the style element.
    static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "<": out += "\\3C "
            case "\n", "\r": out += " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// 「第 {page} 頁，共 {pages} 頁」 → `"第 " counter(page) " 頁，共 " counter(pages) " 頁"`.
    static func pageNumberContent(_ label: String) -> String {
        var parts: [String] = []
        var rest = Substring(label)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            let name = rest[rest.index(after: open)..<close]
            if !rest[..<open].isEmpty { parts.append(string(String(rest[..<open]))) }
            switch name {
            case "page": parts.append("counter(page)")
            case "pages": parts.append("counter(pages)")
            default: parts.append(string(String(rest[open...close])))
            }
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { parts.append(string(String(rest))) }
        return parts.isEmpty ? "counter(page)" : parts.joined(separator: " ")
    }

    /// A page name made from a prefix and a position, never from a folder name (which may be Chinese
    /// and is no CSS identifier): `dossier-1`, `dossier-2`…
    static func pageName(_ prefix: String, index: Int) -> String {
        "\(prefix)-\(index + 1)"
    }
}
