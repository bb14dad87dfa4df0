import FolioCore

/// Why a file Folio was asked to read was not read.
enum FileProblem: Error, Equatable, Sendable {
    /// The path names a place outside the folder it must come from (`dossiers/…` for a
    /// narrative, `../../etc/passwd`, `/etc/passwd`); the folder, relative to the root.
    case outsideFolder(String)
    case missing
    /// A symbolic link (the file itself or a folder on its way) resolves outside the root;
    /// the resolved absolute path.
    case linkLeavesRoot(target: String)
    /// A symbolic link resolves inside the root but outside the folder the file must stay in
    /// (`narratives/x.md` → `dossiers/…`): that folder, and the top folder the link leads into.
    case linkLeavesFolder(folder: String, into: String)
    case folder
    case notRegularFile
    /// Where the first byte that is not UTF-8 is (the column counts characters).
    case notUTF8(line: Int, column: Int)
    case unreadable(String)
}

extension FileProblem {
    /// A problem of the file's bytes, reported at the bytes rather than where the file is named.
    var isEncoding: Bool {
        if case .notUTF8 = self { return true }
        return false
    }
}

extension ContentFiles {
    /// Where a diagnostic about `relative` belongs when no YAML node named the file.
    func location(of problem: FileProblem, _ relative: String) -> SourceLocation {
        if case .notUTF8(let line, let column) = problem { return SourceLocation(file: display(relative), line: line, column: column) }
        return .file(display(relative))
    }

    /// A folder as diagnostics show it, with a trailing slash: `content/narratives/`.
    func displayFolder(_ folder: String) -> String { display(folder) + "/" }

    /// What is wrong with `relative` and how to fix it. `what` names the file's role
    /// ("the narrative"); `reason` says why it must come from its folder.
    func explain(_ problem: FileProblem, _ relative: String, what: String, reason: String? = nil) -> String {
        let shown = display(relative)
        let rootShown = displayFolder("")
        switch problem {
        case .outsideFolder(let folder):
            let folderShown = displayFolder(folder)
            let because = reason.map { "\($0), so " } ?? ""
            return "\(what) '\(relative)' is outside \(folderShown): \(because)Folio reads it only from there; move the file into \(folderShown) and write its path as '\(folder.isEmpty ? "" : folder + "/")<file name>' (relative to \(rootShown))"
        case .missing:
            return "\(what) \(shown) does not exist: create it, or correct the path (it is relative to \(rootShown))"
        case .linkLeavesRoot(let target):
            return "\(what) \(shown) is a symbolic link to \(target), outside \(rootShown): Folio reads nothing outside \(rootShown); replace the link with a copy of the file"
        case .linkLeavesFolder(let folder, let into):
            let intoShown = into.isEmpty ? "the top of \(rootShown)" : displayFolder(into)
            return "\(what) \(shown) is a symbolic link into \(intoShown), outside \(displayFolder(folder)): a link may point only inside its own folder; replace the link with a copy of the file"
        case .folder:
            return "\(what) \(shown) is a folder, not a file: give the path of a file"
        case .notRegularFile:
            return "\(what) \(shown) is not a regular file (a device, pipe or socket): Folio reads only regular files"
        case .notUTF8:
            return "\(what) is not valid UTF-8 (the first invalid byte is here): save it as UTF-8"
        case .unreadable(let reason):
            return "\(what) \(shown) cannot be read (\(reason)): check its permissions"
        }
    }
}
