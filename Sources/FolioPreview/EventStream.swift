import FlyingFox
import FlyingSocks
import FolioSite
import Foundation

/// Server-sent events to every open page: `reload` after a good build, `failed` with the
/// diagnostics after a bad one, as much of them as the page's tree may show.
actor ReloadBroadcaster {
    private var subscribers: [UUID: (audience: Audience, continuation: AsyncStream<Data>.Continuation)] = [:]
    /// The latest build's failure; shown on every page until a build succeeds.
    private(set) var failure: BuildFailure?

    func subscribe(audience: Audience) -> AsyncStream<Data> {
        let id = UUID()
        let (stream, continuation) = AsyncStream<Data>.makeStream(bufferingPolicy: .bufferingNewest(16))
        continuation.onTermination = { _ in Task { await self.remove(id) } }
        subscribers[id] = (audience, continuation)
        continuation.yield(Data("retry: 500\n: connected\n\n".utf8))
        return stream
    }

    private func remove(_ id: UUID) {
        subscribers[id] = nil
    }

    func reload(build: Int) {
        failure = nil
        for subscriber in subscribers.values { subscriber.continuation.yield(Self.message(event: "reload", data: String(build))) }
    }

    func failed(_ failure: BuildFailure) {
        self.failure = failure
        for subscriber in subscribers.values {
            subscriber.continuation.yield(Self.message(event: "failed", data: failure.text(for: subscriber.audience)))
        }
    }

    /// A comment line every few seconds keeps idle connections open through the server's timeout.
    func heartbeat() {
        for subscriber in subscribers.values { subscriber.continuation.yield(Data(": ping\n\n".utf8)) }
    }

    var subscriberCount: Int { subscribers.count }

    private static func message(event: String, data: String) -> Data {
        let lines = data.split(separator: "\n", omittingEmptySubsequences: false).map { "data: \($0)" }.joined(separator: "\n")
        return Data("event: \(event)\n\(lines)\n\n".utf8)
    }
}

/// An `AsyncStream` of chunks as the byte sequence FlyingFox streams a chunked response from.
struct EventByteSequence: AsyncBufferedSequence, Sendable {
    typealias Element = UInt8
    let stream: AsyncStream<Data>

    func makeAsyncIterator() -> Iterator { Iterator(base: stream.makeAsyncIterator()) }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var base: AsyncStream<Data>.Iterator
        var pending = Data()

        mutating func next() async -> UInt8? {
            await nextBuffer(suggested: 1)?.first
        }

        mutating func nextBuffer(suggested count: Int) async -> Data? {
            if pending.isEmpty {
                guard let chunk = await base.next() else { return nil }
                pending = chunk
            }
            let slice = pending.prefix(Swift.max(count, 1))
            pending = Data(pending.dropFirst(slice.count))
            return Data(slice)
        }
    }
}
