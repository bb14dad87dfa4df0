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
            // Each worker takes the next item not yet taken: one costly item (a round's docket of
            // 500 rows) delays only the worker that has it, while the others go on with the rest.
            // Fixed interleaved slices left a core idle at the end for as long as the docket took.
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                while let index = job.take() {
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

    /// Two independent pieces of work done at once: the first on a new thread, the second
    /// on this one (both in turn on one core). Not as two iterations of `concurrentPerform`:
    /// libdispatch runs a `concurrentPerform` nested in another serially, so each piece's own
    /// `map` (the plan's tables, the pages) would have had one core only (issue 15).
    static func both<A, B>(_ first: () -> A, _ second: () -> B) -> (A, B) {
        guard ProcessInfo.processInfo.activeProcessorCount > 1 else { return (first(), second()) }
        return withoutActuallyEscaping(first) { first in
            // The first piece cannot outlive this call: its result is waited for below.
            let pending = Pending(first)
            // A thread of its own, not one of the dispatch pool's: the wait below never depends
            // on the pool having a thread free.
            Thread { pending.run() }.start()
            let secondResult = second()
            pending.finished.wait()
            return (pending.result!, secondResult)
        }
    }

    /// The first piece of work of `both`, run on another thread, and its result.
    private final class Pending<A>: @unchecked Sendable {
        // Unchecked: `work` and `result` are touched by the running thread before `finished` is
        // signalled, and by the waiting one only after.
        private var work: (() -> A)?
        var result: A?
        let finished = DispatchSemaphore(value: 0)

        init(_ work: @escaping () -> A) { self.work = work }

        /// Lets go of the work before signalling: `both`'s caller's closure must have no other
        /// reference left when `withoutActuallyEscaping` ends, though the thread's block that
        /// holds this object may be released later.
        func run() {
            result = work?()
            work = nil
            finished.signal()
        }
    }

    /// Holds one map's input and output while worker threads fill disjoint slots.
    private final class Job<Element, Result>: @unchecked Sendable {
        let items: [Element]
        let transform: (Element) -> Result
        let output: UnsafeMutableBufferPointer<Result>

        private let lock = NSLock()
        private var taken = 0

        init(items: [Element], transform: @escaping (Element) -> Result) {
            self.items = items
            self.transform = transform
            self.output = .allocate(capacity: items.count)
        }

        /// The index of the next item no worker has taken, if any is left.
        func take() -> Int? {
            lock.withLock {
                guard taken < items.count else { return nil }
                defer { taken += 1 }
                return taken
            }
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
