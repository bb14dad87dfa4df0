import Foundation

/// Values made once per key and kept, shared by the threads of a build: every access holds the
/// lock, and a value is made outside it (two threads may both make one; the later is kept).
final class LockedMemo<Key: Hashable, Value>: @unchecked Sendable {
    // Unchecked: every access holds the lock.
    private let lock = NSLock()
    private var values: [Key: Value] = [:]

    func value(_ key: Key, make: () -> Value) -> Value {
        if let known = lock.withLock({ values[key] }) { return known }
        let made = make()
        lock.withLock { values[key] = made }
        return made
    }

    /// How many values were made, for tests.
    var count: Int { lock.withLock { values.count } }
}
