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

extension String.UTF8View {
    /// The byte offset of the first `byte` at or after offset `start`: `memchr` on the string's own
    /// buffer, through the view for a string without one.
    func firstOffset(of byte: UInt8, from start: Int) -> Int? {
        withContiguousStorageIfAvailable { $0.firstIndex(of: byte, from: start) }
            ?? dropFirst(start).firstIndex(of: byte).map { distance(from: startIndex, to: $0) }
    }
}
