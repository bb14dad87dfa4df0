import Foundation

/// Prints an HTML file to PDF through headless Chromium (Debian's `chromium` package), which lays
/// out the page's `@page` rules: A4, the margin boxes holding the running header and the page
/// numbers, named pages. Each run gets its own throwaway profile, so runs never share state, and a
/// time limit, so a hung browser cannot hang Folio.
public struct PDFPrinter: Sendable {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// The Chromium executable.
    public let chromium: String
    public var timeout: TimeInterval

    public init(chromium: String, timeout: TimeInterval = 120) {
        self.chromium = chromium
        self.timeout = timeout
    }

    /// What to tell a user who has no Chromium.
    public static let missingMessage = "folio pdf needs Chromium: install Debian's 'chromium' package (apt-get install chromium)"

    /// The TrueType faces print.css names, with the Debian package of each. Chromium embeds these as
    /// CID TrueType fonts; without them it falls back to the system's CJK font, whose CFF outlines
    /// it can only embed as Type 3.
    public static let printFonts = [("cwTeXMing", "fonts-cwtex-ming"), ("cwTeXHeiBold", "fonts-cwtex-heib"),
                                    ("DejaVu Serif", "fonts-dejavu-core"), ("DejaVu Sans", "fonts-dejavu-core")]

    /// The Debian packages of print fonts fontconfig does not find (none when `fc-list` is absent).
    public static func missingFontPackages() -> [String] {
        var missing: [String] = []
        for (family, package) in printFonts where !missing.contains(package) {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/fc-list")
            process.arguments = ["-q", family]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            guard (try? process.run()) != nil else { return [] }
            process.waitUntilExit()
            if process.terminationStatus != 0 { missing.append(package) }
        }
        return missing
    }

    /// The Chromium on `PATH` (Debian names it `chromium`), or nil.
    public static func findChromium(path: String? = ProcessInfo.processInfo.environment["PATH"]) -> String? {
        let folders = (path ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        for name in ["chromium", "chromium-browser"] {
            for folder in folders where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
                return "\(folder)/\(name)"
            }
        }
        return nil
    }

    /// Prints `html` to `pdf`, replacing it. Throws `Failure` with Chromium's own words when it fails.
    public func print(_ html: URL, to pdf: URL) throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("folio-chromium-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        try FileManager.default.createDirectory(at: pdf.deletingLastPathComponent(), withIntermediateDirectories: true)
        let partial = pdf.deletingLastPathComponent().appendingPathComponent(".\(pdf.lastPathComponent).partial")
        try? FileManager.default.removeItem(at: partial)

        let log = scratch.appendingPathComponent("chromium.log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let logHandle = try FileHandle(forWritingTo: log)
        defer { try? logHandle.close() }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
            "--disable-extensions", "--user-data-dir=\(scratch.appendingPathComponent("profile").path)",
            "--no-pdf-header-footer", "--print-to-pdf=\(partial.path)", html.absoluteURL.absoluteString,
        ]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = logHandle
        process.standardError = logHandle
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do {
            try process.run()
        } catch {
            throw Failure(description: "cannot run \(chromium): \(error)")
        }
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            if finished.wait(timeout: .now() + 5) == .timedOut { kill(process.processIdentifier, SIGKILL) }
            try? FileManager.default.removeItem(at: partial)
            throw Failure(description: "Chromium did not finish printing \(html.path) within \(Int(timeout)) s; it was stopped")
        }
        let output = FileManager.default.contents(atPath: partial.path) ?? Data()
        guard process.terminationStatus == 0, output.starts(with: Data("%PDF".utf8)) else {
            try? FileManager.default.removeItem(at: partial)
            let words = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            let tail = words.split(separator: "\n").suffix(5).joined(separator: "\n")
            throw Failure(description: "Chromium could not print \(html.path) (exit status \(process.terminationStatus))\(tail.isEmpty ? "" : ":\n\(tail)")")
        }
        try Self.replace(pdf, with: partial)
    }

    /// Renames `partial` over `pdf` in one step (rename(2), same folder), so the old PDF stays whole
    /// until the new one takes its place.
    static func replace(_ pdf: URL, with partial: URL) throws {
        guard rename(partial.path, pdf.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: partial)
            throw Failure(description: "cannot write \(pdf.path): \(reason)")
        }
    }
}
