import Dispatch
import Foundation
import Testing
@testable import FolioSite

/// `Parallel.both` runs its first piece on a thread of its own (issue 15). The closures it is given
/// are not escaping: the runtime traps if one is still referenced when the call returns, which a
/// released-late dispatched block did in one build of two before the fix.
@Suite struct ParallelTests {
    @Test func bothPiecesRunAtOnceAndReturnTheirResults() {
        // The second piece waits for the first to have started: on two cores they overlap.
        let started = DispatchSemaphore(value: 0)
        let (first, second) = Parallel.both({ () -> Int in started.signal(); return 6 * 7 }, { () -> String in
            _ = started.wait(timeout: .now() + 5)
            return "second"
        })
        #expect(first == 42 && second == "second")
    }

    @Test func manyCallsLeaveNoClosureBehind() {
        var total = 0
        for round in 0..<2000 {
            let captured = [round, round + 1]
            let (a, b) = Parallel.both({ captured.reduce(0, +) }, { captured.count })
            total += a + b
        }
        // Σ (2r + 1 + 2) over r < 2000 = 2 · (1999 · 2000 / 2) + 3 · 2000 = 3,998,000 + 6,000.
        #expect(total == 4_004_000)
    }

    /// Each piece's own map runs on every core, not one: a map inside both pieces gives every result in order.
    @Test func mapsInsideBothPiecesGiveTheirResultsInOrder() {
        let (squares, doubles) = Parallel.both({ Parallel.map(Array(0..<1000)) { $0 * $0 } },
                                               { Parallel.map(Array(0..<1000)) { $0 * 2 } })
        #expect(squares == (0..<1000).map { $0 * $0 } && doubles == (0..<1000).map { $0 * 2 })
    }

    /// A costly item holds up only the worker that has it: while the first item waits, the other
    /// workers take every other item. With fixed slices, items 2, 4, … belonged to the first
    /// item's worker, and the wait below would have run out.
    @Test(.enabled(if: ProcessInfo.processInfo.activeProcessorCount > 1))
    func aCostlyItemDoesNotHoldUpTheRest() {
        let items = Array(0..<200)
        let othersDone = DispatchSemaphore(value: 0)
        let remaining = NSLock()
        var left = items.count - 1
        let results = Parallel.map(items) { item -> Bool in
            if item == 0 { return othersDone.wait(timeout: .now() + 20) == .success }
            remaining.withLock {
                left -= 1
                if left == 0 { othersDone.signal() }
            }
            return true
        }
        #expect(results.allSatisfy { $0 })
    }
}
