import Foundation

/// Writes files on many threads at once, apart from the threads that render. Creating a file
/// waits on the file system (on a cold build here, about 0.6 ms each), and with each page written
/// by the thread that rendered it, the two cores sat waiting; here rendering hands the page over
/// and goes on, while a dozen writes wait side by side, as Hugo's goroutines do. At most
/// `capacity` pages wait for a writer, so memory stays bounded.
final class WritePool: @unchecked Sendable {
    // Unchecked: every field below is read and changed only while `condition` is locked.
    private let condition = NSCondition()
    private var waiting: [OutputFile?] = []
    private var next = 0
    private var closed = false
    private var running = 0
    private var failures: [String: any Error] = [:]
    private let capacity: Int
    private let write: @Sendable (OutputFile) throws -> Void

    init(threads: Int = 12, capacity: Int = 64, write: @escaping @Sendable (OutputFile) throws -> Void) {
        self.capacity = capacity
        self.write = write
        running = threads
        for _ in 0..<threads {
            let thread = Thread { [self] in work() }
            thread.stackSize = 1 << 20
            thread.start()
        }
    }

    /// Hands a file over to be written; waits while `capacity` files already wait.
    func submit(_ file: OutputFile) {
        condition.lock()
        while waiting.count - next >= capacity { condition.wait() }
        waiting.append(file)
        condition.broadcast()
        condition.unlock()
    }

    /// Waits until every file handed over is written, and ends the writers. The files that could
    /// not be written, by path.
    func finish() -> [String: any Error] {
        condition.lock()
        defer { condition.unlock() }
        closed = true
        condition.broadcast()
        while running > 0 { condition.wait() }
        return failures
    }

    private func work() {
        while true {
            condition.lock()
            while next == waiting.count && !closed { condition.wait() }
            guard next < waiting.count, let file = waiting[next] else {
                running -= 1
                condition.broadcast()
                condition.unlock()
                return
            }
            waiting[next] = nil
            next += 1
            if next == waiting.count {
                waiting.removeAll(keepingCapacity: true)
                next = 0
            }
            condition.broadcast()
            condition.unlock()
            do {
                try write(file)
            } catch {
                condition.lock()
                failures[file.path] = error
                condition.unlock()
            }
        }
    }
}
