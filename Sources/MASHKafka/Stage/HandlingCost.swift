/// What handling one input has been costing, and from it whether a batch is worth spreading over threads.
///
/// Handing a batch to other threads and back costs wake-ups and cache misses, and the Kafka client's own
/// threads keep the other cores busy as it is: for a handler that takes a few microseconds an input (a
/// relay, a digest and a copy) one thread moves more messages than several. A batch goes to the configured
/// threads only while an input has recently cost at least `parallelFrom`; it is measured on every batch,
/// so a stage whose inputs grow dearer goes back to its threads.
struct HandlingCost {
    /// Cost of one input from which a batch is spread over threads.
    static let parallelFrom = Duration.microseconds(20)

    /// Moving average of the processor time one input took, nil until a batch has been measured.
    private(set) var perInput: Duration?

    /// Threads to handle a batch of `count` inputs on, at most `configured`.
    func threads(for count: Int, configured: Int) -> Int {
        let most = min(configured, count)
        guard most > 1, let perInput else { return max(1, most) }
        return perInput < Self.parallelFrom ? 1 : most
    }

    /// Notes a batch of `inputs` handled in `elapsed` on `threads` threads (each busy throughout, at most).
    mutating func record(_ elapsed: Duration, inputs: Int, threads: Int) {
        guard inputs > 0 else { return }
        let sample = elapsed * threads / inputs
        // Recent batches count most; one slow batch (a pause, a page fault) does not flip the choice alone.
        perInput = perInput.map { $0 * 3 / 4 + sample / 4 } ?? sample
    }
}
