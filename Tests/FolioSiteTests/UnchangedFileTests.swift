import Foundation
import Testing
@testable import FolioSite

/// A warm build leaves a file alone when it already holds the page's bytes (`SiteWriter.holds`).
/// Since issue 15 that is decided from the file's size and then its bytes, read without
/// Foundation; it must say "the same" only for a regular file with exactly those bytes.
@Suite struct UnchangedFileTests {
    @Test func onlyARegularFileWithExactlyTheBytesIsTheSame() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("folio-holds-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let page = Data("<p>林</p>\n".utf8)
        try page.write(to: URL(fileURLWithPath: "\(folder)/same.html"))
        try Data("<p>木</p>\n".utf8).write(to: URL(fileURLWithPath: "\(folder)/one-byte-off.html"))   // same size, one character differs
        try Data("<p>林</p>".utf8).write(to: URL(fileURLWithPath: "\(folder)/shorter.html"))
        try Data().write(to: URL(fileURLWithPath: "\(folder)/empty.html"))
        try FileManager.default.createSymbolicLink(atPath: "\(folder)/link.html", withDestinationPath: "\(folder)/same.html")
        try FileManager.default.createDirectory(atPath: "\(folder)/folder.html", withIntermediateDirectories: false)

        #expect(SiteWriter.holds("\(folder)/same.html", exactly: page))
        #expect(!SiteWriter.holds("\(folder)/one-byte-off.html", exactly: page))
        #expect(!SiteWriter.holds("\(folder)/shorter.html", exactly: page))
        #expect(SiteWriter.holds("\(folder)/empty.html", exactly: Data()))
        #expect(!SiteWriter.holds("\(folder)/empty.html", exactly: page))
        // A link to a file with the same bytes is not that file: the build replaces it.
        #expect(!SiteWriter.holds("\(folder)/link.html", exactly: page))
        #expect(!SiteWriter.holds("\(folder)/folder.html", exactly: Data()))
        #expect(!SiteWriter.holds("\(folder)/missing.html", exactly: page))
    }
}
