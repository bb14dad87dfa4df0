import Foundation

/// Prints how long each build stage took when `FOLIO_TIMING` is set: a profiling aid.
enum StageTimer {
    static let enabled = ProcessInfo.processInfo.environment["FOLIO_TIMING"] != nil

    static func measure<T>(_ stage: String, _ work: () throws -> T) rethrows -> T {
        guard enabled else { return try work() }
        let start = DispatchTime.now().uptimeNanoseconds
        defer {
            let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
            FileHandle.standardError.write(Data("timing: \(stage) \(String(format: "%.1f", milliseconds)) ms\n".utf8))
        }
        return try work()
    }
}
