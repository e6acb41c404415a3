import Dispatch
import Foundation

/// Work on every core: `body` over consecutive slices of 0..<count, their results joined in order.
enum Parallel {
    static func map<T: Sendable>(count: Int, _ body: @Sendable (Range<Int>) -> [T]) -> [T] {
        let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
        guard count > 2_000, workers > 1 else { return body(0..<count) }
        let slices = workers * 4
        let size = (count + slices - 1) / slices
        let results = UnsafeMutableBufferPointer<[T]>.allocate(capacity: slices)
        results.initialize(repeating: [])
        defer { results.deinitialize(); results.deallocate() }
        nonisolated(unsafe) let shared = results
        DispatchQueue.concurrentPerform(iterations: slices) { slice in
            let range = min(count, slice * size)..<min(count, (slice + 1) * size)
            // Each slice writes only its own element.
            shared[slice] = body(range)
        }
        return Array(results.joined())
    }
}
