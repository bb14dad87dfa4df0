import Dispatch
import FolioCore
import Foundation

enum Parallel {
    /// Maps on every core, keeping the input order. `transform` must not touch shared mutable
    /// state: page rendering reads only immutable loaded content and reports to its own sink.
    static func map<Element, Result>(_ items: [Element], _ transform: (Element) -> Result) -> [Result] {
        let workers = min(items.count, ProcessInfo.processInfo.activeProcessorCount)
        guard workers > 1 else { return items.map(transform) }
        return withoutActuallyEscaping(transform) { transform in
            let job = Job(items: items, transform: transform)
            // Interleaved slices balance the load when costly items cluster (e.g. the overview page).
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                for index in stride(from: worker, to: job.items.count, by: workers) {
                    (job.output.baseAddress! + index).initialize(to: job.transform(job.items[index]))
                }
            }
            return job.finish()
        }
    }

    /// Maps on every core, each item reporting to a sink of its own; the diagnostics are then
    /// merged into `sink` in input order, so the output does not depend on thread timing.
    static func map<Element, Result>(_ items: [Element], reportingTo sink: DiagnosticSink,
                                     _ transform: (Element, DiagnosticSink) -> Result) -> [Result] {
        let results = map(items) { item -> (Result, [Diagnostic]) in
            let itemSink = DiagnosticSink()
            return (transform(item, itemSink), itemSink.diagnostics)
        }
        for (_, diagnostics) in results { sink.append(contentsOf: diagnostics) }
        return results.map(\.0)
    }

    /// Holds one map's input and output while worker threads fill disjoint slots.
    private final class Job<Element, Result>: @unchecked Sendable {
        let items: [Element]
        let transform: (Element) -> Result
        let output: UnsafeMutableBufferPointer<Result>

        init(items: [Element], transform: @escaping (Element) -> Result) {
            self.items = items
            self.transform = transform
            self.output = .allocate(capacity: items.count)
        }

        func finish() -> [Result] {
            let results = Array(output)
            output.baseAddress!.deinitialize(count: items.count)
            output.deallocate()
            return results
        }
    }
}
