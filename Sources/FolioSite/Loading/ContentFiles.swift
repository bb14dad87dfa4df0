import FolioCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The one way Folio reads an input file: from inside a root folder (`content/`, `templates/`),
/// named in diagnostics by the path the user typed (e.g. `content/school.yaml`).
///
/// Every path is resolved with every symbolic link followed (realpath), and the result must stay
/// inside the root and inside the folder the file must come from: the folder a caller names
/// (`narratives` for a narrative), or else the top folder the path itself is in, so that a link
/// in `pages/` cannot lead into `dossiers/` or `tables/`, nor one at the top (`school.yaml`)
/// into any folder. Only regular files are read.
struct ContentFiles: Sendable {
    let root: URL
    let displayRoot: String
    /// The root with every link resolved; nil when it does not exist.
    let realRoot: String?

    init(root: URL, displayRoot: String) {
        self.root = root
        self.displayRoot = displayRoot
        realRoot = Self.realPath(root.path)
    }

    func display(_ relative: String) -> String {
        if displayRoot.isEmpty { return relative.isEmpty ? "." : relative }
        return relative.isEmpty ? displayRoot : (displayRoot as NSString).appendingPathComponent(relative)
    }

    /// The file's text; a problem is reported at the file (when `sink` is given) and yields nil.
    /// A missing file is reported with `missing`, or not at all when it is empty.
    func read(_ relative: String, sink: DiagnosticSink?, missing: String) -> String? {
        switch text(relative) {
        case .success(let text):
            // Markdown is shown as written: one holding a control character is reported, and not used.
            if relative.hasSuffix(".md"), ForbiddenCharacters.rejects(text, file: display(relative), sink: sink) { return nil }
            return text
        case .failure(.missing):
            if let sink, !missing.isEmpty { sink.error(.file(display(relative)), missing) }
        case .failure(let problem):
            sink?.error(location(of: problem, relative), explain(problem, relative, what: "the file"))
        }
        return nil
    }

    /// The text of a UTF-8 file (a byte-order mark dropped), read as `data` reads it.
    func text(_ relative: String, within folder: String? = nil) -> Result<String, FileProblem> {
        data(relative, within: folder).flatMap(Self.text(of:))
    }

    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// A file's bytes as `text` reads them: UTF-8, a byte-order mark dropped.
    static func text(of data: Data) -> Result<String, FileProblem> {
        // Foundation's `String(data:encoding:)` dropped one leading mark and then decoded through
        // generic code that made type metadata at every call (issue 15); the standard library's
        // validating initialiser does the same check, with the mark dropped here first.
        let bytes = data.starts(with: byteOrderMark) ? data.dropFirst(byteOrderMark.count) : data
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let (line, column) = firstInvalidUTF8(in: data)
            return .failure(.notUTF8(line: line, column: column))
        }
        return .success(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
    }

    /// The bytes of a regular file confined as `resolve` confines it.
    func data(_ relative: String, within folder: String? = nil) -> Result<Data, FileProblem> {
        resolve(relative, within: folder).flatMap(Self.readRegularFile)
    }

    /// The link-free absolute path of `relative`, when it and every link on its way stay inside
    /// the root and inside `folder` (when given; else the top folder `relative` is in).
    func resolve(_ relative: String, within folder: String? = nil) -> Result<String, FileProblem> {
        let required = folder.flatMap { Self.components($0) } ?? []
        guard !relative.hasPrefix("/"), let parts = Self.components(relative) else {
            return .failure(.outsideFolder(folder ?? ""))
        }
        guard !parts.isEmpty else { return .failure(.folder) }
        if folder != nil, !(parts.count > required.count && parts.starts(with: required)) {
            return .failure(.outsideFolder(folder!))
        }
        let confinement = folder != nil ? required : Array(parts.dropLast().prefix(1))
        guard let realRoot else { return .failure(.missing) }
        let prefix = realRoot.hasSuffix("/") ? realRoot : realRoot + "/"
        guard let resolved = Self.realPath(prefix + parts.joined(separator: "/")) else {
            let reason = errno
            return .failure(reason == ENOENT || reason == ENOTDIR ? .missing : .unreadable(String(cString: strerror(reason))))
        }
        guard resolved.hasPrefix(prefix) else { return .failure(.linkLeavesRoot(target: resolved)) }
        let inside = Array(resolved.dropFirst(prefix.count).split(separator: "/").map(String.init))
        let staysInside = confinement.isEmpty ? inside.count == 1
            : inside.count > confinement.count && inside.starts(with: confinement)
        guard staysInside else {
            return .failure(.linkLeavesFolder(folder: confinement.joined(separator: "/"), into: inside.count > 1 ? inside[0] : ""))
        }
        return .success(resolved)
    }

    /// The path's components with `.` and `..` worked out; nil when `..` climbs above the root.
    static func components(_ path: String) -> [String]? {
        var parts: [String] = []
        for part in path.split(separator: "/") where part != "." {
            if part == ".." {
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            } else {
                parts.append(String(part))
            }
        }
        return parts
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Opens without following a last link (the path is already resolved) and without blocking
    /// on a pipe, then reads only a regular file.
    private static func readRegularFile(_ path: String) -> Result<Data, FileProblem> {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else {
            let reason = errno
            if reason == ENOENT { return .failure(.missing) }
            if reason == ELOOP { return .failure(.linkLeavesRoot(target: path)) }
            return .failure(.unreadable(String(cString: strerror(reason))))
        }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failure(.unreadable(String(cString: strerror(errno)))) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: return .failure(.folder)
        default: return .failure(.notRegularFile)
        }
        do {
            return .success(try handle.readToEnd() ?? Data())
        } catch {
            return .failure(.unreadable("\(error)"))
        }
    }

    /// Line and column (in characters) of the first byte that is not UTF-8.
    static func firstInvalidUTF8(in data: Data) -> (line: Int, column: Int) {
        var parser = Unicode.UTF8.ForwardParser()
        var bytes = data.makeIterator()
        var valid = 0
        loop: while true {
            switch parser.parseScalar(from: &bytes) {
            case .valid(let scalar): valid += scalar.count
            case .emptyInput, .error: break loop
            }
        }
        let prefix = String(decoding: data.prefix(valid), as: UTF8.self)
        let lines = prefix.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
        return (lines.count, (lines.last?.count ?? 0) + 1)
    }
}
