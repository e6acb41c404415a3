@testable import MASHKafka
import Testing

/// Whether a batch goes to the handler threads, from what handling an input has been costing.
@Suite("Handling cost")
struct HandlingCostTests {
    @Test("a batch goes to the configured threads until one is measured, never to more threads than inputs")
    func unmeasured() {
        let cost = HandlingCost()
        #expect(cost.perInput == nil)
        #expect(cost.threads(for: 500, configured: 4) == 4)
        #expect(cost.threads(for: 3, configured: 4) == 3)
        #expect(cost.threads(for: 500, configured: 1) == 1)
        #expect(cost.threads(for: 0, configured: 4) == 1)
    }

    @Test("inputs of a few microseconds are handled on one thread; dear ones go back to the threads")
    func followsTheCost() {
        var cost = HandlingCost()
        // 500 inputs in 1 ms on two threads: 4 µs each.
        cost.record(.milliseconds(1), inputs: 500, threads: 2)
        #expect(cost.perInput == .microseconds(4))
        #expect(cost.threads(for: 500, configured: 2) == 1)
        // One slow batch (a pause) does not flip the choice by itself...
        cost.record(.milliseconds(20), inputs: 500, threads: 1)
        #expect(cost.threads(for: 500, configured: 2) == 1)
        // ...inputs that stay dear do.
        for _ in 0..<8 { cost.record(.milliseconds(500), inputs: 500, threads: 1) }
        #expect(cost.threads(for: 500, configured: 2) == 2)
        #expect(cost.perInput! > .microseconds(500))
        // And cheap again, back to one.
        for _ in 0..<30 { cost.record(.microseconds(500), inputs: 500, threads: 2) }
        #expect(cost.threads(for: 500, configured: 2) == 1)
    }
}
