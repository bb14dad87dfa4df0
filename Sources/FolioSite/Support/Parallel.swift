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
        var diagnostics = [[Diagnostic]](repeating: [], count: items.count)
        let results = diagnostics.withUnsafeMutableBufferPointer { reports in
            map(Array(items.indices)) { index -> Result in
                let itemSink = DiagnosticSink()
                let result = transform(items[index], itemSink)
                reports[index] = itemSink.diagnostics
                return result
            }
        }
        for reported in diagnostics { sink.append(contentsOf: reported) }
        return results
    }

    /// Two independent pieces of work done at once, one on each core (both in turn on one core).
    static func both<A, B>(_ first: () -> A, _ second: () -> B) -> (A, B) {
        guard ProcessInfo.processInfo.activeProcessorCount > 1 else { return (first(), second()) }
        return withoutActuallyEscaping(first) { first in
            withoutActuallyEscaping(second) { second in
                let pair = Pair(first: first, second: second)
                DispatchQueue.concurrentPerform(iterations: 2) { index in
                    if index == 0 { pair.firstResult = pair.first() } else { pair.secondResult = pair.second() }
                }
                return (pair.firstResult!, pair.secondResult!)
            }
        }
    }

    /// The two pieces of work of `both` and their results, each written by one thread.
    private final class Pair<A, B>: @unchecked Sendable {
        let first: () -> A
        let second: () -> B
        var firstResult: A?
        var secondResult: B?

        init(first: @escaping () -> A, second: @escaping () -> B) {
            self.first = first
            self.second = second
        }
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

        /// The results moved out of the buffer, not copied: a copy of 500 scored dossiers is megabytes.
        func finish() -> [Result] {
            let results = [Result](unsafeUninitializedCapacity: items.count) { buffer, count in
                _ = buffer.moveInitialize(fromContentsOf: output)
                count = items.count
            }
            output.deallocate()
            return results
        }
    }
}
