import Foundation
import ZIPFoundation

/// A file `folio import` was given, or found in a folder or a downloaded zip: its name as the
/// user knows it (`下載.zip/表4-8-2….xls`) and its bytes.
struct ImportCandidate {
    var name: String
    /// The file's own name, without folders: what the table and period are recognised from.
    var baseName: String
    var data: Data
}

/// Expands `folio import`'s paths: a zip's members (Big5 or UTF-8 names), a folder's files
/// (recursively, in name order), or a file.
enum ImportCandidates {
    static let exportExtensions: Set<String> = ["csv", "xls", "xlsx", "htm", "html"]

    static func expand(_ path: String) -> Result<[ImportCandidate], ImportProblem> {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            return .failure(ImportProblem(name: path, message: "no such file or folder"))
        }
        guard isFolder.boolValue else { return file(path) }
        var relatives: [String] = []
        let enumerator = FileManager.default.enumerator(atPath: path)
        while let relative = enumerator?.nextObject() as? String { relatives.append(relative) }
        var result: [ImportCandidate] = []
        for relative in relatives.sorted() {
            let full = (path as NSString).appendingPathComponent(relative)
            var isSub: ObjCBool = false
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isSub), !isSub.boolValue else { continue }
            switch file(full) {
            case .success(let found): result += found
            case .failure(let problem): return .failure(problem)
            }
        }
        return .success(result)
    }

    private static func file(_ path: String) -> Result<[ImportCandidate], ImportProblem> {
        let url = URL(fileURLWithPath: path)
        if url.pathExtension.lowercased() == "zip" { return zipMembers(url, name: path) }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(ImportProblem(name: path, message: "cannot be read"))
        }
        return .success([ImportCandidate(name: path, baseName: url.lastPathComponent, data: data)])
    }

    /// A zip's member files. Windows zips name members in Big5 without the zip's UTF-8 flag:
    /// a name that is not valid UTF-8 is read as Big5 (CP950).
    static func zipMembers(_ url: URL, name: String) -> Result<[ImportCandidate], ImportProblem> {
        let archive: Archive
        do { archive = try Archive(url: url, accessMode: .read) } catch {
            return .failure(ImportProblem(name: name, message: "is not a zip archive Folio can open (\(error)); download it again"))
        }
        var result: [ImportCandidate] = []
        for entry in archive where entry.type == .file {
            let member = memberName(entry)
            var data = Data()
            do {
                _ = try archive.extract(entry, skipCRC32: false) { data.append($0) }
            } catch {
                return .failure(ImportProblem(name: "\(name)/\(member)", message: "cannot be extracted (\(error)); download the zip again"))
            }
            let base = (member as NSString).lastPathComponent
            guard !base.hasPrefix(".") && !member.hasPrefix("__MACOSX/") else { continue }
            result.append(ImportCandidate(name: "\(name)/\(member)", baseName: base, data: data))
        }
        return .success(result.sorted { $0.name < $1.name })
    }

    private static func memberName(_ entry: Entry) -> String {
        // ISO Latin 1 maps each byte to one scalar, so the name's raw bytes come back intact.
        let raw = Data(entry.path(using: .isoLatin1).unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) })
        if let utf8 = String(data: raw, encoding: .utf8) { return utf8 }
        if case .success(let decoded) = CSVReader.decode(raw, declared: .big5) { return decoded.text }
        return entry.path
    }
}

struct ImportProblem: Error {
    var name: String
    var message: String
}
