import Foundation

extension UnsafeBufferPointer<UInt8> {
    /// The first index at or after `start` holding `byte`, found with `memchr` (the page and file
    /// scans of issue 15, which went through slices and iterators before).
    func firstIndex(of byte: UInt8, from start: Int) -> Int? {
        guard start < count, let base = baseAddress,
              let found = memchr(base + start, Int32(byte), count - start) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }
}
